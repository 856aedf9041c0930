import type { Lang } from '../messages/catalog';
import { monthNumber } from './months';
import { EN_ORD, FR_ORD, isLowerCaseEnglishMonth, MONTH, SP } from './datePatterns';
import { monthRangeStarts, rangeReadings } from './ranges';
import { blankNotProse, blankSpans } from './notProse';
import { namedNumbers } from './numberNames';
import { GLUED_THOUSAND, GLUED_UNIT, THOUSANDS_SPACE, THOUSANDS_SPACES } from './units';

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
  /** A unit glued to the digits (`400m`, `2GB`): the number is a quantity, not a name. */
  unit?: string;
  /** `1` (or `0`) opening a range (`de 1 à 3`, `1–3`): what `up to 3` leaves unsaid. */
  rangeFloor?: boolean;
}

// Every space separator groups thousands in French (thin space U+2009 and figure space U+2007 in typeset text).
const GROUP = THOUSANDS_SPACE;
const MULT_WORD = 'millions?|billions?|milliards?|thousand|trillions?|mille';

// Order matters: the longest, most specific readings come first.
const PARTS = [
  `(?<iso>(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?!\\d)`,
  `(?<mdy>(?<m1>${MONTH})\\.?${SP}+(?<d1>\\d{1,2})(?:${EN_ORD}|${FR_ORD})?(?!\\d)(?:,?${SP}+(?<y1>\\d{4})(?!\\d))?)`,
  `(?<dmy>(?<d2>\\d{1,2})(?:${EN_ORD}|${FR_ORD})?${SP}+(?<m2>${MONTH})\\.?(?:,?${SP}+(?<y2>\\d{4})(?!\\d))?)`,
  `(?<my>(?<m3>${MONTH})\\.?,?${SP}+(?<y3>\\d{4})(?!\\d))`,
  // `Dec/02/2019`, `02-Dec-2019`: a month name between slashes, dots or hyphens.
  `(?<mslash>(?<m4>${MONTH})(?<sep4>[/.-])(?<d4>\\d{1,2})\\k<sep4>(?<y4>\\d{4})(?!\\d))`,
  `(?<dslash>(?<d5>\\d{1,2})(?<sep5>[/.-])(?<m5>${MONTH})\\k<sep5>(?<y5>\\d{4})(?!\\d))`,
  // North American telephone numbers in any layout: `1-800-622-6232`, `1 800 622-6232`, `(613) 555-1234`.
  `(?<phone>(?:\\+?1[-. \\u00A0])?(?:\\((?<pa>\\d{3})\\)${SP}?|(?<pb>\\d{3})[-. \\u00A0])(?<pc>\\d{3})[-. \\u00A0](?<pd>\\d{4}))(?![\\d.,]\\d|\\d)`,
  `(?<fy>(?<fy1>(?:19|20)\\d{2})[-–/](?<fy2>\\d{2}))(?![\\d/.-])`,
  `(?<dotted>\\d+(?:\\.\\d+){2,})(?!\\d|\\.\\d)`,
  `(?<dashed>\\d+(?:-\\d+){2,})(?!\\d)`,
  `(?<clock>(?<ch>\\d{1,2}):(?<cm>[0-5]\\d)(?![\\d,.]\\d|\\d)(?:${SP}*(?<cap>[ap]\\.?m\\b\\.?))?)`,
  `(?<ampm>(?<ah>\\d{1,2})${SP}*(?<aap>[ap]\\.m\\.|[ap]m\\b))`,
  `(?<frtime>(?<fh>\\d{1,2})${SP}?h(?:${SP}?(?<fm>[0-5]\\d))?(?![\\p{L}\\d]))`,
  // A space-grouped number never ends in a compound (`5 100-page reports` is five reports of 100 pages).
  `(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:${GROUP}\\d{3})+(?:[.,]\\d+)?(?!\\d|-\\p{L})|\\d+(?:[.,]\\d+)?)`,
];
const SCANNER = new RegExp(PARTS.join('|'), 'giu');
const AFTER_NUMBER = new RegExp(
  `^(?:(?<ord>${EN_ORD}|${FR_ORD}|ers|res)(?![\\p{L}\\d])|${SP}*(?<mult>${MULT_WORD})(?![\\p{L}])|${SP}?(?<sym>k|K|M|MM|G|B|Md)(?=${SP}?\\$))?`,
  'u',
);
const LETTER = /[\p{L}_]/u;

/**
 * Finds the numbers, dates and times in a run of prose, reading separators the way `lang`
 * writes them (English `1,500.25`, French `1 500,25`) and accepting the other language's
 * habits where they cannot be confused.
 */
export function extractNumbers(original: string, lang: Lang): NumericToken[] {
  const tokens: NumericToken[] = [];
  if (!/[\dIVXQT]/.test(original)) return tokens;
  // Addresses, template tags, attributes, footnote labels and enumerators are not prose (same length, so offsets hold).
  const prose = blankNotProse(original);
  // Ranges read first: each end gets what the range writes once (month, year, a.m./p.m.).
  const ranges = rangeReadings(prose);
  tokens.push(...ranges.tokens);
  const text = blankSpans(prose, ranges.spans);
  for (const n of namedNumbers(text, lang)) tokens.push({ ...n, text: text.slice(n.start, n.end) });
  SCANNER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCANNER.exec(text))) {
    const start = m.index;
    if (gluedToName(text, start)) {
      skipWord(text);
      continue;
    }
    const g = m.groups!;
    if (g.fy) {
      // `2019–20`: a fiscal year names both years, as French `2019-2020` does (`2019-05` is no range).
      const first = Number(g.fy1);
      tokens.push({ key: `n:${first}`, text: g.fy1!, start, end: start + 4 });
      if (Number(g.fy2) > first % 100) tokens.push({ key: `n:${first - (first % 100) + Number(g.fy2)}`, text: g.fy2!, start: start + 5, end: start + 7 });
      else SCANNER.lastIndex = start + 4;
      continue;
    }
    const token = readToken(g, m[0], start, text, lang);
    if (token === 'skip') continue;
    if (token) tokens.push(token);
  }
  return [...tokens, ...monthRangeStarts(text, tokens)].sort((a, b) => a.start - b.start);
}

/**
 * Digits glued to a word (`D9`, `COVID-19`, `H2O`) are names, not quantities, and so is the end
 * of a range of names (`H2–6`, `WCAG-2`): the digits after a dash that follows a name with digits.
 */
function gluedToName(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined) return false;
  // `v0.35.0` is version 0.35.0, as the other language may write it (« version 0.35.0 »).
  if ((before === 'v' || before === 'V') && !LETTER.test(text[start - 2] ?? '') && /^\d+(?:\.\d+){1,3}\b/.test(text.slice(start, start + 20))) return false;
  if (LETTER.test(before)) return true;
  if (before !== '-' && before !== '\u2013') return false;
  if (LETTER.test(text[start - 2] ?? '')) return true;
  return /[\p{L}_]\d+$/u.test(text.slice(Math.max(0, start - 12), start - 1));
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
    if (isLowerCaseEnglishMonth(monthName)) {
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
  if (g.mslash || g.dslash) {
    const month = String(monthNumber((g.m4 ?? g.m5)!)!).padStart(2, '0');
    const day = (g.d4 ?? g.d5)!;
    if (+day < 1 || +day > 31) return make(`i:${whole}`);
    return make(`d:${g.y4 ?? g.y5}-${month}-${day.padStart(2, '0')}`);
  }
  if (g.phone) return make(`i:${g.pa ?? g.pb}-${g.pc}-${g.pd}`);
  if (g.dotted) return make(`v:${g.dotted}`);
  if (g.dashed) return make(`i:${g.dashed}`);
  if (g.clock) {
    let hour = +g.ch!;
    if (hour > 24) return make(`v:${g.clock}`);
    const ap = g.cap?.toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && hour < 12) hour += 12;
    if (ap === 'am' && hour === 12) hour = 0;
    // English leaves a.m./p.m. to the end of a range (`2:00 to 3:30 p.m.`): a bare morning hour may be the afternoon's.
    const afternoon = !ap && lang === 'en' && hour >= 1 && hour < 12 ? `t:${pad(hour + 12)}:${g.cm}` : undefined;
    return make(`t:${pad(hour)}:${g.cm}`, afternoon);
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
  const token = readNumber(g.num!, start, text, lang);
  if (token && token !== 'skip' && (token.key === 'n:1' || token.key === 'n:0') && RANGE_NEXT.test(text.slice(token.end, token.end + 12))) token.rangeFloor = true;
  return token;
}

const RANGE_NEXT = new RegExp(`^${SP}*(?:à|au|to|through|[-–—])${SP}*\\d`, 'u');

function readNumber(raw: string, start: number, text: string, lang: Lang): NumericToken | null | 'skip' {
  const numberEnd = start + raw.length;
  const rest = text.slice(numberEnd, numberEnd + 16);
  const after = AFTER_NUMBER.exec(rest)?.groups ?? {};
  // `$5M`: a multiplier letter glued to a number that follows a dollar sign.
  const dollarBefore = /\$[\s\u00A0\u202F]?$/.test(text.slice(Math.max(0, start - 2), start));
  const glued = dollarBefore ? /^(k|K|M|MM|m|mm|B|bn|G)(?![\p{L}\d])/u.exec(rest) : null;
  const thousand = GLUED_THOUSAND.exec(rest);
  const unit = GLUED_UNIT.exec(rest);
  const next = text[numberEnd + (after.ord?.length ?? 0)];
  // `3D`, `5G`, `2FA`: a number glued to letters is part of a name, unless the letters are a unit (`400m`, `2GB`).
  if (!after.ord && !after.sym && !after.mult && !glued && !thousand && !unit && next !== undefined && LETTER.test(next)) {
    skipWord(text);
    return 'skip';
  }
  let multiplier = 1;
  let suffix = after.ord ?? '';
  if (glued) {
    multiplier = symbolMultiplier(glued[1]);
    suffix = glued[1];
  } else if (thousand) {
    multiplier = 1e3;
    suffix = thousand[0];
  } else if (unit && !after.ord) {
    suffix = unit[0];
  } else if (after.mult) {
    multiplier = wordMultiplier(after.mult, lang);
    suffix = rest.slice(0, rest.indexOf(after.mult) + after.mult.length);
  } else if (after.sym) {
    multiplier = symbolMultiplier(after.sym);
    suffix = rest.slice(0, rest.indexOf(after.sym) + after.sym.length);
  }
  const { value, alternate } = numberValue(raw, lang);
  if (value === undefined) return null;
  const key = `n:${canonical(value * multiplier)}`;
  let alternateKey = alternate === undefined ? undefined : `n:${canonical(alternate * multiplier)}`;
  const glUnit = !glued && !thousand && unit && !after.ord ? unit[0] : undefined;
  // English news style writes millions `8.5m` as metres are written: both readings are kept.
  if (glUnit === 'm' && lang === 'en') alternateKey = `n:${canonical(value * 1e6)}`;
  const end = numberEnd + suffix.length;
  SCANNER.lastIndex = Math.max(SCANNER.lastIndex, end);
  return {
    key,
    text: text.slice(start, end),
    start,
    end,
    ...(alternateKey && alternateKey !== key ? { alternateKey } : {}),
    ...(glUnit ? { unit: glUnit } : {}),
  };
}

/** The value of a written number, with a second reading where the separator is ambiguous. */
export function numberValue(raw: string, lang: Lang): { value?: number; alternate?: number } {
  const compact = raw.replace(THOUSANDS_SPACES, '');
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
    case 'm':
    case 'mm':
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

