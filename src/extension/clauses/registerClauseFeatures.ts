import * as vscode from 'vscode';
import type { ConfigService } from '../config/configService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { registerInsertClauseCommand } from './insertClauseCommand';
import { registerClauseCompletions } from './clauseCompletions';
import { registerClauseHover } from './clauseHover';
import { registerAssemblePolicyCommand } from './assemblePolicyCommand';
import { registerClauseDriftActions } from './clauseDriftActions';
import { registerClauseDateActions } from './clauseDateActions';

/** The policy clause features: insertion, completions, hover, quick fixes (drift, ISO dates) and assembly (diagnostics run with the parity check). */
export function registerClauseFeatures(configs: ConfigService, index: WorkspaceIndex, library: ClauseLibraryService, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    registerInsertClauseCommand(index, library, extensionUri),
    registerClauseCompletions(index, library),
    registerClauseHover(index, library),
    registerClauseDriftActions(index, library),
    registerClauseDateActions(index, library),
    ...registerAssemblePolicyCommand(configs, library),
  );
}
