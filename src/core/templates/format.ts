/**
 * Locale formatting for template text: numbers, amounts, percentages and dates written the way
 * each language writes them (Canadian French per the Bureau de la traduction: no-break spaces
 * between thousands and before `%`, `$` and `:`).
 */

import type { Lang } from '../messages/catalog';

export type { Lang };

/** Text in both languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

export const NBSP = '\u00a0';

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** `25,000` / `25 000` (no-break space), decimals `2.5` / `2,5`. */
export function formatNumber(value: number, lang: Lang): string {
  const [int, dec] = Math.abs(value).toString().split('.');
  const groups = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : NBSP);
  return `${value < 0 ? '-' : ''}${groups}${dec ? (lang === 'en' ? '.' : ',') + dec : ''}`;
}

/** `$1,500` / `1 500 $`. */
export function formatDollars(value: number, lang: Lang): string {
  return lang === 'en' ? `$${formatNumber(value, lang)}` : `${formatNumber(value, lang)}${NBSP}$`;
}

/** `80%` / `80 %`. */
export function formatPercent(value: number, lang: Lang): string {
  return lang === 'en' ? `${formatNumber(value, lang)}%` : `${formatNumber(value, lang)}${NBSP}%`;
}

/** An ISO date (`2027-03-31`) as `March 31, 2027` / `31 mars 2027`. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [year, month, day] = [m[1], Number(m[2]), Number(m[3])];
  const name = MONTHS[lang][month - 1];
  if (!name || day < 1 || day > 31) throw new Error(`not an ISO date: ${iso}`);
  return lang === 'en' ? `${name} ${day}, ${year}` : `${day === 1 ? '1er' : day} ${name} ${year}`;
}

/** A label followed by a colon: `Lead:` / `Responsable :` (no-break space in French). */
export function label(text: string, lang: Lang): string {
  return lang === 'en' ? `${text}:` : `${text}${NBSP}:`;
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
