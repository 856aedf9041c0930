import type { Finding } from '../findings';
import type { ClauseFileInput, ClauseFolderInput } from './clauseTypes';
import { isClauseFilePath, loadSourceRegistry, SOURCES_FILE, type SourceRegistry } from './clauseSources';
import { loadClauseLibrary, type ClauseLibrary } from './loadClauseLibrary';
import { loadClauseProfiles, type ProfileSet } from './loadClauseProfiles';
import { LIBRARY_RULE } from './yamlSource';
import type { LibraryFolder } from '../libraries/librarySpec';

/** A clause folder as a front end read it (see libraries/librarySpec.ts). */
export type ClauseFolderRead = LibraryFolder;

/** Everything a front end needs about clauses: the library in force, the profiles, the sources. */
export interface ClauseCatalogue {
  library: ClauseLibrary;
  profiles: ProfileSet;
  /** The registries of every folder merged (a later folder's entry replaces one of the same id). */
  registry: SourceRegistry;
  /** Every problem of every folder, at its line; what is valid still loads. */
  problems: Finding[];
}

export interface LoadCatalogueOptions {
  /** Where a folder that cannot be read is reported (the configuration file that names it). */
  configFile?: string;
}

/**
 * Loads clause folders in increasing precedence: ours first, then the organisation's. Each
 * folder may hold clause files, a `profiles/` sub-folder and a `sources.yaml`; files are told
 * apart by their path relative to the folder.
 */
export function loadClauseCatalogue(folders: readonly ClauseFolderRead[], options: LoadCatalogueOptions = {}): ClauseCatalogue {
  const problems: Finding[] = [];
  const clauseFolders: ClauseFolderInput[] = [];
  const profileFolders: ClauseFolderInput[] = [];
  const registry: SourceRegistry = { collections: [], sources: [] };
  for (const folder of folders) {
    if (folder.readError !== undefined) {
      const at = { line: 0, column: 0 };
      problems.push({
        file: options.configFile ?? folder.folder,
        range: { start: at, end: at },
        severity: 'error',
        rule: LIBRARY_RULE,
        messageId: 'clauses.folderUnreadable',
        args: { folder: folder.folder, reason: folder.readError },
      });
      continue;
    }
    for (const file of folder.unreadableFiles ?? []) {
      const at = { line: 0, column: 0 };
      problems.push({ file: file.path, range: { start: at, end: at }, severity: 'error', rule: LIBRARY_RULE, messageId: 'clauses.fileUnreadable', args: { reason: file.reason } });
    }
    const clauses: ClauseFileInput[] = [];
    const profiles: ClauseFileInput[] = [];
    for (const file of folder.files) {
      const relative = relativeToFolder(folder.folder, file.path);
      if (relative === SOURCES_FILE) {
        const loaded = loadSourceRegistry(file.path, file.text);
        problems.push(...loaded.problems);
        if (loaded.registry) mergeRegistry(registry, loaded.registry);
      } else if (isClauseFilePath(relative)) clauses.push(file);
      else if (/^profiles\/[^/]+\.(ya?ml|json)$/i.test(relative)) profiles.push(file);
    }
    clauseFolders.push({ folder: folder.folder, files: clauses });
    profileFolders.push({ folder: folder.folder, files: profiles });
  }
  const knownSources = registry.sources.length > 0 ? new Set(registry.sources.map((s) => s.id)) : undefined;
  const library = loadClauseLibrary(clauseFolders, { knownSources });
  const profileSet = loadClauseProfiles(profileFolders);
  problems.push(...library.problems, ...profileSet.problems);
  return { library, profiles: profileSet, registry, problems };
}

function relativeToFolder(folder: string, path: string): string {
  const base = folder.replace(/[\\/]+$/, '');
  const normalized = path.replace(/\\/g, '/');
  const prefix = base.replace(/\\/g, '/') + '/';
  return base && normalized.startsWith(prefix) ? normalized.slice(prefix.length) : normalized;
}

function mergeRegistry(into: SourceRegistry, from: SourceRegistry): void {
  for (const [list, added] of [
    [into.collections, from.collections],
    [into.sources, from.sources],
  ] as const) {
    for (const entry of added) {
      const at = (list as Array<{ id: string }>).findIndex((e) => e.id === entry.id);
      if (at >= 0) (list as Array<{ id: string }>)[at] = entry;
      else (list as Array<{ id: string }>).push(entry);
    }
  }
}
