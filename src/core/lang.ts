/** The two languages of every document, message and data file of the toolkit. */
export type Lang = 'en' | 'fr';

export const LANGS: readonly Lang[] = ['en', 'fr'];

/** One value per language: a text, a list, anything written twice. */
export interface Localized<T = string> {
  en: T;
  fr: T;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en';
}
