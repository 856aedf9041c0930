import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CheckService } from '../checks/checkService';
import { COMMANDS, INTERNAL_COMMANDS } from '../commands';

/**
 * "Open counterpart to the side" and "Go to counterpart of current section": both land on the
 * place that the parity alignment matches with the cursor's.
 */
export function registerCounterpartCommands(index: WorkspaceIndex, checks: CheckService): vscode.Disposable {
  const reveal = async (sectionOnly: boolean, uri?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const source = uri instanceof vscode.Uri ? uri : editor?.document.uri;
    if (!source) return;
    const line = editor && editor.document.uri.toString() === source.toString() ? editor.selection.active.line : 0;
    const place = await checks.locate(source, line, sectionOnly);
    if (!place) {
      const info = await index.pairOf(source);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no counterpart in the other language yet.', info?.path ?? vscode.workspace.asRelativePath(source)));
      return;
    }
    const position = new vscode.Position(place.line, 0);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === place.counterpart.toString());
    const target = await vscode.window.showTextDocument(place.counterpart, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
    target.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.openCounterpart, (uri?: vscode.Uri) => reveal(false, uri)),
    vscode.commands.registerCommand(COMMANDS.goToCounterpartSection, () => reveal(true)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.revealLocation, async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: range });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}
