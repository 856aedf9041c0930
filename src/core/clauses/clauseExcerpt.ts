import type { Clause, Lang } from './clauseTypes';
import { fillClause, type ParameterValues } from './fillClause';

/**
 * The start of a clause's filled text as one plain line (Markdown marks removed, placeholders
 * kept), for a picker's detail line and for searching it.
 */
export function clauseExcerpt(clause: Clause, lang: Lang, values: ParameterValues = {}, maxLength = 160): string {
  const plain = fillClause(clause, lang, values)
    .text.replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Emphasis marks go; a placeholder left unfilled stays as written (`{{approval_date}}`).
    .replace(/\{\{[^{}]*\}\}|[*_`]+/g, (m) => (m.startsWith('{{') ? m : ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
