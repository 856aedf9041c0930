import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from '../core/project/checkProject';
import { readErrorReason } from '../core/project/loadSource';
import type { Confinement } from './fs/confinement';
import { readRegularFile } from './fs/readRegularFile';

export interface CollectResult {
  files: SourceFile[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

export interface CollectOptions {
  root: string;
  isIncluded(relative: string): boolean;
  isIgnoredFolder(relative: string): boolean;
  /** Files larger than this are not read: a `file` finding says so. */
  maxFileSize: number;
  /** Where files met while walking may lead (symbolic links resolved); a link elsewhere is a `file` finding, never read. */
  confinement: Confinement;
}

/**
 * Walks the given files and folders and reads the Markdown files in them. Unreadable files
 * are returned with their error so they are reported, never silently skipped.
 */
export function collectFiles(targets: string[], options: CollectOptions): CollectResult {
  const files = new Map<string, SourceFile>();
  const missing: string[] = [];
  const rel = (abs: string) => path.relative(options.root, abs).split(path.sep).join('/');
  const readOne = (abs: string, confined: boolean) => {
    const relative = rel(abs);
    if (files.has(relative)) return;
    try {
      if (confined) options.confinement.check(abs);
      // Too large: only its size is kept (the engine turns it into a finding); FIFOs and devices throw.
      const read = readRegularFile(abs, options.maxFileSize);
      files.set(relative, 'bytes' in read ? { path: relative, bytes: read.bytes } : { path: relative, size: read.tooLarge });
    } catch (e) {
      files.set(relative, { path: relative, readError: describeError(e) });
    }
  };
  // Globs are relative to the root; for a folder outside it, relative to the folder given.
  const globPath = (abs: string, base: string) => {
    const relative = rel(abs);
    return relative.startsWith('../') ? path.relative(base, abs).split(path.sep).join('/') : relative;
  };
  const walk = (dir: string, visited: Set<string>, base: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      files.set(rel(dir), { path: rel(dir), readError: describeError(e) });
      return;
    }
    if (visited.has(real)) return; // a symbolic link loop
    visited.add(real);
    if (!options.confinement.contains(real)) {
      files.set(rel(dir), { path: rel(dir), readError: describeError({ code: 'EOUTSIDE' }) });
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      files.set(rel(dir), { path: rel(dir), readError: describeError(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const relative = globPath(abs, base);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = fs.statSync(abs).isDirectory();
        } catch {
          if (options.isIncluded(relative)) files.set(rel(abs), { path: rel(abs), readError: describeError({ code: 'EBROKENLINK' }) });
          continue;
        }
      }
      if (isDir) {
        if (!options.isIgnoredFolder(relative)) walk(abs, visited, base);
      } else if (options.isIncluded(relative)) {
        // Anything else that matches (a file, a FIFO, a socket, a device) goes through the one
        // reader, which reads regular files only and reports the rest.
        readOne(abs, true);
      }
    }
  };
  for (const target of targets) {
    const abs = path.resolve(target);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push(target);
      continue;
    }
    if (stat.isDirectory()) walk(abs, new Set(), abs);
    else readOne(abs, false); // a file named explicitly is checked whatever its extension, wherever it is
  }
  return { files: [...files.values()], missing };
}

function describeError(e: unknown): SourceFile['readError'] {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOTREGULAR':
    case 'EOUTSIDE':
    case 'EBROKENLINK':
      return readErrorReason(err.code, err.code);
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return err.message ?? String(e);
  }
}
