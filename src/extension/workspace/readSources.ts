import * as vscode from 'vscode';
import type { SourceFile } from '../../core/engineApi';
import { getEngine } from '../engine/engine';
import { leadsOutside } from './confinedUri';

/**
 * A file as the engine reads it: the editor's text when the document is open (unsaved edits
 * included), else its bytes from the workspace file system. A file above `maxFileSize` is not
 * read (only its size is given); one that cannot be read says why. Only regular files are read
 * (a FIFO would block, a device never end), and only when they resolve inside `root`: the
 * workspace may be a stranger's repository with links to the user's own files.
 */
export async function readSource(uri: vscode.Uri, path: string, maxFileSize: number, root: vscode.Uri): Promise<SourceFile> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { path, text: open.getText() };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { path, readError: reason('FileIsADirectory', '') };
    if (!(stat.type & vscode.FileType.File)) return { path, readError: reason('ENOTREGULAR', '') };
    if (await leadsOutside(uri, [root])) return { path, readError: reason('EOUTSIDE', '') };
    if (stat.size > maxFileSize) return { path, size: stat.size };
    const bytes = await vscode.workspace.fs.readFile(uri);
    // The file may have grown since stat: the limit holds for what was read.
    return bytes.length > maxFileSize ? { path, size: bytes.length } : { path, bytes };
  } catch (e) {
    const code = e instanceof vscode.FileSystemError ? e.code : (e as NodeJS.ErrnoException).code;
    return { path, readError: reason(code, (e as Error).message) };
  }
}

function reason(code: string | undefined, message: string): SourceFile['readError'] {
  return getEngine().readErrorReason(code, message);
}
