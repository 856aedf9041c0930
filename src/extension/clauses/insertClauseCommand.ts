import { COMMANDS } from '../commands';
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { clauseContextOf } from './clauseContext';
import { pickClause } from './clausePicker';
import { clauseSnippetFor } from './clauseSnippet';

/**
 * "Insert policy clause…": pick a clause in the document's language (with a preview) and
 * insert it at the cursor as a snippet between its markers, parameters as tab stops filled
 * from the configuration. A clause id as argument skips the picker (tests, keybindings).
 * Resolves with the id and version inserted.
 */
export function registerInsertClauseCommand(index: WorkspaceIndex, library: ClauseLibraryService, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.insertClause, async (preset?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown policy first: the clause is inserted at the cursor.'));
      return undefined;
    }
    const context = await clauseContextOf(editor.document, index, library);
    const clause = typeof preset === 'string' ? context.catalogue.library.byId.get(preset) : await pickClause(context, extensionUri);
    if (!clause) {
      if (typeof preset === 'string') void vscode.window.showErrorMessage(vscode.l10n.t('There is no clause “{0}” in the library.', preset));
      return undefined;
    }
    if (typeof preset !== 'string' && holdsClause(editor.document.getText(), clause.id)) {
      const again = vscode.l10n.t('Insert it again');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('This document already holds the clause “{0}”.', clause.title[context.lang]), { modal: true }, again);
      if (answer !== again) return undefined;
    }
    // The picker and its preview had the focus: give it back to the editor for the tab stops.
    const target = typeof preset === 'string' ? editor : await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: editor.selection });
    const inserted = await target.insertSnippet(clauseSnippetFor(target.document, target.selection, clause, context), target.selection);
    return inserted ? { id: clause.id, version: clause.version } : undefined;
  });
}

/** Whether the text has the opening marker of that clause (`<!-- clause:id@1.0.0 -->`). */
function holdsClause(text: string, id: string): boolean {
  return new RegExp(`<!--\\s*clause:${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:@|\\s|-->)`).test(text);
}
