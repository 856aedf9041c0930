import * as vscode from 'vscode';
import type { ItemFix } from '../../core/checklists/index';
import type { LoadedClause } from '../../core/clauses/index';
import { COMMANDS } from '../commands';
import { getEngine } from '../engine/engine';
import type { ClauseLibraryService } from '../clauses/clauseLibraryService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ChecklistNode } from './checklistTree';
import type { ChecklistView } from './registerChecklistView';

/** Which item to fix: the tree's node (menus), or its list and item ids (tests, key bindings). */
type FixTarget = ChecklistNode | { listId: string; itemId: string };

/**
 * “Fix”, on a missing automatic item of the checklist view: inserts a clause that satisfies it
 * through the ordinary “Insert policy clause” command (a choice when several clauses would do),
 * adds the missing front matter field with the cursor on its value, or runs “Create missing
 * counterpart”. Each is one undoable edit, or a new file the command never overwrites.
 */
export function registerChecklistFix(view: ChecklistView, index: WorkspaceIndex, clauses: ClauseLibraryService): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.checklistFix, async (target?: FixTarget) => {
    const current = view.state;
    const ids = !target ? undefined : 'kind' in target ? (target.kind === 'item' ? { listId: target.result.list.id, itemId: target.item.item.id } : undefined) : target;
    const result = ids && current?.results.find((r) => r.list.id === ids.listId)?.sections.flatMap((s) => s.items).find((i) => i.item.id === ids.itemId);
    if (!current || !result) return undefined;
    const fix = getEngine().checklists.itemFix(result.item.check);
    if (!fix || result.state === 'ticked') return undefined;
    const document = await vscode.workspace.openTextDocument(current.uri);
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    let done: unknown;
    if (fix.kind === 'counterpart') done = await vscode.commands.executeCommand(COMMANDS.createCounterpart, current.uri);
    else if (fix.kind === 'frontMatter') done = await addField(editor, fix.key);
    else done = await insertClause(editor, fix, index, clauses);
    await view.refresh();
    return done;
  });
}

async function addField(editor: vscode.TextEditor, key: string): Promise<boolean> {
  const document = editor.document;
  const field = getEngine().checklists.frontMatterFieldEdit(document.getText(), key);
  if (!field) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Add the field “{0}” to the front matter by hand: its parent is written in a form this command does not change.', key));
    return false;
  }
  if (field.edit) {
    const { start, end, text } = field.edit;
    const ok = await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(start), document.positionAt(end)), text));
    if (!ok) return false;
  }
  const at = document.positionAt(field.cursor);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at));
  return true;
}

async function insertClause(editor: vscode.TextEditor, fix: Extract<ItemFix, { kind: 'clause' }>, index: WorkspaceIndex, clauses: ClauseLibraryService): Promise<unknown> {
  const engine = getEngine();
  const info = await index.pairOf(editor.document.uri);
  if (!info) return undefined;
  const lang = info.lang ?? info.config.sourceLanguage;
  const library = (await clauses.libraryFor(info.root)).library;
  const candidates = engine.checklists.clausesForFix(fix, library.clauses);
  if (!candidates.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No clause of the library satisfies this item; write the provision in your own words.'));
    return undefined;
  }
  const clause = candidates.length === 1 ? candidates[0] : await chooseClause(candidates, lang);
  if (!clause) return undefined;
  // A cursor inside the front matter (where a freshly opened file has it) would break it: the clause goes at the end.
  const text = editor.document.getText();
  if (editor.document.offsetAt(editor.selection.start) < engine.checklists.frontMatterEnd(text) || editor.selection.start.line === 0) {
    const end = editor.document.positionAt(text.length);
    editor.selection = new vscode.Selection(end, end);
  }
  return vscode.commands.executeCommand(COMMANDS.insertClause, clause.id);
}

async function chooseClause(candidates: readonly LoadedClause[], lang: 'en' | 'fr'): Promise<LoadedClause | undefined> {
  const picked = await vscode.window.showQuickPick(
    candidates.map((clause) => ({ label: clause.title[lang], description: `${clause.id} · ${clause.sources.join(', ')}`, clause })),
    { title: vscode.l10n.t('Insert a clause that satisfies this item'), matchOnDescription: true },
  );
  return picked?.clause;
}
