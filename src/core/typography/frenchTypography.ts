import { maskNonProse } from './maskNonProse';

/** A typography problem in French prose, with a safe replacement when there is one. */
export interface TypographyIssue {
  messageId: 'typoColon' | 'typoSpaceBeforePunctuation' | 'typoStraightQuotes' | 'typoGuillemetSpace' | 'typoPercent' | 'typoDollarFirst';
  /** Offsets in the block source. */
  start: number;
  end: number;
  /** Replacement for [start, end), when the fix is safe. */
  replacement?: string;
}

const NBSP = '\u00A0';
const SPACES = ' \u00A0\u202F';

/**
 * Canadian French typography (Bureau de la traduction, OQLF) in a block of Markdown source:
 * a no-break space before the colon and inside « », none before ; ? !, « » rather than straight
 * quotes, a no-break space before %, and the dollar sign after the amount.
 */
export function frenchTypographyIssues(source: string): TypographyIssue[] {
  const text = maskNonProse(source);
  const issues: TypographyIssue[] = [];
  // Colon: a no-break space before it (a plain space or none is the mistake). Times (9:30) excluded.
  for (const m of text.matchAll(/([^\s\u00A0\u202F:])( ?)(:)(?=[\s*_]|$)/g)) {
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
