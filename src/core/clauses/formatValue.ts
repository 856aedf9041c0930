import type { ClauseParameter, Lang, ParameterValue } from './clauseTypes';
import { formatIsoDate, formatNumber } from '../locale/localeFormat';

export { formatNumber } from '../locale/localeFormat';

/** `2027-12-31` → `December 31, 2027` / `31 décembre 2027` (`1er` for the first of the month); anything else unchanged. */
export function formatDate(iso: string, lang: Lang): string {
  return formatIsoDate(iso, lang) ?? iso;
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
