import * as vscode from 'vscode';

/**
 * The workspace folder new files go to: the only one, or the one the user picks. With no
 * folder open, `noFolderMessage` says why nothing can be created.
 */
export async function pickFolder(noFolderMessage: string): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(noFolderMessage);
    return undefined;
  }
  return (await vscode.window.showWorkspaceFolderPick())?.uri;
}
