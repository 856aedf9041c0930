import type { Lang } from '../messages/catalog';

/** A value written as letters that another language writes in digits. */
export interface NamedNumber {
  key: string;
  start: number;
  end: number;
}

// `Q3 2023` is the `3e trimestre`; French abbreviates trimestre as T (`T3`).
const QUARTER = { en: /(?<![\p{L}\d])Q([1-4])(?![\p{L}\d])/gu, fr: /(?<![\p{L}\d])[QT]([1-4])(?![\p{L}\d])/gu };
// French writes centuries and similar ordinals in Roman numerals: `XXIe siècle` is the `21st century`.
const ROMAN_ORDINAL = /(?<![\p{L}\d])([IVX]{1,7})(?:ᵉʳ|ᵉ|er|e|ème)(?![\p{L}\d])/gu;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Quarters and Roman ordinals, which the digit scanner leaves to names. */
export function namedNumbers(text: string, lang: Lang): NamedNumber[] {
  const out: NamedNumber[] = [];
  for (const m of text.matchAll(QUARTER[lang])) out.push({ key: `n:${m[1]}`, start: m.index!, end: m.index! + m[0].length });
  if (lang === 'fr') {
    for (const m of text.matchAll(ROMAN_ORDINAL)) {
      const value = romanValue(m[1]);
      if (value !== undefined) out.push({ key: `n:${value}`, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out;
}

/** The value of a well-formed Roman numeral up to 39, or undefined (`IIV` is not one). */
function romanValue(roman: string): number | undefined {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]];
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === roman ? total : undefined;
}

function toRoman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX'][Math.floor(n / 10)] ?? '';
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10];
  return tens + units;
}
