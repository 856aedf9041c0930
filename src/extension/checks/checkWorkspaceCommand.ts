import * as vscode from 'vscode';
import type { CheckService } from './checkService';
import type { Log } from '../log/outputLog';
import { COMMANDS } from '../commands';

/** "Check all bilingual pairs": every pair and unpaired file of the workspace, with progress. */
export function registerCheckWorkspaceCommand(checks: CheckService, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.checkWorkspace, () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking bilingual pairs…'), cancellable: true }, async (_p, token) => {
      const { pairs, files } = await checks.checkAll(token);
      log.info(`checked ${pairs} pairs (${files} files)`);
      return pairs;
    }),
  );
}
