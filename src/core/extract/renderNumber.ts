import { formatCount, type Lang } from '../messages/catalog';

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** A plain number as each language writes it: `1,500.5` / `1 500,5` (no-break space). */
export function renderPlainNumber(value: number, lang: Lang): string {
  if (Number.isInteger(value)) return formatCount(value, lang);
  const [int, dec] = String(value).split('.');
  return `${formatCount(Number(int), lang)}${lang === 'fr' ? ',' : '.'}${dec}`;
}

/**
 * Writes the value behind a numeric key (see extractNumbers) the way `lang` writes it:
 * `n:1500` → `1 500`, `d:2027-12-31` → `31 décembre 2027`, `t:09:30` → `9 h 30`. Identifiers
 * and versions are returned as `fallback`, the text as found in the other language.
 */
export function renderNumericKey(key: string, lang: Lang, fallback: string): string {
  const [kind, value] = [key.slice(0, 1), key.slice(2)];
  if (kind === 'n') return renderPlainNumber(Number(value), lang);
  if (kind === 'd') {
    const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!m) return fallback;
    const year = m[1] === '-' ? undefined : m[1];
    const month = MONTHS[lang][Number(m[2]) - 1];
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (lang === 'fr') return [day === undefined ? undefined : day === 1 ? '1er' : String(day), month, year].filter(Boolean).join('\u00A0');
    if (day === undefined) return `${month} ${year}`;
    return year ? `${month} ${day}, ${year}` : `${month} ${day}`;
  }
  if (kind === 't') {
    const [h, mm] = value.split(':').map(Number);
    if (lang === 'fr') return mm ? `${h}\u00A0h\u00A0${String(mm).padStart(2, '0')}` : `${h}\u00A0h`;
    const suffix = h < 12 ? 'a.m.' : 'p.m.';
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return `${h12}:${String(mm).padStart(2, '0')} ${suffix}`;
  }
  return fallback;
}
