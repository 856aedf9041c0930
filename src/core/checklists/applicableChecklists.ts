import picomatch from 'picomatch';
import type { MessageRef } from '../findings';
import type { FrontMatter } from '../markdown/frontMatter';
import type { ChecklistLibrary } from './loadChecklists';
import type { LoadedChecklist } from './checklistTypes';

/** Front matter field naming lists explicitly. */
export const CHECKLISTS_FIELD = 'checklists';
/** Front matter field naming a toolkit chapter's kind (`chapter: governance`), written beside `type: chapter`. */
export const CHAPTER_FIELD = 'chapter';
/** Front matter field listing the manual items ticked, as `list-id/item-id`. */
export const TICKS_FIELD = 'checklist-done';

/** What the configuration says about which lists apply (the same keys as ResolvedConfig's). */
export interface ChecklistSelection {
  /** Ids of lists switched off: they never apply, even where a front matter names them. */
  disabledChecklists?: readonly string[];
  /** Glob (relative to the configuration's folder) → ids of lists for the files it matches. */
  checklistGlobs?: Readonly<Record<string, readonly string[]>>;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Compiled once per configuration's globs: a workspace report asks for every file.
const matchers = new WeakMap<object, Array<{ glob: string; ids: readonly string[]; test: (path: string) => boolean }>>();
function globMatchers(globs: Readonly<Record<string, readonly string[]>>) {
  let list = matchers.get(globs);
  if (!list) {
    list = Object.entries(globs).map(([glob, ids]) => ({ glob, ids, test: picomatch(glob, { dot: true, nocase: true }) }));
    matchers.set(globs, list);
  }
  return list;
}

/**
 * The lists that apply to a document, in library order: those its front matter names
 * (`checklists: [...]`), those whose `appliesTo.types` holds its `type` (a `chapter: <kind>`
 * field counts as `type: chapter`), and those the
 * configuration's `checklistGlobs` give its path; none the configuration switched off. Names of
 * lists not loaded, or switched off, come back as problems for the front end to show.
 */
export function applicableChecklists(frontMatter: Pick<FrontMatter, 'data'> | undefined, library: ChecklistLibrary, path?: string, selection: ChecklistSelection = {}): { lists: LoadedChecklist[]; unknown: MessageRef[] } {
  const data = frontMatter?.data ?? {};
  const named = strings(data[CHECKLISTS_FIELD]);
  const types = new Set(strings(data.type));
  // Chapters written before `type: chapter` (and by hand) say only `chapter: <kind>`: still a chapter.
  if (strings(data[CHAPTER_FIELD]).some((kind) => kind.trim() !== '')) types.add('chapter');
  const disabled = new Set(selection.disabledChecklists ?? []);
  const unknown: MessageRef[] = [];
  for (const id of named) {
    if (disabled.has(id)) unknown.push({ messageId: 'checklists.disabledList', args: { id } });
    else if (!library.byId.has(id)) unknown.push({ messageId: 'checklists.unknownList', args: { id } });
  }
  const fromGlobs = new Set<string>();
  if (path !== undefined && selection.checklistGlobs) {
    for (const { glob, ids, test } of globMatchers(selection.checklistGlobs)) {
      if (!test(path)) continue;
      for (const id of ids) {
        if (library.byId.has(id)) fromGlobs.add(id);
        else if (!disabled.has(id)) unknown.push({ messageId: 'checklists.unknownGlobList', args: { id, glob } });
      }
    }
  }
  const lists = library.lists.filter((l) => !disabled.has(l.id) && (named.includes(l.id) || fromGlobs.has(l.id) || (l.appliesTo.types ?? []).some((t) => types.has(t))));
  return { lists, unknown };
}

/** The manual ticks a front matter records. */
export function frontMatterTicks(frontMatter: Pick<FrontMatter, 'data'> | undefined): string[] {
  return strings(frontMatter?.data?.[TICKS_FIELD]);
}
