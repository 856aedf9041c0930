import { isDataFile, type LibrarySpec } from '../libraries/librarySpec';
import { loadChecklists, type ChecklistLibrary } from './loadChecklists';

/** The checklists: one list per YAML or JSON file (see checklists/README.md). */
export const CHECKLIST_LIBRARY: LibrarySpec<ChecklistLibrary> = {
  id: 'checklists',
  bundledFolder: 'checklists',
  configKey: 'checklistFolders',
  accepts: isDataFile,
  load: (folders, options) => loadChecklists(folders, options),
  problems: (library) => library.problems,
};
