import type { MessageRef } from '../findings';
import type { Range } from '../text/position';
import { runCheck } from './checklistChecks';
import type { ChecklistContext } from './checklistContext';
import type { Checklist, ChecklistItem, ChecklistSection } from './checklistTypes';

/** ticked: proven by its check or ticked by a person; unticked: its check failed; manual: waits for a person. */
export type ItemState = 'ticked' | 'unticked' | 'manual';

export interface ItemResult {
  item: ChecklistItem;
  state: ItemState;
  reason: MessageRef;
  /** Where in the document the item is satisfied (or first fails), for reveal. */
  at?: Range;
}

export interface ChecklistResult {
  list: Checklist;
  sections: Array<{ section: ChecklistSection; items: ItemResult[] }>;
  ticked: number;
  total: number;
  /** Required items not ticked: any makes `toolkit-check checklist` exit with 1. */
  missingRequired: ItemResult[];
}

/** The key under which a manual tick is stored: ids are unique in a list, not across lists. */
export function tickKey(listId: string, itemId: string): string {
  return `${listId}/${itemId}`;
}

/** Evaluates one list against one document. Pure. */
export function evaluateChecklist(list: Checklist, ctx: ChecklistContext): ChecklistResult {
  const sections = list.sections.map((section) => ({ section, items: section.items.map((item) => evaluateItem(list.id, item, ctx)) }));
  const all = sections.flatMap((s) => s.items);
  return {
    list,
    sections,
    ticked: all.filter((r) => r.state === 'ticked').length,
    total: all.length,
    missingRequired: all.filter((r) => r.item.required && r.state !== 'ticked'),
  };
}

function evaluateItem(listId: string, item: ChecklistItem, ctx: ChecklistContext): ItemResult {
  if (item.kind === 'manual' || !item.check) {
    const ticked = ctx.ticks?.has(tickKey(listId, item.id)) ?? false;
    return { item, state: ticked ? 'ticked' : 'manual', reason: { messageId: ticked ? 'checklists.manualTicked' : 'checklists.manual' } };
  }
  const outcome = runCheck(item.check, ctx);
  return { item, state: outcome.proven ? 'ticked' : 'unticked', reason: outcome.reason, ...(outcome.at ? { at: outcome.at } : {}) };
}
