import { MONTH_PATTERN } from './months';

/** Pieces of the regular expressions that read dates and times, shared by the readers. */
export const SP = '[\\s\\u00A0\\u202F]';
// Month names are whole words: `mai` in `main`, `mar` in `market` are not months.
export const MONTH = `(?<![\\p{L}])(?:${MONTH_PATTERN})(?![\\p{L}])`;
export const EN_ORD = '(?:st|nd|rd|th)';
// Typeset French writes ordinals with modifier letters (`1ᵉʳ`, `2ᵉ`); `2nde` is the school spelling.
export const FR_ORD = '(?:ère|ème|eme|nde|ᵉʳ|ʳᵉ|ᵉˢ|er|re|es|nd|ᵉ|e)';

const ENGLISH_ONLY_MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|dec|oct|nov)$/i;
const FRENCH_MONTHS = /^(mars|mai|juin|avril|août|aout|octobre|novembre|décembre|decembre|septembre|janvier|février|fevrier|juillet|sept|oct|nov|déc|avr)$/i;

/** English months are capitalised; a lower-case `may` or `march` is a verb. */
export function isLowerCaseEnglishMonth(name: string): boolean {
  return ENGLISH_ONLY_MONTHS.test(name) && name[0] === name[0].toLowerCase() && !FRENCH_MONTHS.test(name);
}
