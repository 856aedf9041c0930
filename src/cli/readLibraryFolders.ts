import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { LibraryFile, LibraryFolder, LibrarySpec } from '../core/libraries/librarySpec';
import { readErrorReason } from '../core/project/loadSource';
import { Confinement } from './fs/confinement';
import { isFolder } from './fs/isFolder';
import { readRegularText } from './fs/readRegularFile';

/** Largest library file read (clause, profile, sources or checklist file), in bytes (the bundled ones are a few kilobytes). */
export const MAX_LIBRARY_FILE_SIZE = 1024 * 1024;

/** A bundled library folder (`clauses/`, `checklists/`) found from this file's own place: `dist/*.js` sit one level below it, `src/cli/*.ts` (tests) two. */
export function bundledLibraryFolder(name: string, marker: string, fromDir: string = __dirname): string {
  const candidates = [path.join(fromDir, '..', name), path.join(fromDir, '..', '..', name)];
  return candidates.find((dir) => fs.existsSync(path.join(dir, marker))) ?? candidates[0];
}

/**
 * Our folder, then the folders the configuration names for the library (`clauseFolders`, `checklistFolders`) (relative to its root), read from disk.
 * Ours is named by its absolute path; the organisation's files by their path relative to the
 * root, like every other file the checker reports. The organisation's folders and every file in
 * them must resolve (symbolic links followed) inside the root or a folder the user allowed;
 * only regular files are read, each within a size limit.
 */
export function readLibraryFolders<T>(spec: LibrarySpec<T>, config: ResolvedConfig, bundled: string): LibraryFolder[] {
  const folders: LibraryFolder[] = [readFolder(spec, bundled, bundled, undefined)];
  const confinement = new Confinement([config.root, ...config.allowedOutside]);
  for (const relative of config[spec.configKey]) {
    folders.push(readFolder(spec, path.resolve(config.root, relative), relative.replace(/\/+$/, ''), confinement));
  }
  return folders;
}

function readFolder<T>(spec: LibrarySpec<T>, abs: string, name: string, confinement: Confinement | undefined): LibraryFolder {
  const files: LibraryFile[] = [];
  const unreadable: NonNullable<LibraryFolder['unreadableFiles']> = [];
  try {
    if (!fs.statSync(abs).isDirectory()) return { folder: name, files, readError: 'not a folder' };
    confinement?.check(abs);
    fs.readdirSync(abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { folder: name, files, readError: err.code === 'ENOENT' ? 'not found' : readErrorReason(err.code, err.message) };
  }
  walk(spec, abs, abs, name, files, unreadable, confinement);
  return unreadable.length ? { folder: name, files, unreadableFiles: unreadable } : { folder: name, files };
}

/**
 * Reads what it can: one unreadable file or sub-folder (or one leading outside the allowed
 * folders) is reported, never the whole folder lost.
 */
function walk<T>(spec: LibrarySpec<T>, top: string, dir: string, name: string, out: LibraryFile[], unreadable: NonNullable<LibraryFolder['unreadableFiles']>, confinement: Confinement | undefined): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    unreadable.push({ path: name, reason: reasonOf(e) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    const shown = `${name}/${entry.name}`;
    try {
      if (entry.isSymbolicLink()) confinement?.check(abs);
      if (isFolder(abs)) walk(spec, top, abs, shown, out, unreadable, confinement);
      else if (spec.accepts(path.relative(top, abs).split(path.sep).join('/'))) out.push({ path: shown, text: readRegularText(abs, MAX_LIBRARY_FILE_SIZE) });
    } catch (e) {
      unreadable.push({ path: shown, reason: reasonOf(e) });
    }
  }
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ENOENT' ? 'not found' : err.code === 'EISDIR' ? 'is a folder' : err.message;
}
