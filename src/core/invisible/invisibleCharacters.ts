/**
 * Characters that take no room on screen but change what text is: bidirectional controls
 * reorder it (the "Trojan Source" attack), zero-width characters hide inside words and
 * addresses. Found in any text, with their legitimate uses left alone.
 */
export type InvisibleKind = 'bidi' | 'zeroWidth';

export interface InvisibleRun {
  start: number;
  end: number;
  /** The one code point the run repeats, e.g. 0x202E. */
  codePoint: number;
  kind: InvisibleKind;
}

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** Emoji that a zero-width joiner glues into one picture (👩‍💻), with their modifiers and presentation selector. */
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** Letters of scripts whose spelling needs joiners (Arabic, Persian, Devanagari and other Indic scripts…), unlike Latin. */
const JOINING_LETTER = /[\p{L}\p{M}]/u;
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Every run of one repeated invisible character in `text` that is not one of their legitimate uses. */
export function findInvisibleRuns(text: string): InvisibleRun[] {
  const runs: InvisibleRun[] = [];
  for (const m of text.matchAll(INVISIBLE)) {
    const at = m.index;
    const c = m[0];
    if (isLegitimate(text, at, c)) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === at && last.codePoint === c.charCodeAt(0)) last.end = at + 1;
    else runs.push({ start: at, end: at + 1, codePoint: c.charCodeAt(0), kind: BIDI.test(c) ? 'bidi' : 'zeroWidth' });
  }
  return runs;
}

function isLegitimate(text: string, at: number, c: string): boolean {
  // A byte order mark opens a file; only inside the text is it a stray zero-width no-break space.
  if (c === '\uFEFF') return at === 0;
  if (c !== '\u200D' && c !== '\u200C') return false;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + 1, at + 3);
  if (c === '\u200D' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) return true;
  const prev = [...before].pop() ?? '';
  const next = [...after][0] ?? '';
  return isJoiningLetter(prev) && isJoiningLetter(next);
}

function isJoiningLetter(ch: string): boolean {
  return ch !== '' && JOINING_LETTER.test(ch) && !LATIN_OR_COMMON.test(ch);
}

/** `U+202E`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
