import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileError } from './readRegularFile';

/**
 * The folders the checker may read below: the configuration's folder, the folders named on the
 * command line, and those the user allowed with --allow-outside. Paths are compared after
 * resolving symbolic links, so a link in the repository to `/etc` or `~/.ssh` is refused
 * (EOUTSIDE) however it is spelled.
 */
export class Confinement {
  private readonly roots: string[];

  constructor(folders: readonly string[]) {
    this.roots = folders.map(realOrSelf);
  }

  /** Whether `abs`, once its links are resolved, is at or below one of the folders. A path that does not resolve is not inside. */
  contains(abs: string): boolean {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      return false;
    }
    return this.roots.some((root) => isWithin(root, real));
  }

  /** Throws EOUTSIDE unless `abs` is inside (a missing file keeps its own error). */
  check(abs: string): void {
    if (!fs.existsSync(abs)) return;
    if (!this.contains(abs)) throw fileError('EOUTSIDE', 'outside the folder being checked');
  }
}

export function isWithin(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative));
}

function realOrSelf(folder: string): string {
  try {
    return fs.realpathSync(path.resolve(folder));
  } catch {
    return path.resolve(folder);
  }
}
