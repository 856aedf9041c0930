import type { NumericToken } from './numbers';
import { monthNumber } from './months';
import { EN_ORD, FR_ORD, isLowerCaseEnglishMonth, MONTH, SP } from './datePatterns';

/**
 * Ranges write once what belongs to both ends: `December 2–4, 2019` and `du 2 au 4 décembre
 * 2019` are the 2nd and the 4th of December; `1–2 p.m.` is `13 h à 14 h`; `April to June
 * 2026` puts April in 2026 too. Each end is read as the full value it stands for.
 */
const TO = `(?:[-–—]|to|through|until|and|à|au|et|jusqu’au|jusqu'au)`;
const DAY = `(\\d{1,2})(?:${EN_ORD}|${FR_ORD})?`;
const YEAR = `(?:,?${SP}+(?<y>\\d{4})(?!\\d))?`;
const DAY_RANGE_MDY = new RegExp(`(?<m>${MONTH})\\.?${SP}+(?<a>${DAY})${SP}*${TO}${SP}*(?<b>${DAY})(?![\\d:,.]\\d|\\d)${YEAR}`, 'giu');
const DAY_RANGE_DMY = new RegExp(`(?<a>${DAY})${SP}*${TO}${SP}*(?<b>${DAY})${SP}+(?<m>${MONTH})\\.?${YEAR}`, 'giu');
const AP = `(?<ap>[ap]\\.m\\.|[ap]m\\b)`;
const TIME_RANGE = new RegExp(`(?<a>\\d{1,2})(?::(?<am>[0-5]\\d))?${SP}*(?:[-–—]|to)${SP}*(?<b>\\d{1,2})(?::(?<bm>[0-5]\\d))?${SP}*${AP}`, 'giu');

export interface RangeReadings {
  tokens: NumericToken[];
  /** What the tokens cover, so the scanner does not read the ends again. */
  spans: Array<[number, number]>;
}

export function rangeReadings(text: string): RangeReadings {
  const tokens: NumericToken[] = [];
  const spans: Array<[number, number]> = [];
  const taken = (start: number, end: number) => spans.some(([a, b]) => start < b && end > a);
  for (const re of [DAY_RANGE_MDY, DAY_RANGE_DMY]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      const a = Number(/\d+/.exec(g.a)![0]);
      const b = Number(/\d+/.exec(g.b)![0]);
      if (taken(start, end) || isLowerCaseEnglishMonth(g.m) || a < 1 || b > 31 || a >= b) continue;
      const month = String(monthNumber(g.m)!).padStart(2, '0');
      const date = (day: number) => `d:${g.y ?? '-'}-${month}-${String(day).padStart(2, '0')}`;
      tokens.push({ key: date(a), text: m[0], start, end }, { key: date(b), text: m[0], start, end });
      spans.push([start, end]);
    }
  }
  for (const m of text.matchAll(TIME_RANGE)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end) || /[\p{L}\d]/u.test(text[start - 1] ?? '')) continue;
    const pm = g.ap.toLowerCase().startsWith('p');
    const hour = (h: number) => String(pm && h < 12 ? h + 12 : !pm && h === 12 ? 0 : h).padStart(2, '0');
    const a = Number(g.a);
    const b = Number(g.b);
    if (a < 1 || a > 12 || b < 1 || b > 12) continue;
    tokens.push({ key: `t:${hour(a)}:${g.am ?? '00'}`, text: m[0], start, end }, { key: `t:${hour(b)}:${g.bm ?? '00'}`, text: m[0], start, end });
    spans.push([start, end]);
  }
  return { tokens, spans };
}

const RANGE_START = new RegExp(
  `(?<m>${MONTH})\\.?${SP}*(?:to|through|until|and|à|au|et|jusqu’à|jusqu'à|[-–—])${SP}*(?:(?:le${SP}+)?\\d{1,2}(?:${FR_ORD})?${SP}+)?(?<m2>${MONTH})\\.?,?${SP}+(?<y>\\d{4})(?!\\d)`,
  'giu',
);

/** `April to June 2026`: the first month of a range shares the year written once at its end. */
export function monthRangeStarts(text: string, found: NumericToken[]): NumericToken[] {
  const out: NumericToken[] = [];
  for (const m of text.matchAll(RANGE_START)) {
    const start = m.index!;
    const end = start + m.groups!.m.length;
    if (found.some((t) => t.start < end && t.end > start)) continue;
    const name = m.groups!.m;
    if (isLowerCaseEnglishMonth(name)) continue;
    const month = String(monthNumber(name)!).padStart(2, '0');
    out.push({ key: `d:${m.groups!.y}-${month}`, text: text.slice(start, end), start, end });
  }
  return out;
}
