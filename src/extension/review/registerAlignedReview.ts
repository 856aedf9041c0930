import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import { AlignedReviewPanel } from './alignedReviewPanel';

/**
 * “Open aligned review” for the active file's pair (editor title, palette), one panel reused for
 * whichever pair is asked for; and the internal commands the integration tests drive it with.
 */
export function registerAlignedReview(extensionUri: vscode.Uri, index: WorkspaceIndex, checks: CheckService): vscode.Disposable {
  let panel: AlignedReviewPanel | undefined;
  const open = async (uri?: vscode.Uri): Promise<boolean> => {
    const source = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!source) return false;
    const info = await index.pairOf(source);
    if (!info?.en || !info.fr) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no counterpart in the other language yet.', info?.path ?? vscode.workspace.asRelativePath(source)));
      return false;
    }
    const pair = { root: info.root, en: info.en, fr: info.fr, hostPairs: info.config.hostPairs };
    if (panel) panel.show(pair);
    else {
      const created = new AlignedReviewPanel(extensionUri, pair, index, checks);
      created.onDidClose(() => panel === created && (panel = undefined));
      panel = created;
    }
    return true;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.openAlignedReview, open),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.alignedReviewState, () => panel?.state),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.alignedReviewOpenSide, async (row: number, side: 'en' | 'fr') => {
      const editor = await panel?.openSide(row, side);
      return editor && { uri: editor.document.uri.toString(), line: editor.selection.active.line };
    }),
    { dispose: () => panel?.dispose() },
  );
}
