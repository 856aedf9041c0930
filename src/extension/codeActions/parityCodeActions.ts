import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import { DIAGNOSTIC_SOURCE, toRange } from '../diagnostics/toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import type { Finding } from '../../core/engineApi';
import { pairWithCandidateAction } from './pairWithCandidate';

/**
 * Quick fixes on findings: go to the counterpart, and, where the engine says it is safe (a
 * changed number, a renamed placeholder, an address with no language in it, typography, a
 * note after a link into the other language), the finding's own fix; for an unpaired file,
 * create its counterpart, or write the same translationKey into it and its probable
 * counterpart; apply every safe fix of the file at once, the rules marked `fixAll` as
 * `toolkit-check --fix` does (also as `source.fixAll`, for `editor.codeActionsOnSave`). Every fix is an ordinary, undoable edit.
 */
export class ParityCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append('openDataToolkit')];

  constructor(private readonly checks: CheckService) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const findings = this.checks.findingsOf(document.uri);
    if (context.only && ParityCodeActions.kinds[1].contains(context.only)) {
      const all = this.fixAll(document, findings, ParityCodeActions.kinds[1]);
      return all ? [all] : [];
    }
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length) return [];
    const actions: vscode.CodeAction[] = [];
    const fixAllRules = getEngine().FIX_ALL_RULE_IDS as ReadonlySet<string>;
    const fixAll = ours.some((d) => fixAllRules.has(String(d.code))) ? this.fixAll(document, findings, vscode.CodeActionKind.QuickFix) : undefined;
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
      // Other choices (more spelling suggestions), never preferred: the user picks one.
      for (const alternative of finding?.alternatives ?? []) {
        const action = new vscode.CodeAction(getEngine().formatMessage(alternative.title.messageId, alternative.title.args, uiLanguage()), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, toRange(alternative.range), alternative.text);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      if (finding?.rule === 'unpaired') {
        const action = new vscode.CodeAction(vscode.l10n.t('Create the counterpart of this file'), vscode.CodeActionKind.QuickFix);
        action.command = { command: COMMANDS.createCounterpart, title: action.title, arguments: [document.uri] };
        action.diagnostics = [diagnostic];
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
    if (fixAll) actions.push(fixAll);
    return actions;
  }

  /** Every fix of the fix-all rules in one edit, chosen as `--fix` chooses them (none when fewer than two: the quick fix is enough). */
  private fixAll(document: vscode.TextDocument, findings: Finding[], kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const fixes = getEngine().chooseFixes(findings);
    if (!fixes.length || (fixes.length < 2 && kind === vscode.CodeActionKind.QuickFix)) return undefined;
    const edit = new vscode.WorkspaceEdit();
    for (const { fix } of fixes) edit.replace(document.uri, toRange(fix.range), fix.text);
    const action = new vscode.CodeAction(vscode.l10n.t('Apply all safe fixes in this file ({0} fixes)', fixes.length), kind);
    action.edit = edit;
    return action;
  }
}

export function registerParityCodeActions(checks: CheckService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ParityCodeActions(checks), { providedCodeActionKinds: ParityCodeActions.kinds });
}
