import type { Finding, MessageRef } from '../findings';
import type { ResolvedConfig } from '../config/configTypes';

/** A file of a data library as a front end read it. */
export interface LibraryFile {
  /** The folder's name followed by the file's path inside it, with `/`. */
  path: string;
  text: string;
}

/** A library folder as a front end read it: its files, or why it could not be read. */
export interface LibraryFolder {
  /** Ours by its absolute path; the organisation's relative to the configuration's root. */
  folder: string;
  files: LibraryFile[];
  /** Set when the folder itself is missing or unreadable; reported, the other folders still load. */
  readError?: string | MessageRef;
  /** Files of the folder that could not be read: each is reported, the rest of the folder still loads. */
  unreadableFiles?: Array<{ path: string; reason: string | MessageRef }>;
}

/**
 * A data library of the toolkit (clauses; checklists, term bases and chapter templates next):
 * the folder shipped with the package, the configuration key that names the organisation's
 * folders, which files belong, and how the files of every folder (ours first) become the
 * library in force with its problems at their lines. Front ends only read folders (disk,
 * workspace file system) and hand them over.
 */
export interface LibrarySpec<T> {
  /** Short name, for logs and cache keys. */
  readonly id: string;
  /** The folder of the package that holds the bundled library (beside `dist/`). */
  readonly bundledFolder: string;
  /** The configuration key that lists the organisation's folders (relative to the configuration's root). */
  readonly configKey: LibraryConfigKey;
  /** Whether a file found while walking a folder belongs to the library (its path relative to the folder). */
  accepts(relativePath: string): boolean;
  /** The library in force from the folders read, in increasing precedence. */
  load(folders: readonly LibraryFolder[], options: { configFile?: string }): T;
  /** The library's problems (invalid files, unreadable folders), as findings at their lines. */
  problems(library: T): readonly Finding[];
}

/** A data file of a library: YAML or JSON, not inside a hidden folder nor hidden itself. */
export function isDataFile(relativePath: string): boolean {
  return /\.(ya?ml|json)$/i.test(relativePath) && !relativePath.split('/').some((part) => part.startsWith('.'));
}

/** The configuration keys that list library folders. */
export type LibraryConfigKey = { [K in keyof ResolvedConfig]: ResolvedConfig[K] extends string[] ? K : never }[keyof ResolvedConfig] & `${string}Folders`;

/** The organisation's folders of a library, as the configuration names them. */
export function libraryFolders<T>(spec: LibrarySpec<T>, config: ResolvedConfig): string[] {
  return config[spec.configKey];
}

/** A configuration file's path relative to its root, as findings name files. */
export function configFileOf(config: Pick<ResolvedConfig, 'file' | 'root'>): string | undefined {
  const file = config.file?.replace(/\\/g, '/');
  const root = config.root.replace(/\\/g, '/').replace(/\/$/, '');
  return file?.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}
