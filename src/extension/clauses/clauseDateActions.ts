import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import { toRange } from '../diagnostics/toDiagnostic';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { clauseContextOf } from './clauseContext';

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * A date typed as `2027-04-01` into a clause's date tab stop reads badly in prose: on that date,
 * inside a clause that has a date parameter, a quick fix writes it the way of the document's
 * language (« 1er avril 2027 », “April 1, 2027”), as insertion writes the dates it was given.
 * Clauses without a date parameter are left alone: an ISO date there is the writer's choice.
 */
export class ClauseDateActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly library: ClauseLibraryService,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const engine = getEngine();
    const text = document.getText();
    if (!engine.mentionsClauses(text)) return [];
    const marker = engine.clauses.findClauseMarkers(text, document.uri.path).clauses.find((m) => toRange(m.contentRange).contains(range.start));
    if (!marker) return [];
    const context = await clauseContextOf(document, this.index, this.library);
    const clause = context.catalogue.library.byId.get(marker.id);
    if (!clause?.parameters.some((p) => p.type === 'date')) return [];
    const contentStart = document.offsetAt(toRange(marker.contentRange).start);
    const actions: vscode.CodeAction[] = [];
    for (const m of marker.content.matchAll(ISO_DATE)) {
      const at = new vscode.Range(document.positionAt(contentStart + (m.index ?? 0)), document.positionAt(contentStart + (m.index ?? 0) + m[0].length));
      if (!at.intersection(range) || !engine.clauses.isCalendarDate(m[0])) continue;
      const written = engine.clauses.formatDate(m[0], context.lang);
      const action = new vscode.CodeAction(vscode.l10n.t('Write {0} as “{1}”', m[0], written), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, at, written);
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}

export function registerClauseDateActions(index: WorkspaceIndex, library: ClauseLibraryService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ClauseDateActions(index, library), { providedCodeActionKinds: ClauseDateActions.kinds });
}
