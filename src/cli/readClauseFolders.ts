import type { ClauseFolderRead } from '../core/clauses/clauseCatalogue';
import { CLAUSE_LIBRARY } from '../core/clauses/clauseLibrarySpec';
import type { ResolvedConfig } from '../core/config/configTypes';
import { bundledLibraryFolder, readLibraryFolders } from './readLibraryFolders';

/** The clause library shipped with the package (the folder that holds `sources.yaml`). */
export function bundledClausesFolder(fromDir: string = __dirname): string {
  return bundledLibraryFolder('clauses', 'sources.yaml', fromDir);
}


/** Our clause folder, then the configuration's `clauseFolders` (see readLibraryFolders). */
export function readClauseFolders(config: ResolvedConfig, bundled: string = bundledClausesFolder()): ClauseFolderRead[] {
  return readLibraryFolders(CLAUSE_LIBRARY, config, bundled);
}
