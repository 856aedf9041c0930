import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import { DIAGNOSTIC_SOURCE, toRange } from '../diagnostics/toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import { INTERNAL_COMMANDS } from '../commands';
import { pairWithCandidateAction } from './pairWithCandidate';

/**
 * Quick fixes on findings: go to the counterpart, and, where the engine says it is safe (a
 * changed number, a renamed placeholder, an address with no language in it, typography), the
 * finding's own fix; for an unpaired file with a probable counterpart, the same translationKey
 * in both. Every fix is an ordinary, undoable edit.
 */
export class ParityCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checks: CheckService) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length) return [];
    const findings = this.checks.findingsOf(document.uri);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((f) => f.rule === diagnostic.code && toRange(f.range).isEqual(diagnostic.range));
      const fix = finding?.fix;
      if (fix) {
        const title = getEngine().formatMessage(fix.title.messageId, fix.title.args, uiLanguage());
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, toRange(fix.range), fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      const pairing = await pairWithCandidateAction(document, diagnostic, finding);
      if (pairing) actions.push(pairing);
      const related = diagnostic.relatedInformation?.[0];
      if (related) {
        const action = new vscode.CodeAction(
          vscode.l10n.t('Go to the counterpart in {0} (line {1})', vscode.workspace.asRelativePath(related.location.uri), related.location.range.start.line + 1),
          vscode.CodeActionKind.QuickFix,
        );
        action.command = { command: INTERNAL_COMMANDS.revealLocation, title: action.title, arguments: [related.location.uri, related.location.range] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerParityCodeActions(checks: CheckService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ParityCodeActions(checks), { providedCodeActionKinds: ParityCodeActions.kinds });
}
