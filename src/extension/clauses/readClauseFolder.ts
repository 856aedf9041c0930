import * as vscode from 'vscode';
import type { ClauseFileInput, ClauseFolderRead } from '../../core/clauses/index';

/**
 * The YAML and JSON files of a clause folder and its sub-folders, read through the workspace
 * file system; each file is named `name/relative/path`. A missing folder is reported, not thrown.
 */
export async function readClauseFolder(folder: vscode.Uri, name: string): Promise<ClauseFolderRead> {
  const files: ClauseFileInput[] = [];
  try {
    await walk(folder, name, files);
  } catch (e) {
    const reason = e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? 'not found' : (e as Error).message;
    return { folder: name, files: [], readError: reason };
  }
  return { folder: name, files };
}

async function walk(dir: vscode.Uri, name: string, out: ClauseFileInput[]): Promise<void> {
  const entries = (await vscode.workspace.fs.readDirectory(dir)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [entry, type] of entries) {
    if (entry.startsWith('.')) continue;
    const uri = vscode.Uri.joinPath(dir, entry);
    if (type & vscode.FileType.Directory) await walk(uri, `${name}/${entry}`, out);
    else if (/\.(ya?ml|json)$/i.test(entry)) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
      out.push({ path: `${name}/${entry}`, text });
    }
  }
}
