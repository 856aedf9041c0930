import * as vscode from 'vscode';
import { ConfigService } from './config/configService';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { EngineHost } from './engine/engineHost';
import { CheckService, type CheckReport } from './checks/checkService';
import { registerDiagnosticsPresenter } from './diagnostics/diagnosticsPresenter';
import { registerCounterpartCommands } from './navigation/counterpartCommands';
import { registerMarkReviewedCommands } from './review/markReviewedCommand';
import { registerAlignedReview } from './review/registerAlignedReview';
import { registerDashboardView } from './dashboard/dashboardView';
import { registerXliffCommands } from './xliff/registerXliffCommands';
import { registerCreateCounterpart } from './creation/createCounterpartCommand';
import { registerParityCodeActions } from './codeActions/parityCodeActions';
import { SpellingInputs } from './spelling/spellingInputs';
import { registerAddToDictionary } from './spelling/addToDictionary';
import { registerPairStatusBar } from './statusBar/pairStatusBar';
import { registerNewChapterCommand } from './chapters/newChapterCommand';
import { createTemplateLibraryService } from './chapters/templateLibraryService';
import { registerClauseFeatures } from './clauses/registerClauseFeatures';
import { createClauseLibraryService } from './clauses/clauseLibraryService';
import { checkWorkspaceOnStartup, registerCheckWorkspaceCommand } from './checks/checkWorkspaceCommand';
import { registerWorkspaceStatusBar } from './statusBar/workspaceStatusBar';
import { registerSnippetCompletions } from './snippets/snippetCompletions';
import { createLog } from './log/outputLog';
import { createChecklistLibraryService } from './checklists/checklistLibraryService';
import { registerChecklistView, type ChecklistView } from './checklists/registerChecklistView';
import { registerChecklistFix } from './checklists/checklistFixes';
import { registerExportChecklistReport } from './checklists/exportReportCommand';

/** What the extension offers other code (its integration tests among them). */
export interface ToolkitApi {
  /** Fires after each check with the files it updated and how long it took. */
  onDidCheck: vscode.Event<CheckReport>;
  /** Checks every pair of the workspace; resolves with the number of pairs. */
  checkWorkspace(): Promise<number>;
  /** The checklist view of the active file. */
  checklists: Pick<ChecklistView, 'refresh' | 'setTicks' | 'state' | 'onDidRefresh' | 'treeItems'>;
}

/**
 * Wires the features; each returns its Disposables. Nothing heavy happens here: the engine
 * (parsers, rules) loads in worker threads on the first check, after activation.
 */
export function activate(context: vscode.ExtensionContext): ToolkitApi {
  performance.mark('openDataToolkit/activate/start');
  const log = createLog();
  const configs = new ConfigService();
  const index = new WorkspaceIndex(configs);
  const engines = new EngineHost(context.extensionUri);
  const clauses = createClauseLibraryService(context.extensionUri, configs);
  const spelling = new SpellingInputs();
  const checks = new CheckService(configs, index, engines, log, clauses, spelling);
  const checklistLibrary = createChecklistLibraryService(context.extensionUri, configs);
  const checklistView = registerChecklistView(index, checks, checklistLibrary, clauses);
  const templates = createTemplateLibraryService(context.extensionUri, configs);
  context.subscriptions.push(
    log,
    configs,
    index,
    engines,
    spelling,
    checks,
    registerDiagnosticsPresenter(checks, index),
    registerCounterpartCommands(index, checks),
    registerCreateCounterpart(index, checks),
    registerMarkReviewedCommands(index),
    registerAlignedReview(context.extensionUri, index, checks),
    registerDashboardView(context.extensionUri, index, checks),
    registerXliffCommands(index, checks, log),
    registerParityCodeActions(checks),
    registerAddToDictionary(checks, index, spelling),
    registerPairStatusBar(index, checks),
    registerWorkspaceStatusBar(checks),
    registerSnippetCompletions(context.extensionUri, index),
    templates,
    ...registerNewChapterCommand(templates),
    clauses,
    registerClauseFeatures(configs, index, clauses, context.extensionUri),
    registerCheckWorkspaceCommand(checks, log),
    checkWorkspaceOnStartup(),
    checklistLibrary,
    checklistView,
    registerChecklistFix(checklistView, index, clauses),
    registerExportChecklistReport(index, checks, checklistLibrary, clauses),
  );
  // The first check waits for activation to return, so activation stays cheap.
  setTimeout(() => {
    checks.recheckOpen();
    // Organisation clause folders: their problems show without waiting for a policy to use them.
    void clauses.loadConfigured();
  }, 0);
  performance.mark('openDataToolkit/activate/end');
  return { onDidCheck: checks.onDidCheck, checkWorkspace: async () => (await checks.checkAll()).pairs, checklists: checklistView };
}

export function deactivate(): void {}
