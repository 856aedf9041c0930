import * as vscode from 'vscode';

/** The folder a file's relative paths are computed from: its workspace folder, or its own folder. */
export function rootOf(uri: vscode.Uri): vscode.Uri {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
}

/** `uri` relative to `root`, with `/`; undefined when it is not under root. */
export function relativeTo(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (root.scheme !== uri.scheme || root.authority !== uri.authority) return undefined;
  const base = root.path.endsWith('/') ? root.path : root.path + '/';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== 'git' && document.uri.scheme !== 'output';
}
