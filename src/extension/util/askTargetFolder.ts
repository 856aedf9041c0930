import * as vscode from 'vscode';
import { relativeTo, rootOf } from './paths';

export interface TargetFolderQuestion {
  /** The quick pick's title (the command's name and step). */
  title: string;
  /** What the explorer passed: the folder or file that was right-clicked, if any. */
  clicked?: vscode.Uri;
  /** Whether a Markdown file is one of the kind being created (a chapter, a policy): its folder is proposed. */
  holdsKind(text: string): boolean;
  /** Said when no folder is open. */
  noFolderMessage: string;
}

/** How many Markdown files are read to find the folders that already hold chapters or policies. */
const SCANNED_FILES = 400;
const SCANNED_BYTES = 64 * 1024;

/**
 * Where new files go: the clicked folder, the active file's folder, the folders that already
 * hold files of this kind and the workspace folders, first one first; or any folder picked in
 * a dialog. Undefined when cancelled.
 */
export async function askTargetFolder(q: TargetFolderQuestion): Promise<vscode.Uri | undefined> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  if (!roots.length) {
    void vscode.window.showWarningMessage(q.noFolderMessage);
    return undefined;
  }
  const candidates: Array<{ uri: vscode.Uri; why: string }> = [];
  const add = (uri: vscode.Uri | undefined, why: string) => {
    if (uri && vscode.workspace.getWorkspaceFolder(uri) && !candidates.some((c) => c.uri.toString() === uri.toString())) candidates.push({ uri, why });
  };
  add(q.clicked && (await folderOf(q.clicked)), vscode.l10n.t('the folder you clicked'));
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file' || active?.scheme === 'vscode-remote') add(vscode.Uri.joinPath(active, '..'), vscode.l10n.t('the folder of the active file'));
  for (const uri of await foldersHoldingKind(q.holdsKind)) add(uri, vscode.l10n.t('already holds some'));
  for (const root of roots) add(root.uri, vscode.l10n.t('workspace folder'));
  const browse = { label: vscode.l10n.t('Other folder…'), uri: undefined as vscode.Uri | undefined };
  const picked = await vscode.window.showQuickPick(
    [...candidates.map((c) => ({ label: labelOf(c.uri), description: c.why, uri: c.uri as vscode.Uri | undefined })), browse],
    { title: q.title, placeHolder: vscode.l10n.t('Folder for the English and French files') },
  );
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: candidates[0]?.uri, title: q.title });
  const uri = chosen?.[0];
  if (uri && !vscode.workspace.getWorkspaceFolder(uri)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Pick a folder inside the workspace.'));
    return undefined;
  }
  return uri;
}

/** The folder itself, or the folder of a file. */
async function folderOf(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.Directory ? uri : vscode.Uri.joinPath(uri, '..');
  } catch {
    return undefined;
  }
}

async function foldersHoldingKind(holdsKind: (text: string) => boolean): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', SCANNED_FILES);
  for (const file of files) {
    const folder = vscode.Uri.joinPath(file, '..');
    if (found.has(folder.toString())) continue;
    try {
      const bytes = await vscode.workspace.fs.readFile(file);
      if (holdsKind(new TextDecoder().decode(bytes.subarray(0, SCANNED_BYTES)))) found.set(folder.toString(), folder);
    } catch {
      // An unreadable file proposes nothing; the checks report it.
    }
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
}

function labelOf(uri: vscode.Uri): string {
  const root = rootOf(uri);
  const relative = relativeTo(root, uri);
  const name = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${root.path.split('/').pop()}/` : '';
  return relative ? `${name}${relative}` : name || './';
}

/** A file name (without .en.md / .fr.md) that none of `taken` uses: `base`, then `base-2`, `base-3`… */
export async function freeName(base: string, taken: (name: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; n < 1000; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
  return base;
}
