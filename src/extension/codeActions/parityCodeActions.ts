import * as vscode from 'vscode';
import type { Finding } from '../../core/engineApi';
import { getEngine } from '../engine/engine';
import type { ParityDiagnostics } from '../diagnostics/parityDiagnostics';
import { DIAGNOSTIC_SOURCE, toRange } from '../diagnostics/toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

interface Fix {
  range: Finding['range'];
  text: string;
  titleId: string;
  titleArgs?: Record<string, string>;
}

/**
 * Quick fixes on parity findings: go to the counterpart, and, where the engine says it is safe
 * (a changed number, a renamed placeholder, an address with no language in it), copy the
 * other language's value. Every fix is an ordinary, undoable edit.
 */
export class ParityCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly diagnostics: ParityDiagnostics,
    private readonly index: WorkspaceIndex,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length) return [];
    const findings = this.diagnostics.findingsOf(document.uri);
    const info = await this.index.pairOf(document.uri);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((f) => f.rule === diagnostic.code && toRange(f.range).isEqual(diagnostic.range));
      const fix = finding?.data?.fix as Fix | undefined;
      if (fix) {
        const title = getEngine().formatMessage(fix.titleId, fix.titleArgs, uiLanguage());
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, toRange(fix.range), fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      const related = diagnostic.relatedInformation?.[0];
      if (related && info) {
        const action = new vscode.CodeAction(
          vscode.l10n.t('Go to the counterpart in {0} (line {1})', vscode.workspace.asRelativePath(related.location.uri), related.location.range.start.line + 1),
          vscode.CodeActionKind.QuickFix,
        );
        action.command = { command: 'openDataToolkit.revealLocation', title: action.title, arguments: [related.location.uri, related.location.range] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerParityCodeActions(diagnostics: ParityDiagnostics, index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ParityCodeActions(diagnostics, index), { providedCodeActionKinds: ParityCodeActions.kinds });
}
