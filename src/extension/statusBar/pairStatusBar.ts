import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { isMarkdown } from '../util/paths';
import { COMMANDS } from '../commands';
import { count as formatCount, plural } from '../util/plural';

/**
 * The active file's pair and its count of parity findings; a click opens the counterpart (or
 * offers to create it when there is none).
 */
export function registerPairStatusBar(index: WorkspaceIndex, checks: CheckService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('openDataToolkit.pair', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Bilingual pair');
  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isMarkdown(editor.document)) {
      item.hide();
      return;
    }
    const info = await index.pairOf(editor.document.uri);
    if (mine !== generation) return; // a newer update is on its way
    if (!info) {
      item.hide();
      return;
    }
    const counterpart = info.en && info.fr ? (info.path === info.en ? info.fr : info.en) : undefined;
    const count = checks.findingsOf(editor.document.uri).length;
    if (counterpart) {
      const name = counterpart.slice(counterpart.lastIndexOf('/') + 1);
      item.text = `$(arrow-swap) ${name}${count ? `  $(warning) ${count}` : '  $(check)'}`;
      item.tooltip = plural(count, vscode.l10n.t('Paired with {0}; {1} parity finding in this file. Click to open the counterpart.', counterpart, formatCount(count)), vscode.l10n.t('Paired with {0}; {1} parity findings in this file. Click to open the counterpart.', counterpart, formatCount(count)));
      item.command = COMMANDS.openCounterpart;
    } else if (info.lang) {
      item.text = `$(circle-slash) ${vscode.l10n.t('No counterpart')}`;
      item.tooltip = vscode.l10n.t('This file has no counterpart in the other language. Click to create one.');
      item.command = COMMANDS.createCounterpart;
    } else {
      item.hide();
      return;
    }
    item.show();
  };
  // Deferred: the first update loads the engine, which must stay out of activation.
  setTimeout(() => void update(), 0);
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    checks.onDidChangeFindings(() => void update()),
    index.onDidChange(() => void update()),
    { dispose: () => (generation = Number.NaN) },
  );
}

