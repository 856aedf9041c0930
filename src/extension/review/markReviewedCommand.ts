import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { COMMANDS } from '../commands';

/**
 * “Mark as reviewed” (the file) and “Mark section as reviewed” (the section at the cursor):
 * record in the pair's French front matter that it was reviewed against the English as it is
 * now (the record `toolkit-check review` writes), through one undoable workspace edit, only
 * when the user asks. Either file of the pair may be the active one; unsaved text counts.
 */
export function registerMarkReviewedCommands(index: WorkspaceIndex): vscode.Disposable {
  const mark = async (sectionOnly: boolean, uri?: vscode.Uri): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const source = uri instanceof vscode.Uri ? uri : editor?.document.uri;
    if (!source) return false;
    const info = await index.pairOf(source);
    if (!info) return false;
    if (!info.en || !info.fr) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no counterpart in the other language yet.', info.path));
      return false;
    }
    const engine = getEngine();
    const enDoc = await vscode.workspace.openTextDocument(index.uriOf(info.root, info.en));
    const frDoc = await vscode.workspace.openTextDocument(index.uriOf(info.root, info.fr));
    const en = engine.buildDocument(info.en, enDoc.getText(), 'en');
    const fr = engine.buildDocument(info.fr, frDoc.getText(), 'fr');
    let scope: Parameters<typeof engine.reviewEdit>[2] = { kind: 'file' };
    if (sectionOnly) {
      const line = editor && editor.document.uri.toString() === source.toString() ? editor.selection.active.line : 0;
      const at = engine.reviewKeyAt(en, fr, info.path === info.en ? 'en' : 'fr', line, info.config.hostPairs);
      if (!at) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This French section has no English counterpart to be reviewed against.'));
        return false;
      }
      scope = { kind: 'section', key: at.key };
    }
    const result = engine.reviewEdit(en, fr, scope);
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The front matter of {0} does not parse; fix it, then mark the file as reviewed again.', info.fr));
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(frDoc.uri, new vscode.Range(frDoc.positionAt(result.edit.start), frDoc.positionAt(result.edit.end)), result.edit.text);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    void vscode.window.setStatusBarMessage(sectionOnly ? vscode.l10n.t('Section marked as reviewed in {0}.', info.fr) : vscode.l10n.t('{0} marked as reviewed against {1}.', info.fr, info.en), 5000);
    return true;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.markReviewed, (uri?: vscode.Uri) => mark(false, uri)),
    vscode.commands.registerCommand(COMMANDS.markSectionReviewed, () => mark(true)),
  );
}
