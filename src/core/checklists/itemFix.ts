import type { ChecklistCheck } from './checklistTypes';

/**
 * What would satisfy a missing automatic item, when the editor can do it for the author: insert
 * a clause (by id, of a category, or carrying a source), fill a front matter field, create the
 * counterpart. Checks about the text itself (headings, words, findings, links) have no fix: only
 * the author can write them.
 */
export type ItemFix =
  | { kind: 'clause'; clause: { id: string } | { category: string } | { source: string } }
  | { kind: 'frontMatter'; key: string }
  | { kind: 'counterpart' };

export function itemFix(check: ChecklistCheck | undefined): ItemFix | undefined {
  if (!check) return undefined;
  if ('clause' in check) return { kind: 'clause', clause: check.clause };
  if ('provision' in check) return { kind: 'clause', clause: { source: check.provision } };
  if ('frontMatter' in check) return { kind: 'frontMatter', key: check.frontMatter };
  if ('counterpart' in check) return { kind: 'counterpart' };
  return undefined;
}

/** The clauses of a library that satisfy a clause fix, in library order. */
export function clausesForFix<C extends { id: string; category: string; sources: readonly string[] }>(fix: Extract<ItemFix, { kind: 'clause' }>, clauses: readonly C[]): C[] {
  const want = fix.clause;
  if ('id' in want) return clauses.filter((c) => c.id === want.id);
  if ('category' in want) return clauses.filter((c) => c.category === want.category);
  return clauses.filter((c) => c.sources.includes(want.source));
}
