import * as path from 'node:path';
import * as vscode from 'vscode';
import { leadsOutside } from '../workspace/confinedUri';

/** The path of `uri` from the folder `base`, with `/` (how the XLIFF names the pair, so both can move together). */
export function relativeUri(base: vscode.Uri, uri: vscode.Uri): string {
  return path.posix.relative(base.path, uri.path);
}

/**
 * The file a path in an XLIFF names (relative to the XLIFF's folder), if it may be written: a
 * Markdown file of a workspace folder, not led outside by a link. The XLIFF comes back from
 * outside, so it may not point anywhere else.
 */
export async function pairFileOf(xlf: vscode.Uri, named: string): Promise<vscode.Uri | undefined> {
  const uri = vscode.Uri.joinPath(xlf, '..', named);
  if (!/\.(md|markdown|mdx)$/i.test(uri.path)) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.toString() === uri.toString()) return undefined;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  return (await leadsOutside(uri, folders)) ? undefined : uri;
}
