import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import { DIAGNOSTIC_SOURCE, toRange } from '../diagnostics/toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import type { Finding } from '../../core/engineApi';
import { pairWithCandidateAction } from './pairWithCandidate';

/** Rules whose fixes can all be applied at once: each touches only its own characters. */
const FIX_ALL_RULES = new Set(['typography']);

/**
 * Quick fixes on findings: go to the counterpart, and, where the engine says it is safe (a
 * changed number, a renamed placeholder, an address with no language in it, typography, a
 * note after a link into the other language), the finding's own fix; for an unpaired file,
 * create its counterpart, or write the same translationKey into it and its probable
 * counterpart; fix all typography of the file at once (also as `source.fixAll`, for
 * `editor.codeActionsOnSave`). Every fix is an ordinary, undoable edit.
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
    const fixAll = ours.some((d) => FIX_ALL_RULES.has(String(d.code))) ? this.fixAll(document, findings, vscode.CodeActionKind.QuickFix) : undefined;
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

  /** Every fix of the fix-all rules in one edit (none when fewer than two: the quick fix is enough). */
  private fixAll(document: vscode.TextDocument, findings: Finding[], kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const fixes = findings.filter((f) => FIX_ALL_RULES.has(f.rule) && f.fix).map((f) => f.fix!);
    fixes.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
    const edit = new vscode.WorkspaceEdit();
    let last: vscode.Position | undefined;
    let count = 0;
    for (const fix of fixes) {
      const range = toRange(fix.range);
      if (last && range.start.isBefore(last)) continue; // overlapping fixes: the first wins, a second run does the rest
      edit.replace(document.uri, range, fix.text);
      last = range.end;
      count++;
    }
    if (count < 2 && kind === vscode.CodeActionKind.QuickFix) return undefined;
    if (!count) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all French typography in this file ({0} fixes)', count), kind);
    action.edit = edit;
    return action;
  }
}

export function registerParityCodeActions(checks: CheckService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ParityCodeActions(checks), { providedCodeActionKinds: ParityCodeActions.kinds });
}
