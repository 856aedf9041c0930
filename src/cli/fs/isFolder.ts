import * as fs from 'node:fs';

/** Whether a path names a folder (through symbolic links); false when it names nothing. */
export function isFolder(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
