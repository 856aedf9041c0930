/**
 * Locale formatting for template text: numbers, amounts, percentages and dates written the way
 * each language writes them (Canadian French per the Bureau de la traduction: no-break spaces
 * between thousands and before `%`, `$` and `:`).
 */

import type { Lang } from '../messages/catalog';
import { formatIsoDate } from '../locale/localeFormat';

export type { Lang };

/** Text in both languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

export { NBSP, formatNumber, formatDollars, formatPercent, label } from '../locale/localeFormat';

/** An ISO date (`2027-03-31`) as `March 31, 2027` / `31 mars 2027`; throws on anything else. */
export function formatDate(iso: string, lang: Lang): string {
  const text = formatIsoDate(iso, lang);
  if (text === undefined) throw new Error(`not an ISO date: ${iso}`);
  return text;
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
