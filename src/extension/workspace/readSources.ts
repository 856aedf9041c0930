import * as vscode from 'vscode';
import type { SourceFile } from '../../core/engineApi';
import { getEngine } from '../engine/engine';

/**
 * A file as the engine reads it: the editor's text when the document is open (unsaved edits
 * included), else its bytes from the workspace file system. A file above `maxFileSize` is not
 * read (only its size is given); one that cannot be read says why.
 */
export async function readSource(uri: vscode.Uri, path: string, maxFileSize: number): Promise<SourceFile> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { path, text: open.getText() };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { path, readError: reason('FileIsADirectory', '') };
    if (stat.size > maxFileSize) return { path, size: stat.size };
    return { path, bytes: await vscode.workspace.fs.readFile(uri) };
  } catch (e) {
    const code = e instanceof vscode.FileSystemError ? e.code : (e as NodeJS.ErrnoException).code;
    return { path, readError: reason(code, (e as Error).message) };
  }
}

function reason(code: string | undefined, message: string): SourceFile['readError'] {
  return getEngine().readErrorReason(code, message);
}
