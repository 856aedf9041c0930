import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClauseFolderRead } from '../core/clauses/clauseCatalogue';
import type { ClauseFileInput } from '../core/clauses/clauseTypes';
import type { ResolvedConfig } from '../core/config/configTypes';
import { readErrorReason } from '../core/project/loadSource';
import { Confinement } from './fs/confinement';
import { isFolder } from './fs/isFolder';
import { readRegularText } from './fs/readRegularFile';

/**
 * The clause library shipped with the package, found from this file's own place: `dist/cli.js`
 * and `dist/policy-cli.js` sit one level below it, `src/cli/*.ts` (tests) two.
 */
export function bundledClausesFolder(fromDir: string = __dirname): string {
  const candidates = [path.join(fromDir, '..', 'clauses'), path.join(fromDir, '..', '..', 'clauses')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'sources.yaml'))) ?? candidates[0];
}

/** Largest clause, profile or sources file read, in bytes (the bundled ones are a few kilobytes). */
export const MAX_CLAUSE_FILE_SIZE = 1024 * 1024;

/**
 * Our folder, then the configuration's `clauseFolders` (relative to its root), read from disk.
 * Ours is named by its absolute path; the organisation's files by their path relative to the
 * root, like every other file the checker reports. The organisation's folders and every file in
 * them must resolve (symbolic links followed) inside the root or a folder the user allowed;
 * only regular files are read, each within a size limit.
 */
export function readClauseFolders(config: ResolvedConfig, bundled: string = bundledClausesFolder()): ClauseFolderRead[] {
  const folders: ClauseFolderRead[] = [readFolder(bundled, bundled, undefined)];
  const confinement = new Confinement([config.root, ...config.allowedOutside]);
  for (const relative of config.clauseFolders) {
    folders.push(readFolder(path.resolve(config.root, relative), relative.replace(/\/+$/, ''), confinement));
  }
  return folders;
}

function readFolder(abs: string, name: string, confinement: Confinement | undefined): ClauseFolderRead {
  const files: ClauseFileInput[] = [];
  const unreadable: NonNullable<ClauseFolderRead['unreadableFiles']> = [];
  try {
    if (!fs.statSync(abs).isDirectory()) return { folder: name, files, readError: 'not a folder' };
    confinement?.check(abs);
    fs.readdirSync(abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { folder: name, files, readError: err.code === 'ENOENT' ? 'not found' : readErrorReason(err.code, err.message) };
  }
  walk(abs, name, files, unreadable, confinement);
  return unreadable.length ? { folder: name, files, unreadableFiles: unreadable } : { folder: name, files };
}

/**
 * Reads what it can: one unreadable file or sub-folder (or one leading outside the allowed
 * folders) is reported, never the whole folder lost.
 */
function walk(dir: string, name: string, out: ClauseFileInput[], unreadable: NonNullable<ClauseFolderRead['unreadableFiles']>, confinement: Confinement | undefined): void {
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
      if (isFolder(abs)) walk(abs, shown, out, unreadable, confinement);
      else if (/\.(ya?ml|json)$/i.test(entry.name)) out.push({ path: shown, text: readRegularText(abs, MAX_CLAUSE_FILE_SIZE) });
    } catch (e) {
      unreadable.push({ path: shown, reason: reasonOf(e) });
    }
  }
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ENOENT' ? 'not found' : err.code === 'EISDIR' ? 'is a folder' : err.message;
}
