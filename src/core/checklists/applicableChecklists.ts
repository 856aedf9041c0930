import type { MessageRef } from '../findings';
import type { FrontMatter } from '../markdown/frontMatter';
import type { ChecklistLibrary } from './loadChecklists';
import type { LoadedChecklist } from './checklistTypes';

/** Front matter field naming lists explicitly. */
export const CHECKLISTS_FIELD = 'checklists';
/** Front matter field listing the manual items ticked, as `list-id/item-id`. */
export const TICKS_FIELD = 'checklist-done';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The lists that apply to a document: those its front matter names (`checklists: [...]`), then
 * those whose `appliesTo.types` holds its `type`, in library order; names of lists not loaded
 * are returned as problems for the front end to show.
 */
export function applicableChecklists(frontMatter: Pick<FrontMatter, 'data'> | undefined, library: ChecklistLibrary): { lists: LoadedChecklist[]; unknown: MessageRef[] } {
  const data = frontMatter?.data ?? {};
  const named = strings(data[CHECKLISTS_FIELD]);
  const types = new Set(strings(data.type));
  const unknown = named.filter((id) => !library.byId.has(id)).map((id) => ({ messageId: 'checklists.unknownList', args: { id } }));
  const lists = library.lists.filter((l) => named.includes(l.id) || (l.appliesTo.types ?? []).some((t) => types.has(t)));
  return { lists, unknown };
}

/** The manual ticks a front matter records. */
export function frontMatterTicks(frontMatter: Pick<FrontMatter, 'data'> | undefined): string[] {
  return strings(frontMatter?.data?.[TICKS_FIELD]);
}
