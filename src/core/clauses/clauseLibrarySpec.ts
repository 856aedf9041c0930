import { isDataFile, type LibrarySpec } from '../libraries/librarySpec';
import { loadClauseCatalogue, type ClauseCatalogue } from './clauseCatalogue';

/** The policy clause library: clause files, `profiles/` and `sources.yaml`, in YAML or JSON (see clauses/README.md). */
export const CLAUSE_LIBRARY: LibrarySpec<ClauseCatalogue> = {
  id: 'clauses',
  bundledFolder: 'clauses',
  configKey: 'clauseFolders',
  accepts: isDataFile,
  load: (folders, options) => loadClauseCatalogue(folders, options),
  problems: (catalogue) => catalogue.problems,
};
