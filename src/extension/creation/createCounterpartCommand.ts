import * as vscode from 'vscode';
import { fileExists } from '../util/fileExists';
import { getEngine } from '../engine/engine';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CheckService } from '../checks/checkService';
import { COMMANDS } from '../commands';
import { uiLanguage } from '../util/uiLanguage';

/**
 * "Create missing counterpart": a first draft of the other language's file (same front matter
 * keys, headings, lists, tables; prose behind to-translate markers), created through one
 * undoable workspace edit and opened beside. An existing file is never overwritten.
 */
export function registerCreateCounterpart(index: WorkspaceIndex, checks: CheckService): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.createCounterpart, async (uri?: vscode.Uri) => {
    const source = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!source) return undefined;
    const engine = getEngine();
    const info = await index.pairOf(source);
    if (!info) return undefined;
    if (info.en && info.fr) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already has its counterpart: {1}.', info.path, info.path === info.en ? info.fr : info.en));
      return undefined;
    }
    if (!info.lang) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The language of {0} is not known: add “lang: en” or “lang: fr” to its front matter, or a .en.md / .fr.md suffix.', info.path));
      return undefined;
    }
    const to = info.lang === 'en' ? 'fr' : 'en';
    const draft = await checks.skeleton(source);
    if (!draft) return undefined;
    if ('problem' in draft) {
      void vscode.window.showErrorMessage(engine.formatMessage(draft.problem.messageId, draft.problem.args, uiLanguage()));
      return undefined;
    }
    const targetPath = engine.counterpartPath(info.path, to);
    const target = index.uriOf(info.root, targetPath);
    if (await fileExists(target)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; it was not overwritten.', targetPath));
      return undefined;
    }
    let skeleton = draft.text;
    const edit = new vscode.WorkspaceEdit();
    // A name without a language mark cannot pair by name: both files get the same translationKey.
    if (engine.fileLanguage(info.path, undefined) === undefined && !draft.hasTranslationKey) {
      const key = info.path.replace(/\.(md|markdown)$/i, '').replace(/[^\w-]+/g, '-').toLowerCase();
      skeleton = applyInsertion(skeleton, translationKeyInsertion(skeleton, key));
      const sourceDoc = await vscode.workspace.openTextDocument(source);
      const insertion = translationKeyInsertion(sourceDoc.getText(), key);
      edit.insert(source, sourceDoc.positionAt(insertion.offset), insertion.text);
    }
    edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(skeleton) });
    if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: false }))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', targetPath));
      return undefined;
    }
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
    return target;
  });
}

/** Where and what to insert to give a document a `translationKey` (front matter created if needed). */
function translationKeyInsertion(text: string, key: string): { offset: number; text: string } {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const m = /^---[ \t]*\r?\n/.exec(text);
  if (m) return { offset: m[0].length, text: `translationKey: ${key}${eol}` };
  return { offset: 0, text: `---${eol}translationKey: ${key}${eol}---${eol}${eol}` };
}

function applyInsertion(text: string, insertion: { offset: number; text: string }): string {
  return text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
}
