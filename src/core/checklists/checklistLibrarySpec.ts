import type { LibrarySpec } from '../libraries/librarySpec';
import { loadChecklists, type ChecklistLibrary } from './loadChecklists';

/** The checklists: one list per YAML or JSON file (see checklists/README.md). */
export const CHECKLIST_LIBRARY: LibrarySpec<ChecklistLibrary> = {
  id: 'checklists',
  bundledFolder: 'checklists',
  configKey: 'checklistFolders',
  accepts: (relativePath) => /\.(ya?ml|json)$/i.test(relativePath) && !relativePath.split('/').some((part) => part.startsWith('.')),
  load: (folders, options) => loadChecklists(folders, options),
  problems: (library) => library.problems,
};
