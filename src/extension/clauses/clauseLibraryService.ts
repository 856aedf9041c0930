import type * as vscode from 'vscode';
import type { ClauseCatalogue } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import { LibraryService } from '../libraries/libraryService';

/** The clause library of each workspace folder: ours and the configuration's `clauseFolders`. */
export type ClauseLibraryService = LibraryService<ClauseCatalogue>;

export function createClauseLibraryService(extensionUri: vscode.Uri, configs: ConfigService): ClauseLibraryService {
  return new LibraryService(() => getEngine().CLAUSE_LIBRARY, extensionUri, configs, 'opendata-toolkit-clauses');
}
