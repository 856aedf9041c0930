import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CheckService } from '../checks/checkService';
import type { Log } from '../log/outputLog';
import { exportXliff, type XliffVersion } from './exportXliff';
import { importXliff } from './importXliff';

const FILTERS = { XLIFF: ['xlf', 'xliff'] };

/**
 * “Export for translation (XLIFF)…” (the version, then where, in a save dialog) and “Import
 * translation (XLIFF)…” (an open dialog). The internal twins take every answer as arguments,
 * for tests and other extensions; the dialogs are only on the user's path.
 */
export function registerXliffCommands(index: WorkspaceIndex, checks: CheckService, log: Log): vscode.Disposable {
  const exportAsked = async (uri?: vscode.Uri) => {
    const source = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the English file of a pair to export it for translation.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'XLIFF 2.1', description: vscode.l10n.t('recommended'), version: '2.1' as const },
        { label: 'XLIFF 1.2', description: vscode.l10n.t('for older CAT tools'), version: '1.2' as const },
      ],
      { title: vscode.l10n.t('Export for translation (XLIFF)'), placeHolder: vscode.l10n.t('XLIFF version') },
    );
    if (!picked) return undefined;
    const name = source.path.split('/').pop()!.replace(/(\.(en|fr))?\.(md|markdown|mdx)$/i, '') + '.xlf';
    const out = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(source, '..', name), filters: FILTERS, title: vscode.l10n.t('Export for translation (XLIFF)') });
    return out && exportXliff(index, checks, source, out, picked.version);
  };
  const importAsked = async () => {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: FILTERS, title: vscode.l10n.t('Import translation (XLIFF)'), defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
    return picked?.[0] && importXliff(checks, log, picked[0]);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.exportXliff, exportAsked),
    vscode.commands.registerCommand(COMMANDS.importXliff, importAsked),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.exportXliffTo, (source: vscode.Uri, out: vscode.Uri, version: XliffVersion = '2.1') => exportXliff(index, checks, source, out, version)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.importXliffFrom, (xlf: vscode.Uri) => importXliff(checks, log, xlf)),
  );
}
