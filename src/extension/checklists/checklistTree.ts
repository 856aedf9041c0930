import * as vscode from 'vscode';
import type { ChecklistResult, ItemResult } from '../../core/checklists/index';
import { getEngine } from '../engine/engine';
import { uiLanguage } from '../util/uiLanguage';

export type ChecklistNode =
  | { kind: 'list'; result: ChecklistResult }
  | { kind: 'section'; result: ChecklistResult; index: number }
  | { kind: 'item'; result: ChecklistResult; item: ItemResult; uri: vscode.Uri; counterpart?: vscode.Uri };

/** The tree items of the checklist view: lists with their progress, sections, items ticked by the engine or by a person. */
export function treeItemOf(node: ChecklistNode): vscode.TreeItem {
  const lang = uiLanguage();
  if (node.kind === 'list') {
    const item = new vscode.TreeItem(node.result.list.title[lang], vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.result.list.id;
    item.description = `${node.result.ticked}/${node.result.total}`;
    item.tooltip = node.result.list.description?.[lang];
    item.contextValue = 'checklist';
    item.accessibilityInformation = { label: vscode.l10n.t('{0}: {1} of {2} ticked, {3} required missing', node.result.list.title[lang], node.result.ticked, node.result.total, node.result.missingRequired.length) };
    return item;
  }
  if (node.kind === 'section') {
    const section = node.result.sections[node.index];
    const item = new vscode.TreeItem(section.section.title[lang], vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${node.result.list.id}#${node.index}`;
    const ticked = section.items.filter((i) => i.state === 'ticked').length;
    item.description = `${ticked}/${section.items.length}`;
    item.accessibilityInformation = { label: vscode.l10n.t('{0}: {1} of {2} ticked', section.section.title[lang], ticked, section.items.length) };
    return item;
  }
  const { item: result } = node;
  const entry = result.item;
  const item = new vscode.TreeItem(entry.label[lang], vscode.TreeItemCollapsibleState.None);
  item.id = `${node.result.list.id}/${entry.id}`;
  const reason = getEngine().formatMessage(result.reason.messageId, result.reason.args, lang);
  item.description = entry.required ? `${vscode.l10n.t('required')} · ${reason}` : reason;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(entry.label[lang]);
  if (entry.help) tooltip.appendMarkdown('\n\n').appendText(entry.help[lang]);
  tooltip.appendMarkdown('\n\n').appendText(`${stateText(result)} — ${reason}`);
  if (entry.sources?.length) tooltip.appendMarkdown('\n\n').appendText(vscode.l10n.t('Sources: {0}', entry.sources.join(', ')));
  item.tooltip = tooltip;
  if (entry.kind === 'manual') {
    // A person's item: a real check box, read by screen readers as one.
    item.checkboxState = result.state === 'ticked' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
    item.contextValue = 'checklistManualItem';
  } else {
    item.iconPath = result.state === 'ticked' ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    // `checklistMissing.fix`: the item's menu offers “Fix” (a clause to insert, a field to add, a counterpart to create).
    const fixable = result.state !== 'ticked' && getEngine().checklists.itemFix(entry.check) !== undefined;
    item.contextValue = result.state === 'ticked' ? 'checklistProven' : fixable ? 'checklistMissing.fix' : 'checklistMissing';
  }
  item.accessibilityInformation = { label: `${entry.label[lang]}, ${stateText(result)}${entry.required ? `, ${vscode.l10n.t('required')}` : ''}. ${reason}` };
  if (entry.check && 'counterpart' in entry.check && result.state === 'ticked' && node.counterpart) {
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Show in the document'), arguments: [node.counterpart, { preserveFocus: false }] };
  } else if (result.at) {
    const range = new vscode.Range(result.at.start.line, result.at.start.column, result.at.end.line, result.at.end.column);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Show in the document'), arguments: [node.uri, { selection: range, preserveFocus: false }] };
  }
  return item;
}

function stateText(result: ItemResult): string {
  if (result.state === 'ticked') return result.item.kind === 'manual' ? vscode.l10n.t('ticked by a person') : vscode.l10n.t('proven');
  return result.state === 'manual' ? vscode.l10n.t('to be ticked by a person') : vscode.l10n.t('missing');
}

export function childrenOf(node: ChecklistNode | undefined, results: readonly ChecklistResult[], uri: vscode.Uri | undefined, counterpart?: vscode.Uri): ChecklistNode[] {
  if (!node) return results.map((result) => ({ kind: 'list', result }));
  if (node.kind === 'list') return node.result.sections.map((_, index) => ({ kind: 'section', result: node.result, index }));
  if (node.kind === 'section' && uri) return node.result.sections[node.index].items.map((item) => ({ kind: 'item', result: node.result, item, uri, counterpart }));
  return [];
}
