import { isDataFile, type LibrarySpec } from '../libraries/librarySpec';
import { loadTemplates, type ChapterTemplateLibrary } from './loadTemplates';

/** The chapter types: one per YAML or JSON file (see templates/README.md). */
export const TEMPLATE_LIBRARY: LibrarySpec<ChapterTemplateLibrary> = {
  id: 'templates',
  bundledFolder: 'templates',
  configKey: 'templateFolders',
  accepts: isDataFile,
  load: (folders, options) => loadTemplates(folders, options),
  problems: (library) => library.problems,
};
