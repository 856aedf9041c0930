import { buildDocument } from '../markdown/buildDocument';
import type { ProseUnit } from '../markdown/documentModel';
import { isMasked, proseToSource } from '../markdown/prose';

/** A typography problem in French prose, with a safe replacement when there is one. */
export interface TypographyIssue {
  messageId: 'typoColon' | 'typoSpaceBeforePunctuation' | 'typoNoSpaceBeforePunctuation' | 'typoStraightQuotes' | 'typoGuillemetSpace' | 'typoPercent' | 'typoDollarFirst';
  /** Offsets in the text looked at (a prose unit's raw text, or the Markdown source). */
  start: number;
  end: number;
  /** Replacement for [start, end), when the fix is safe. */
  replacement?: string;
}

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const SPACES = ' \u00A0\u202F';

/**
 * Which French typography a project follows, and the no-break space its fixes insert: Canada
 * (Bureau de la traduction, OQLF) puts no space before ; ? !, France a no-break space (the
 * `typography` rule's options `convention` and `space`).
 */
export interface TypographySettings {
  convention: 'canada' | 'france';
  /** What a fix inserts: U+00A0 (no-break space) or U+202F (narrow no-break space). */
  space: typeof NBSP | typeof NNBSP;
}

export const DEFAULT_TYPOGRAPHY: TypographySettings = { convention: 'canada', space: NBSP };

/** The settings as the configuration writes them (`"space": "U+202F"`), unknown values left at their default. */
export function typographySettings(convention: unknown, space: unknown): TypographySettings {
  return { convention: convention === 'france' ? 'france' : 'canada', space: space === 'U+202F' ? NNBSP : NBSP };
}

/** Addresses written as text (no scheme: not autolinked): their `?` and `:` are not punctuation. */
const TEXT_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

/**
 * Canadian French typography (Bureau de la traduction, OQLF) in visible prose text (markup,
 * code, link destinations and tags already gone, so `**mot** :` and `</a> :` are read as
 * `mot :`, and `&nbsp;` as the no-break space it is): a no-break space before the colon and
 * inside « », none before ; ? !, « » rather than straight quotes, a no-break space before %,
 * and the dollar sign after the amount. Offsets are in `text`.
 */
export function proseTypographyIssues(text: string, settings: TypographySettings = DEFAULT_TYPOGRAPHY): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  const space = settings.space;
  // A no-break space inside « »: U+00A0 always; U+202F too when the project chose it.
  const insideOk = (c: string) => c === NBSP || (space === NNBSP && c === NNBSP);
  // Colon: a no-break space before it (a plain space or none is the mistake). Times (9:30) excluded.
  for (const m of text.matchAll(/([^\s\u00A0\u202F:])( ?)(:)(?=\s|$)/g)) {
    const at = m.index! + m[1].length;
    if (/\d/.test(m[1]) && /\d/.test(text[at + m[2].length + 1] ?? '')) continue;
    issues.push({ messageId: 'typoColon', start: at, end: at + m[2].length, replacement: space });
  }
  if (settings.convention === 'canada') {
    // ; ? ! take no space before them in Canadian usage.
    for (const m of text.matchAll(/([^\s\u00A0\u202F])([ \u00A0\u202F]+)([;?!])/g)) {
      const at = m.index! + m[1].length;
      issues.push({ messageId: 'typoSpaceBeforePunctuation', start: at, end: at + m[2].length, replacement: '' });
    }
  } else {
    // France: a no-break space before ; ? ! (none after an opening bracket or between two of them: `?!`).
    const addresses = [...text.matchAll(TEXT_ADDRESS)].map((m) => [m.index!, m.index! + m[0].length] as const);
    for (const m of text.matchAll(/([\p{L}\p{N})\]»”’"'…])( ?)([;?!])/gu)) {
      const at = m.index! + m[1].length;
      if (addresses.some(([a, b]) => at >= a && at < b)) continue;
      issues.push({ messageId: 'typoNoSpaceBeforePunctuation', start: at, end: at + m[2].length, replacement: space });
    }
  }
  // Straight double quotes around words: « » with no-break spaces inside.
  for (const m of text.matchAll(/"([^"\n]{1,200})"/g)) {
    issues.push({ messageId: 'typoStraightQuotes', start: m.index!, end: m.index! + m[0].length, replacement: `«${space}${m[1].trim()}${space}»` });
  }
  // « » need a no-break space inside.
  for (const m of text.matchAll(/«([ \u202F]?)(?=\S)/g)) {
    if (insideOk(m[1])) continue;
    issues.push({ messageId: 'typoGuillemetSpace', start: m.index! + 1, end: m.index! + 1 + m[1].length, replacement: space });
  }
  for (const m of text.matchAll(/(\S)([ \u202F]?)»/g)) {
    if (SPACES.includes(m[1]) || insideOk(m[2])) continue;
    const at = m.index! + m[1].length;
    issues.push({ messageId: 'typoGuillemetSpace', start: at, end: at + m[2].length, replacement: space });
  }
  // A no-break space between a number and %.
  for (const m of text.matchAll(/(\d)( ?)%/g)) {
    const at = m.index! + 1;
    issues.push({ messageId: 'typoPercent', start: at, end: at + m[2].length, replacement: space });
  }
  // `$1 500` is English order; French writes `1 500 $` (no automatic fix: the words around may need to move).
  for (const m of text.matchAll(/\$[ \u00A0\u202F]?\d/g)) {
    issues.push({ messageId: 'typoDollarFirst', start: m.index!, end: m.index! + m[0].length });
  }
  return issues.sort((a, b) => a.start - b.start);
}

/** The issues of one prose unit, with offsets in the document's source; placeholders are not prose. */
export function unitTypographyIssues(unit: ProseUnit, settings: TypographySettings = DEFAULT_TYPOGRAPHY): TypographyIssue[] {
  const out: TypographyIssue[] = [];
  for (const issue of proseTypographyIssues(unit.raw, settings)) {
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
export function frenchTypographyIssues(source: string, settings: TypographySettings = DEFAULT_TYPOGRAPHY): TypographyIssue[] {
  const doc = buildDocument('text.fr.md', source, 'fr');
  return doc.blocks.filter((b) => b.kind !== 'code').flatMap((b) => b.prose.flatMap((u) => unitTypographyIssues(u, settings))).sort((a, b) => a.start - b.start);
}
