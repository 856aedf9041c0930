import * as vscode from 'vscode';
import type { CheckService } from './checkService';
import type { Log } from '../log/outputLog';
import { COMMANDS } from '../commands';
import { summaryOf } from '../statusBar/workspaceStatusBar';

/**
 * "Check all bilingual pairs": every pair and unpaired file of the workspace, with progress,
 * then a summary with a button to the Problems panel (unless `quiet`, as at start-up).
 */
export function registerCheckWorkspaceCommand(checks: CheckService, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.checkWorkspace, (options?: unknown) =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking bilingual pairs…'), cancellable: true }, async (_p, token) => {
      const { pairs, files } = await checks.checkAll(token);
      const summary = summaryOf(checks, pairs);
      log.info(`checked ${pairs} pairs (${files} files): ${summary}`);
      const quiet = typeof options === 'object' && options !== null && (options as { quiet?: unknown }).quiet === true;
      if (!quiet && !token.isCancellationRequested) {
        const open = vscode.l10n.t('Open Problems');
        void vscode.window.showInformationMessage(summary, open).then((choice) => choice === open && vscode.commands.executeCommand('workbench.actions.view.problems'));
      }
      return pairs;
    }),
  );
}

/** At start-up, when the setting allows: the whole workspace, quietly, once the window has settled. */
export function checkWorkspaceOnStartup(): vscode.Disposable {
  const timer = setTimeout(() => {
    if (vscode.workspace.getConfiguration('openDataToolkit').get<boolean>('checkWorkspaceOnStartup', true)) {
      void vscode.commands.executeCommand(COMMANDS.checkWorkspace, { quiet: true });
    }
  }, STARTUP_DELAY_MS);
  return { dispose: () => clearTimeout(timer) };
}

/** Lets the editors the user reopens be checked first. */
const STARTUP_DELAY_MS = 2000;
