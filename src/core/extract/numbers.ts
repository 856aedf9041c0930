import type { Lang } from '../messages/catalog';
import { MONTH_PATTERN, monthNumber } from './months';

/**
 * A number, date, time or numeric identifier found in prose. `key` is the value in a form
 * shared by both languages (`n:1500` for `1,500` and `1 500`; `d:2027-12-31` for
 * `December 31, 2027` and `31 décembre 2027`), so comparing keys compares values.
 */
export interface NumericToken {
  key: string;
  text: string;
  start: number;
  end: number;
  /** Another reading of the same characters, e.g. French `1,500` read the English way (1500). */
  alternateKey?: string;
}

const SP = '[\\s\\u00A0\\u202F]';
const MONTH = `(?:${MONTH_PATTERN})`;
const EN_ORD = '(?:st|nd|rd|th)';
const FR_ORD = '(?:er|re|ère|ème|eme|e)';
const GROUP = '[ \\u00A0\\u202F]';
const MULT_WORD = 'millions?|billions?|milliards?|thousand|trillions?|mille';

// Order matters: the longest, most specific readings come first.
const PARTS = [
  `(?<iso>(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?!\\d)`,
  `(?<mdy>(?<m1>${MONTH})\\.?${SP}+(?<d1>\\d{1,2})(?:${EN_ORD}|${FR_ORD})?(?!\\d)(?:,?${SP}+(?<y1>\\d{4})(?!\\d))?)`,
  `(?<dmy>(?<d2>\\d{1,2})(?:${EN_ORD}|${FR_ORD})?${SP}+(?<m2>${MONTH})\\.?(?:,?${SP}+(?<y2>\\d{4})(?!\\d))?)`,
  `(?<my>(?<m3>${MONTH})\\.?,?${SP}+(?<y3>\\d{4})(?!\\d))`,
  `(?<dotted>\\d+(?:\\.\\d+){2,})(?![\\d.])`,
  `(?<dashed>\\d+(?:-\\d+){2,})(?!\\d)`,
  `(?<clock>(?<ch>\\d{1,2}):(?<cm>[0-5]\\d)(?![\\d,.]\\d|\\d)(?:${SP}*(?<cap>[ap]\\.?m\\b\\.?))?)`,
  `(?<ampm>(?<ah>\\d{1,2})${SP}*(?<aap>[ap]\\.m\\.|[ap]m\\b))`,
  `(?<frtime>(?<fh>\\d{1,2})${SP}?h(?:${SP}?(?<fm>[0-5]\\d))?(?![\\p{L}\\d]))`,
  `(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:${GROUP}\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?)`,
];
const SCANNER = new RegExp(PARTS.join('|'), 'giu');
const AFTER_NUMBER = new RegExp(
  `^(?:(?<ord>${EN_ORD}|${FR_ORD}|ers|res)(?![\\p{L}\\d])|${SP}*(?<mult>${MULT_WORD})(?![\\p{L}])|${SP}?(?<sym>k|K|M|MM|G|B|Md)(?=${SP}?\\$))?`,
  'u',
);
const LETTER = /[\p{L}_]/u;
const ENGLISH_ONLY_MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|dec|oct|nov)$/i;

/**
 * Finds the numbers, dates and times in a run of prose, reading separators the way `lang`
 * writes them (English `1,500.25`, French `1 500,25`) and accepting the other language's
 * habits where they cannot be confused.
 */
export function extractNumbers(text: string, lang: Lang): NumericToken[] {
  const tokens: NumericToken[] = [];
  if (!/\d/.test(text)) return tokens;
  SCANNER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCANNER.exec(text))) {
    const start = m.index;
    const before = text[start - 1];
    // Digits glued to a word (`D9`, `COVID-19`, `H2O`) are names, not quantities.
    if (before !== undefined && (LETTER.test(before) || (before === '-' && LETTER.test(text[start - 2] ?? '')))) {
      skipWord(text);
      continue;
    }
    const g = m.groups!;
    const token = readToken(g, m[0], start, text, lang);
    if (token === 'skip') continue;
    if (token) tokens.push(token);
  }
  return tokens;
}

/** Moves the scanner past the rest of an alphanumeric word. */
function skipWord(text: string): void {
  let i = SCANNER.lastIndex;
  while (i < text.length && /[\p{L}\d_]/u.test(text[i])) i++;
  SCANNER.lastIndex = i;
}

function readToken(g: Record<string, string | undefined>, whole: string, start: number, text: string, lang: Lang): NumericToken | null | 'skip' {
  const end = start + whole.length;
  const make = (key: string, alternateKey?: string, realEnd = end): NumericToken => ({
    key,
    text: text.slice(start, realEnd),
    start,
    end: realEnd,
    ...(alternateKey ? { alternateKey } : {}),
  });
  if (g.iso) return make(`d:${g.iy}-${g.im}-${g.id}`);
  if (g.mdy || g.dmy || g.my) {
    const monthName = g.m1 ?? g.m2 ?? g.m3!;
    // English months are capitalised; a lower-case `may` or `march` is a verb.
    if (ENGLISH_ONLY_MONTHS.test(monthName) && monthName[0] === monthName[0].toLowerCase() && !isFrenchMonth(monthName)) {
      SCANNER.lastIndex = start + 1;
      return 'skip';
    }
    const month = monthNumber(monthName)!;
    const day = g.d1 ?? g.d2;
    const year = g.y1 ?? g.y2 ?? g.y3;
    if (day !== undefined && (+day < 1 || +day > 31)) {
      SCANNER.lastIndex = start + 1;
      return 'skip';
    }
    const mm = String(month).padStart(2, '0');
    const key = day === undefined ? `d:${year}-${mm}` : `d:${year ?? '-'}-${mm}-${day.padStart(2, '0')}`;
    return make(key);
  }
  if (g.dotted) return make(`v:${g.dotted}`);
  if (g.dashed) return make(`i:${g.dashed}`);
  if (g.clock) {
    let hour = +g.ch!;
    if (hour > 24) return make(`v:${g.clock}`);
    const ap = g.cap?.toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && hour < 12) hour += 12;
    if (ap === 'am' && hour === 12) hour = 0;
    return make(`t:${pad(hour)}:${g.cm}`);
  }
  if (g.ampm) {
    let hour = +g.ah!;
    const ap = g.aap!.toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && hour < 12) hour += 12;
    if (ap === 'am' && hour === 12) hour = 0;
    return make(`t:${pad(hour)}:00`);
  }
  if (g.frtime) {
    const hour = +g.fh!;
    if (hour > 24) return make(`n:${hour}`, undefined, start + g.fh!.length);
    // `5 h` may be a duration (`5 hours`), so the plain number is an accepted reading too.
    return make(`t:${pad(hour)}:${g.fm ?? '00'}`, g.fm ? undefined : `n:${hour}`);
  }
  return readNumber(g.num!, start, text, lang);
}

function readNumber(raw: string, start: number, text: string, lang: Lang): NumericToken | null | 'skip' {
  const numberEnd = start + raw.length;
  const rest = text.slice(numberEnd, numberEnd + 16);
  const after = AFTER_NUMBER.exec(rest)?.groups ?? {};
  // `$5M`: a multiplier letter glued to a number that follows a dollar sign.
  const glued = /^(k|K|M|MM|B|G)(?![\p{L}\d])/u.exec(rest);
  const dollarBefore = /\$[\s\u00A0\u202F]?$/.test(text.slice(Math.max(0, start - 2), start));
  const next = text[numberEnd + (after.ord?.length ?? 0)];
  // `3D`, `5G`, `2FA`: a number glued to letters is part of a name.
  if (!after.ord && !after.sym && !after.mult && !(glued && dollarBefore) && next !== undefined && LETTER.test(next)) {
    skipWord(text);
    return 'skip';
  }
  let multiplier = 1;
  let suffix = after.ord ?? '';
  if (after.mult) {
    multiplier = wordMultiplier(after.mult, lang);
    suffix = rest.slice(0, rest.indexOf(after.mult) + after.mult.length);
  } else if (after.sym) {
    multiplier = symbolMultiplier(after.sym);
    suffix = rest.slice(0, rest.indexOf(after.sym) + after.sym.length);
  } else if (glued && dollarBefore) {
    multiplier = symbolMultiplier(glued[1]);
    suffix = glued[1];
  }
  const { value, alternate } = numberValue(raw, lang);
  if (value === undefined) return null;
  const key = `n:${canonical(value * multiplier)}`;
  const alternateKey = alternate === undefined ? undefined : `n:${canonical(alternate * multiplier)}`;
  const end = numberEnd + suffix.length;
  SCANNER.lastIndex = Math.max(SCANNER.lastIndex, end);
  return { key, text: text.slice(start, end), start, end, ...(alternateKey && alternateKey !== key ? { alternateKey } : {}) };
}

/** The value of a written number, with a second reading where the separator is ambiguous. */
export function numberValue(raw: string, lang: Lang): { value?: number; alternate?: number } {
  const compact = raw.replace(/[ \u00A0\u202F]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) {
    const english = Number(compact.replace(/,/g, ''));
    if (lang === 'fr' && !raw.includes('.') && /^\d{1,3},\d{3}$/.test(raw)) {
      // In French `1,500` is one and a half; the English reading is kept to explain the mistake.
      return { value: Number(compact.replace(',', '.')), alternate: english };
    }
    return { value: english };
  }
  if (/^\d+,\d+$/.test(compact)) return { value: Number(compact.replace(',', '.')) };
  if (/^\d+(\.\d+)?$/.test(compact)) return { value: Number(compact) };
  return {};
}

function wordMultiplier(word: string, lang: Lang): number {
  const w = word.toLowerCase();
  if (w.startsWith('million')) return 1e6;
  if (w.startsWith('milliard')) return 1e9;
  if (w.startsWith('billion')) return lang === 'fr' ? 1e12 : 1e9;
  if (w.startsWith('trillion')) return 1e12;
  return 1e3;
}

function symbolMultiplier(sym: string): number {
  switch (sym) {
    case 'k':
    case 'K':
      return 1e3;
    case 'M':
    case 'MM':
      return 1e6;
    default:
      return 1e9;
  }
}

function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isFrenchMonth(name: string): boolean {
  return /^(mars|mai|juin|avril|août|aout|octobre|novembre|décembre|decembre|septembre|janvier|février|fevrier|juillet|sept|oct|nov|déc|avr)$/i.test(name);
}
