import { formatDateParts, formatNumber, NBSP, type Lang } from '../locale/localeFormat';

/**
 * Writes the value behind a numeric key (see extractNumbers) the way `lang` writes it:
 * `n:1500` → `1 500`, `d:2027-12-31` → `31 décembre 2027`, `t:09:30` → `9 h 30`. Identifiers
 * and versions are returned as `fallback`, the text as found in the other language.
 */
export function renderNumericKey(key: string, lang: Lang, fallback: string): string {
  const [kind, value] = [key.slice(0, 1), key.slice(2)];
  if (kind === 'n') return formatNumber(Number(value), lang);
  if (kind === 'd') {
    const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!m) return fallback;
    return formatDateParts(m[1] === '-' ? undefined : Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), lang) ?? fallback;
  }
  if (kind === 't') {
    const [h, mm] = value.split(':').map(Number);
    if (lang === 'fr') return mm ? `${h}${NBSP}h${NBSP}${String(mm).padStart(2, '0')}` : `${h}${NBSP}h`;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return `${h12}:${String(mm).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
  }
  return fallback;
}
