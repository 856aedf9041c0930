import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import { DIAGNOSTIC_SOURCE, toRange } from '../diagnostics/toDiagnostic';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { clauseContextOf } from './clauseContext';

/**
 * Quick fixes on a clause whose text drifted from the library (`clause-drift`): put the
 * library's text back (values from the configuration; a placeholder nothing answers stays
 * `{{name}}` for the writer, as assembly leaves it), or keep the wording and mark the clause
 * `adapted` in its opening marker, which stops the drift report (a newer library version is
 * still reported). Both are ordinary workspace edits, undone with Undo.
 */
export class ClauseDriftActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly library: ClauseLibraryService,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const drifts = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'clause-drift');
    if (!drifts.length) return [];
    const engine = getEngine();
    const markers = engine.clauses.findClauseMarkers(document.getText(), document.uri.path).clauses;
    const clauseContext = await clauseContextOf(document, this.index, this.library);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of drifts) {
      const marker = markers.find((m) => toRange(m.contentRange).isEqual(diagnostic.range));
      const clause = marker && clauseContext.catalogue.library.byId.get(marker.id);
      if (!marker || !clause || marker.version !== clause.version) continue;
      const title = clause.title[clauseContext.lang];

      const update = new vscode.CodeAction(vscode.l10n.t('Update “{0}” to the library’s text', title), vscode.CodeActionKind.QuickFix);
      update.edit = new vscode.WorkspaceEdit();
      const filled = engine.clauses.fillClause(clause, clauseContext.lang, clauseContext.values).text.replace(/\n+$/, '');
      update.edit.replace(document.uri, toRange(marker.contentRange), filled);
      update.diagnostics = [diagnostic];

      const keep = new vscode.CodeAction(vscode.l10n.t('Keep my wording of “{0}” (mark the clause as adapted)', title), vscode.CodeActionKind.QuickFix);
      keep.edit = new vscode.WorkspaceEdit();
      keep.edit.replace(document.uri, toRange(marker.openRange), engine.clauses.openMarker(clause.id, clause.version, true));
      keep.diagnostics = [diagnostic];
      actions.push(update, keep);
    }
    return actions;
  }
}

export function registerClauseDriftActions(index: WorkspaceIndex, library: ClauseLibraryService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ClauseDriftActions(index, library), { providedCodeActionKinds: ClauseDriftActions.kinds });
}
