import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * Whether a file of the workspace leads outside the folders it may be read from, once symbolic
 * links are resolved (a repository's `docs/x.md -> /etc/passwd`, a folder linked to `~/.ssh`).
 * Only files on disk have links to follow; other file systems (virtual workspaces) cannot point
 * outside themselves, and a path that does not resolve is left to the read to report.
 */
export async function leadsOutside(uri: vscode.Uri, folders: readonly vscode.Uri[]): Promise<boolean> {
  if (uri.scheme !== 'file') return false;
  let real: string;
  try {
    real = await fs.realpath(uri.fsPath);
  } catch {
    return false;
  }
  for (const folder of folders) {
    if (folder.scheme !== 'file') continue;
    const root = await fs.realpath(folder.fsPath).catch(() => folder.fsPath);
    const relative = path.relative(root, real);
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return false;
  }
  return true;
}
