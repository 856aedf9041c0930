import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import * as vscode from 'vscode';
import type { LoadedClause } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { clauseContextOf, type ClauseContext } from './clauseContext';
import { pickClause } from './clausePicker';
import { clauseSnippetFor } from './clauseSnippet';
import { dialogPrompts, scriptedPrompts, type ClauseAnswers, type ClausePrompts, type PromptRecord } from './clausePrompts';

export interface InsertedClause {
  id: string;
  version: string;
}

/**
 * "Insert policy clause…": pick a clause in the document's language (with a preview) and
 * insert it at the cursor as a snippet between its markers, parameters as tab stops filled
 * from the configuration. Before inserting, it warns when the document already holds the
 * clause, and asks for the dates nothing answers (typed `YYYY-MM-DD`, written « 1er avril
 * 2027 » / "April 1, 2027" as the clause's language wants). A clause id as argument skips the
 * picker (keybindings, the checklist's fix). The internal twin takes the answers in advance
 * and also resolves with what it asked and any answer refused (tests).
 */
export function registerInsertClauseCommand(index: WorkspaceIndex, library: ClauseLibraryService, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.insertClause, (preset?: unknown) => insertClause(typeof preset === 'string' ? preset : undefined, dialogPrompts, index, library, extensionUri)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.insertClauseWith, async (id: string, answers: ClauseAnswers = {}) => {
      const record: PromptRecord = { asked: [] };
      const inserted = await insertClause(id, scriptedPrompts(answers, record), index, library, extensionUri);
      return { inserted, ...record };
    }),
  );
}

async function insertClause(preset: string | undefined, prompts: ClausePrompts, index: WorkspaceIndex, library: ClauseLibraryService, extensionUri: vscode.Uri): Promise<InsertedClause | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown policy first: the clause is inserted at the cursor.'));
    return undefined;
  }
  const context = await clauseContextOf(editor.document, index, library);
  const clause = preset !== undefined ? context.catalogue.library.byId.get(preset) : await pickClause(context, extensionUri);
  if (!clause) {
    if (preset !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('There is no clause “{0}” in the library.', preset));
    return undefined;
  }
  if (holdsClause(editor.document.getText(), clause.id) && !(await prompts.insertAgain(clause.title[context.lang]))) return undefined;
  const dates = await askDates(clause, context, prompts);
  if (!dates) return undefined;
  // The picker, its preview or a prompt had the focus: give it back to the editor for the tab stops.
  const target = vscode.window.activeTextEditor === editor ? editor : await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: editor.selection });
  const values = { ...context.values, ...dates };
  const inserted = await target.insertSnippet(clauseSnippetFor(target.document, target.selection, clause, { ...context, values }), target.selection);
  return inserted ? { id: clause.id, version: clause.version } : undefined;
}

/**
 * The date parameters of the clause's text that neither the configuration nor a default
 * answers, asked one by one. Undefined when the writer cancelled; an empty answer leaves the
 * tab stop for later.
 */
async function askDates(clause: LoadedClause, context: ClauseContext, prompts: ClausePrompts): Promise<Record<string, string> | undefined> {
  const engine = getEngine();
  const known = engine.clauses.effectiveValues(clause.parameters, context.values);
  const used = new Set(engine.clauses.placeholderNames(clause.body[context.lang]));
  const unanswered = clause.parameters.filter((p) => p.type === 'date' && used.has(p.name) && known[p.name] === undefined);
  const dates: Record<string, string> = {};
  for (const [i, parameter] of unanswered.entries()) {
    const answer = await prompts.date(parameter, context.lang, `${i + 1}/${unanswered.length}`);
    if (answer === null) return undefined;
    if (answer) dates[parameter.name] = answer;
  }
  return dates;
}

/** Whether the text has the opening marker of that clause (`<!-- clause:id@1.0.0 -->`). */
function holdsClause(text: string, id: string): boolean {
  return new RegExp(`<!--\\s*clause:${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:@|\\s|-->)`).test(text);
}
