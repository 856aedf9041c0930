import * as vscode from 'vscode';
import { ConfigService } from './config/configService';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { DocumentCache } from './workspace/documentCache';
import { ParityDiagnostics, type CheckReport } from './diagnostics/parityDiagnostics';
import { registerCounterpartCommands } from './navigation/counterpartCommands';
import { registerCreateCounterpart } from './creation/createCounterpartCommand';
import { registerParityCodeActions } from './codeActions/parityCodeActions';
import { registerPairStatusBar } from './statusBar/pairStatusBar';
import { registerNewChapterCommand } from './chapters/newChapterCommand';
import { registerClauseFeatures } from './clauses/registerClauseFeatures';
import { ClauseLibraryService } from './clauses/clauseLibraryService';

/** What the extension offers other code (its integration tests among them). */
export interface ToolkitApi {
  /** Fires after each check with the files it updated and how long it took. */
  onDidCheck: vscode.Event<CheckReport>;
  /** Checks every pair of the workspace; resolves with the number of pairs. */
  checkWorkspace(): Promise<number>;
}

/**
 * Wires the features; each returns its Disposables. Nothing heavy happens here: the engine
 * (parsers, rules) loads on the first check, after activation.
 */
export function activate(context: vscode.ExtensionContext): ToolkitApi {
  performance.mark('openDataToolkit/activate/start');
  const configs = new ConfigService();
  const index = new WorkspaceIndex(configs);
  const cache = new DocumentCache();
  const clauses = new ClauseLibraryService(context.extensionUri, configs);
  const diagnostics = new ParityDiagnostics(configs, index, cache, clauses);
  context.subscriptions.push(
    configs,
    index,
    diagnostics,
    registerCounterpartCommands(index, cache),
    registerCreateCounterpart(index, cache),
    registerParityCodeActions(diagnostics, index),
    registerPairStatusBar(index, diagnostics),
    registerNewChapterCommand(),
    clauses,
    registerClauseFeatures(configs, index, clauses, context.extensionUri),
    vscode.commands.registerCommand('openDataToolkit.checkWorkspace', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking bilingual pairs…'), cancellable: true }, (_p, token) => diagnostics.checkAll(token)),
    ),
  );
  // The first check waits for activation to return, so activation stays cheap.
  setTimeout(() => {
    diagnostics.recheckOpen();
    // Organisation clause folders: their problems show without waiting for a policy to use them.
    void clauses.loadConfigured();
  }, 0);
  performance.mark('openDataToolkit/activate/end');
  return { onDidCheck: diagnostics.onDidCheck, checkWorkspace: () => diagnostics.checkAll() };
}

export function deactivate(): void {}
