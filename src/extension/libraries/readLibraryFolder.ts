import * as vscode from 'vscode';
import type { LibraryFile, LibraryFolder } from '../../core/libraries/librarySpec';
import { getEngine } from '../engine/engine';
import { leadsOutside } from '../workspace/confinedUri';

/**
 * The files of a library folder and its sub-folders that `accepts` takes, read through the
 * workspace file system; each file is named `name/relative/path`. A missing or unreadable folder
 * is reported, not thrown; an unreadable file is skipped and reported, the rest still load.
 * With `within` (the workspace folder and the folders the user allowed), the folder and every
 * file in it must resolve inside one of them (symbolic links followed); only regular files are read.
 */
export async function readLibraryFolder(folder: vscode.Uri, name: string, accepts: (relativePath: string) => boolean, within?: readonly vscode.Uri[]): Promise<LibraryFolder & { unreadable: Array<{ path: string; reason: LibraryFolder['readError'] }> }> {
  const files: LibraryFile[] = [];
  const unreadable: Array<{ path: string; reason: LibraryFolder['readError'] }> = [];
  try {
    if (within && (await leadsOutside(folder, within))) return { folder: name, files: [], readError: reason({ code: 'EOUTSIDE' }), unreadable };
    await walk(folder, '', files, unreadable, name, accepts, within);
  } catch (e) {
    return { folder: name, files: [], readError: reason(e), unreadable };
  }
  return { folder: name, files, unreadable };
}

async function walk(dir: vscode.Uri, relative: string, out: LibraryFile[], unreadable: Array<{ path: string; reason: LibraryFolder['readError'] }>, name: string, accepts: (p: string) => boolean, within: readonly vscode.Uri[] | undefined): Promise<void> {
  const entries = (await vscode.workspace.fs.readDirectory(dir)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [entry, type] of entries) {
    if (entry.startsWith('.')) continue;
    const uri = vscode.Uri.joinPath(dir, entry);
    const path = relative ? `${relative}/${entry}` : entry;
    if (type & vscode.FileType.SymbolicLink && within && (await leadsOutside(uri, within))) {
      if (accepts(path)) unreadable.push({ path: `${name}/${path}`, reason: reason({ code: 'EOUTSIDE' }) });
    } else if (type & vscode.FileType.Directory) await walk(uri, path, out, unreadable, name, accepts, within);
    else if (!(type & vscode.FileType.File)) {
      if (accepts(path)) unreadable.push({ path: `${name}/${path}`, reason: reason({ code: 'ENOTREGULAR' }) });
    } else if (accepts(path)) {
      try {
        out.push({ path: `${name}/${path}`, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '') });
      } catch (e) {
        unreadable.push({ path: `${name}/${path}`, reason: reason(e) });
      }
    }
  }
}

function reason(e: unknown): LibraryFolder['readError'] {
  const code = e instanceof vscode.FileSystemError ? e.code : (e as NodeJS.ErrnoException).code;
  return getEngine().readErrorReason(code, (e as Error).message ?? String(code));
}
