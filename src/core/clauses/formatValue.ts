import type { ClauseParameter, Lang, ParameterValue } from './clauseTypes';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `1,500` and `2.5` in English; `1 500` (no-break space) and `2,5` in French. */
export function formatNumber(value: number, lang: Lang): string {
  const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 10 }).format(value);
  return text.replace(/[\u202F ]/g, '\u00A0');
}

/** `2027-12-31` → `December 31, 2027` / `31 décembre 2027` (`1er` for the first of the month). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  if (lang === 'fr') return `${day === 1 ? '1er' : day} ${FR_MONTHS[month - 1]} ${year}`;
  return `${EN_MONTHS[month - 1]} ${day}, ${year}`;
}

export function isLocalized(value: unknown): value is { en: string; fr: string } {
  return typeof value === 'object' && value !== null && 'en' in value && 'fr' in value;
}

/** How a parameter value is written in a policy of the given language. */
export function formatParameterValue(value: ParameterValue, lang: Lang, parameter?: ClauseParameter): string {
  if (isLocalized(value)) return value[lang];
  if (typeof value === 'boolean') return value ? (lang === 'fr' ? 'oui' : 'yes') : lang === 'fr' ? 'non' : 'no';
  if (typeof value === 'number') return formatNumber(value, lang);
  const type = parameter?.type;
  if (type === 'date') return formatDate(value, lang);
  if (type === 'enum') {
    const option = parameter?.options?.find((o) => o.value === value);
    return option ? option.label[lang] : value;
  }
  if ((type === 'number' || type === 'integer') && /^-?\d+(\.\d+)?$/.test(value)) return formatNumber(Number(value), lang);
  return value;
}
