import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { DocumentCache } from '../workspace/documentCache';
import { counterpartUri, loadPair } from '../workspace/pairDocuments';

/**
 * "Open counterpart to the side" and "Go to counterpart of current section": both land on the
 * place that the parity alignment matches with the cursor's.
 */
export function registerCounterpartCommands(index: WorkspaceIndex, cache: DocumentCache): vscode.Disposable {
  const reveal = async (sectionOnly: boolean, uri?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const source = uri ?? editor?.document.uri;
    if (!source) return;
    const pair = await loadPair(index, cache, source);
    if (!pair) {
      const target = await counterpartUri(index, source);
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no counterpart in the other language yet.', vscode.workspace.asRelativePath(source)));
        return;
      }
      await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
      return;
    }
    let line = editor && editor.document.uri.toString() === source.toString() ? editor.selection.active.line : 0;
    if (sectionOnly) {
      // The heading of the section the cursor is in stands for the section.
      const section = [...pair.from.sections].reverse().find((s) => s.heading && s.heading.range.start.line <= line);
      line = section?.heading?.range.start.line ?? 0;
    }
    const place = getEngine().counterpartLocation(pair.from, pair.to, line, undefined, pair.info.config.hostPairs);
    const position = new vscode.Position(place.line, 0);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === pair.toUri.toString());
    const target = await vscode.window.showTextDocument(pair.toUri, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
    target.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('openDataToolkit.openCounterpart', (uri?: vscode.Uri) => reveal(false, uri)),
    vscode.commands.registerCommand('openDataToolkit.goToCounterpartSection', () => reveal(true)),
    vscode.commands.registerCommand('openDataToolkit.revealLocation', async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: range });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}
