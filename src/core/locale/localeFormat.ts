/**
 * Numbers, amounts, percentages and dates as each language writes them, in one place: Canadian
 * French per the Bureau de la traduction (no-break space between thousands and before `%` and
 * `$`, decimal comma, `1er` for the first of the month).
 */
export type { Lang } from '../lang';
import type { Lang } from '../lang';

export const NBSP = '\u00a0';

export const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** `25,000.5` / `25 000,5` (no-break space). */
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

/**
 * A date from its parts as each language writes it: `March 31, 2027` / `31 mars 2027`,
 * `March 2027` / `mars 2027`, `March 31` / `31 mars`. Undefined for an impossible date.
 */
export function formatDateParts(year: number | undefined, month: number, day: number | undefined, lang: Lang): string | undefined {
  const name = MONTHS[lang][month - 1];
  if (!name || (day !== undefined && (day < 1 || day > 31))) return undefined;
  if (lang === 'fr') return [day === undefined ? undefined : day === 1 ? '1er' : String(day), name, year].filter((x) => x !== undefined).join(' ');
  if (day === undefined) return `${name} ${year}`;
  return year === undefined ? `${name} ${day}` : `${name} ${day}, ${year}`;
}

/** An ISO date (`2027-03-31`) as `March 31, 2027` / `31 mars 2027`; undefined when it is not one. */
export function formatIsoDate(iso: string, lang: Lang): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? formatDateParts(Number(m[1]), Number(m[2]), Number(m[3]), lang) : undefined;
}

/** A label followed by a colon: `Lead:` / `Responsable :` (no-break space in French). */
export function label(text: string, lang: Lang): string {
  return lang === 'en' ? `${text}:` : `${text}${NBSP}:`;
}
