import { buildDocument } from '../markdown/buildDocument';
import type { ProseUnit } from '../markdown/documentModel';
import { isMasked, proseToSource } from '../markdown/prose';

/** A typography problem in French prose, with a safe replacement when there is one. */
export interface TypographyIssue {
  messageId: 'typoColon' | 'typoSpaceBeforePunctuation' | 'typoStraightQuotes' | 'typoGuillemetSpace' | 'typoPercent' | 'typoDollarFirst';
  /** Offsets in the text looked at (a prose unit's raw text, or the Markdown source). */
  start: number;
  end: number;
  /** Replacement for [start, end), when the fix is safe. */
  replacement?: string;
}

const NBSP = '\u00A0';
const SPACES = ' \u00A0\u202F';

/**
 * Canadian French typography (Bureau de la traduction, OQLF) in visible prose text (markup,
 * code, link destinations and tags already gone, so `**mot** :` and `</a> :` are read as
 * `mot :`, and `&nbsp;` as the no-break space it is): a no-break space before the colon and
 * inside « », none before ; ? !, « » rather than straight quotes, a no-break space before %,
 * and the dollar sign after the amount. Offsets are in `text`.
 */
export function proseTypographyIssues(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  // Colon: a no-break space before it (a plain space or none is the mistake). Times (9:30) excluded.
  for (const m of text.matchAll(/([^\s\u00A0\u202F:])( ?)(:)(?=\s|$)/g)) {
    const at = m.index! + m[1].length;
    if (/\d/.test(m[1]) && /\d/.test(text[at + m[2].length + 1] ?? '')) continue;
    issues.push({ messageId: 'typoColon', start: at, end: at + m[2].length, replacement: NBSP });
  }
  // ; ? ! take no space before them in Canadian usage.
  for (const m of text.matchAll(/([^\s\u00A0\u202F])([ \u00A0\u202F]+)([;?!])/g)) {
    const at = m.index! + m[1].length;
    issues.push({ messageId: 'typoSpaceBeforePunctuation', start: at, end: at + m[2].length, replacement: '' });
  }
  // Straight double quotes around words: « » with no-break spaces inside.
  for (const m of text.matchAll(/"([^"\n]{1,200})"/g)) {
    issues.push({ messageId: 'typoStraightQuotes', start: m.index!, end: m.index! + m[0].length, replacement: `«${NBSP}${m[1].trim()}${NBSP}»` });
  }
  // « » need a no-break space inside.
  for (const m of text.matchAll(/«([ \u202F]?)(?=\S)/g)) {
    if (m[1] === NBSP) continue;
    issues.push({ messageId: 'typoGuillemetSpace', start: m.index! + 1, end: m.index! + 1 + m[1].length, replacement: NBSP });
  }
  for (const m of text.matchAll(/(\S)([ \u202F]?)»/g)) {
    if (m[1] === NBSP || SPACES.includes(m[1])) continue;
    const at = m.index! + m[1].length;
    issues.push({ messageId: 'typoGuillemetSpace', start: at, end: at + m[2].length, replacement: NBSP });
  }
  // A no-break space between a number and %.
  for (const m of text.matchAll(/(\d)( ?)%/g)) {
    const at = m.index! + 1;
    issues.push({ messageId: 'typoPercent', start: at, end: at + m[2].length, replacement: NBSP });
  }
  // `$1 500` is English order; French writes `1 500 $` (no automatic fix: the words around may need to move).
  for (const m of text.matchAll(/\$[ \u00A0\u202F]?\d/g)) {
    issues.push({ messageId: 'typoDollarFirst', start: m.index!, end: m.index! + m[0].length });
  }
  return issues.sort((a, b) => a.start - b.start);
}

/** The issues of one prose unit, with offsets in the document's source; placeholders are not prose. */
export function unitTypographyIssues(unit: ProseUnit): TypographyIssue[] {
  const out: TypographyIssue[] = [];
  for (const issue of proseTypographyIssues(unit.raw)) {
    // Punctuation inside a placeholder or an address is not prose (the characters around it are).
    if (isMasked(unit, issue.start, Math.max(issue.end, issue.start + 1))) continue;
    const start = proseToSource(unit, issue.start);
    const end = proseToSource(unit, issue.end);
    // A replacement is safe only where the text is the source as written (no markup or reference inside).
    const exact = end - start === issue.end - issue.start && coveredExactly(unit, issue.start, issue.end);
    out.push({ messageId: issue.messageId, start, end, ...(exact && issue.replacement !== undefined ? { replacement: issue.replacement } : {}) });
  }
  return out;
}

function coveredExactly(unit: ProseUnit, start: number, end: number): boolean {
  // An insertion point: the character before it must be where the source says.
  const from = start === end ? Math.max(0, start - 1) : start;
  const to = start === end ? Math.min(unit.raw.length, end + 1) : end;
  return unit.segments.some((s) => s.exact && s.at <= from && to <= s.at + s.length);
}

/** The issues of a French Markdown text, with offsets in it (its headings, paragraphs, lists, tables, quotes). */
export function frenchTypographyIssues(source: string): TypographyIssue[] {
  const doc = buildDocument('text.fr.md', source, 'fr');
  return doc.blocks.filter((b) => b.kind !== 'code').flatMap((b) => b.prose.flatMap(unitTypographyIssues)).sort((a, b) => a.start - b.start);
}
