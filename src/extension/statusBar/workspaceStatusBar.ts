import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import { COMMANDS } from '../commands';
import { count, plural } from '../util/plural';

/**
 * The workspace's state at a glance: "not checked yet" until every file has been checked once
 * (a click checks them), then the count of errors and warnings (a click opens the Problems panel).
 */
export function registerWorkspaceStatusBar(checks: CheckService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('openDataToolkit.workspace', vscode.StatusBarAlignment.Left, 49);
  item.name = vscode.l10n.t('Bilingual workspace');
  const update = () => {
    if (!vscode.workspace.workspaceFolders?.length) return item.hide();
    if (!checks.hasCheckedAll()) {
      item.text = `$(checklist) ${vscode.l10n.t('Not checked yet')}`;
      item.tooltip = vscode.l10n.t('The bilingual pairs of the workspace have not all been checked yet. Click to check them all.');
      item.command = COMMANDS.checkWorkspace;
    } else {
      const { errors, warnings } = checks.totals();
      item.text = `$(checklist) $(error) ${count(errors)} $(warning) ${count(warnings)}`;
      item.tooltip = `${summaryOf(checks)} ${vscode.l10n.t('Click to open the Problems panel.')}`;
      item.command = 'workbench.actions.view.problems';
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, checks.onDidCheckAll(update), checks.onDidChangeFindings(update), vscode.workspace.onDidChangeWorkspaceFolders(update));
}

/** "12 pairs checked: 3 errors, 1 warning, 2 files without a counterpart." in the UI language. */
export function summaryOf(checks: CheckService, pairs?: number): string {
  const { errors, warnings, unpaired } = checks.totals();
  const parts = [
    plural(errors, vscode.l10n.t('{0} error', count(errors)), vscode.l10n.t('{0} errors', count(errors))),
    plural(warnings, vscode.l10n.t('{0} warning', count(warnings)), vscode.l10n.t('{0} warnings', count(warnings))),
    plural(unpaired, vscode.l10n.t('{0} file without a counterpart', count(unpaired)), vscode.l10n.t('{0} files without a counterpart', count(unpaired))),
  ].join(', ');
  return pairs === undefined
    ? vscode.l10n.t('{0}.', parts)
    : plural(pairs, vscode.l10n.t('{0} pair checked: {1}.', count(pairs), parts), vscode.l10n.t('{0} pairs checked: {1}.', count(pairs), parts));
}
