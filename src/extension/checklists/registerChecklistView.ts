import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import type { ClauseLibraryService } from '../clauses/clauseLibraryService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { getEngine } from '../engine/engine';
import { Disposable } from '../util/disposable';
import { evaluateActive, type ActiveChecklists } from './activeChecklists';
import type { ChecklistLibraryService } from './checklistLibraryService';
import { childrenOf, treeItemOf, type ChecklistNode } from './checklistTree';

export const CHECKLIST_VIEW = 'openDataToolkit.checklist';

/**
 * The checklist view of the side bar: the lists of the active Markdown file. Automatic items
 * follow the checks (updated when the file's findings change, after the diagnostics' debounce);
 * manual ticks are written to the file's front matter (`checklist-done`) as undoable edits.
 */
export class ChecklistView extends Disposable implements vscode.TreeDataProvider<ChecklistNode> {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private current: ActiveChecklists | undefined;
  private readonly view: vscode.TreeView<ChecklistNode>;
  private generation = 0;
  /** Resolves after each refresh (the integration tests wait on it). */
  private readonly refreshed = this.register(new vscode.EventEmitter<ActiveChecklists | undefined>());
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly checks: CheckService,
    private readonly lists: ChecklistLibraryService,
    private readonly clauses: ClauseLibraryService,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(CHECKLIST_VIEW, { treeDataProvider: this, showCollapseAll: true, manageCheckboxStateManually: true }));
    this.register(this.view.onDidChangeCheckboxState((e) => void this.ticked(e)));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.view.visible && void this.refresh()));
    // After each check (the diagnostics' debounce), whether or not its findings changed: a new heading changes no finding.
    this.register(checks.onDidCheck(() => this.view.visible && void this.refresh()));
    this.register(lists.onDidChange(() => this.view.visible && void this.refresh()));
    // Nothing is evaluated while the view is hidden: activation and typing stay cheap.
    this.register(this.view.onDidChangeVisibility((e) => e.visible && void this.refresh()));
  }

  /** The lists shown now (tests). */
  get state(): ActiveChecklists | undefined {
    return this.current;
  }

  async refresh(): Promise<ActiveChecklists | undefined> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    // An untitled document (an exported report, a scratch file) has no folder, configuration or pair: no list.
    const next = editor && editor.document.languageId === 'markdown' && editor.document.uri.scheme !== 'untitled' ? await evaluateActive(editor.document, this.index, this.checks, this.lists, this.clauses) : undefined;
    if (generation !== this.generation) return this.current;
    this.current = next;
    const ticked = next?.results.reduce((n, r) => n + r.ticked, 0) ?? 0;
    const total = next?.results.reduce((n, r) => n + r.total, 0) ?? 0;
    const missing = next?.results.reduce((n, r) => n + r.missingRequired.length, 0) ?? 0;
    this.view.description = next && total ? `${ticked}/${total}` : undefined;
    this.view.badge = missing ? { value: missing, tooltip: vscode.l10n.t('{0} required items missing', missing) } : undefined;
    this.view.message = !editor ? vscode.l10n.t('Open a Markdown file to see its checklists.') : next && !next.results.length ? vscode.l10n.t('No checklist applies: set the front matter field “type” to policy or chapter, or name the lists in the field “checklists”.') : undefined;
    this.changed.fire();
    this.refreshed.fire(next);
    return next;
  }

  /** Every tree item shown now, depth first (tests: what a screen reader is told). */
  treeItems(): vscode.TreeItem[] {
    const walk = (node?: ChecklistNode): vscode.TreeItem[] => this.getChildren(node).flatMap((child) => [this.getTreeItem(child), ...walk(child)]);
    return walk();
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    return childrenOf(node, this.current?.results ?? [], this.current?.uri, this.current?.counterpart?.uri);
  }

  /** Writes the ticks of the changed items; an untick also removes a tick recorded in the counterpart. */
  async setTicks(changes: ReadonlyArray<{ listId: string; itemId: string; ticked: boolean }>): Promise<boolean> {
    const current = this.current;
    if (!current) return false;
    const { checklists } = getEngine();
    const own = new Set(current.ownTicks);
    const other = new Set(current.counterpart?.ticks ?? []);
    for (const c of changes) {
      const key = checklists.tickKey(c.listId, c.itemId);
      if (c.ticked) own.add(key);
      else {
        own.delete(key);
        other.delete(key);
      }
    }
    const edit = new vscode.WorkspaceEdit();
    const add = async (uri: vscode.Uri, ticks: Set<string>) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const e = checklists.ticksEdit(document.getText(), [...ticks].sort());
      if (e) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
    };
    await add(current.uri, own);
    if (current.counterpart && other.size !== current.counterpart.ticks.length) await add(current.counterpart.uri, other);
    const applied = await vscode.workspace.applyEdit(edit);
    await this.refresh();
    return applied;
  }

  private async ticked(e: vscode.TreeCheckboxChangeEvent<ChecklistNode>): Promise<void> {
    const changes = e.items.flatMap(([node, state]) => (node.kind === 'item' ? [{ listId: node.result.list.id, itemId: node.item.item.id, ticked: state === vscode.TreeItemCheckboxState.Checked }] : []));
    if (changes.length) await this.setTicks(changes);
  }
}

export function registerChecklistView(index: WorkspaceIndex, checks: CheckService, lists: ChecklistLibraryService, clauses: ClauseLibraryService): ChecklistView {
  return new ChecklistView(index, checks, lists, clauses);
}
