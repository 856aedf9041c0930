import type { MessageArgs } from '../findings';
import { formatNumber } from '../locale/localeFormat';

export type Lang = 'en' | 'fr';

/** A feature's messages in both languages; the key sets must be equal (a unit test checks). */
export interface MessageCatalog {
  en: Record<string, string>;
  fr: Record<string, string>;
}

const catalogs: MessageCatalog[] = [];

/** Adds a feature's messages to the shared catalogue; returns it for local use. */
export function defineMessages(catalog: MessageCatalog): MessageCatalog {
  catalogs.push(catalog);
  return catalog;
}

export function registeredCatalogs(): readonly MessageCatalog[] {
  return catalogs;
}

/** Looks up a message template; unknown ids come back as the id itself so nothing is lost. */
export function messageTemplate(id: string, lang: Lang): string {
  for (let i = catalogs.length - 1; i >= 0; i--) {
    const text = catalogs[i][lang][id];
    if (text !== undefined) return text;
  }
  return id;
}

/** Fills `{name}` slots in a template; numbers are written the way the target language writes them. */
export function formatMessage(id: string, args: MessageArgs | undefined, lang: Lang): string {
  return fillTemplate(messageTemplate(id, lang), args, lang);
}

export function fillTemplate(template: string, args: MessageArgs | undefined, lang: Lang): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, lang);
    return typeof value === 'string' ? value : messageTemplate(value.messageId, lang);
  });
}

/** Picks the message language from an explicit choice or the environment's locale. */
export function languageFromLocale(locale: string | undefined): Lang {
  return locale && /^fr\b|^fr[_-]/i.test(locale) ? 'fr' : 'en';
}
