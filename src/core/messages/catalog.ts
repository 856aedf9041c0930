import type { MessageArgs } from '../findings';
import { formatNumber } from '../locale/localeFormat';
import type { Lang } from '../lang';

export type { Lang } from '../lang';

/** A feature's messages in both languages; the key sets must be equal (a unit test checks). */
export interface MessageCatalog<K extends string = string> {
  readonly en: Readonly<Record<K, string>>;
  readonly fr: Readonly<Record<K, string>>;
}

/**
 * Declares a catalogue. Pure: nothing is registered; the catalogues in force are listed in
 * one place (`coreCatalogs.ts`, and the command line's own list), so a message id's type is
 * the union of the keys a module declares and a French key can never be missing.
 */
export function defineMessages<const K extends string>(catalog: { en: Record<K, string>; fr: Record<NoInfer<K>, string> }): MessageCatalog<K> {
  return catalog;
}

/** The ids of a catalogue, as a type. */
export type MessageIdOf<C> = C extends MessageCatalog<infer K> ? K : never;

/**
 * Fills `{name}` slots in a template; numbers are written the way the target language writes
 * them, and an argument that is itself a message is looked up with `lookup`. A count picks its
 * words by the language's plural rules (`Intl.PluralRules`: French 0 and 1 are singular):
 * `{pairs, plural, one {# pair} other {# pairs}}`, `#` being the number as the language writes it.
 */
export function fillTemplate(template: string, args: MessageArgs | undefined, lang: Lang, lookup: (id: string, lang: Lang) => string): string {
  if (!args) return template;
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = args[name];
    if (typeof value !== 'number') return whole;
    const forms = pluralForms(body);
    const form = forms.get(`=${value}`) ?? forms.get(pluralRules(lang).select(value)) ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, formatNumber(value, lang));
  }).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, lang);
    return typeof value === 'string' ? value : lookup(value.messageId, lang);
  });
}

/** `{name, plural, one {…} other {…}}`: the forms hold no braces of their own. */
const PLURAL = /\{(\w+), plural, ((?:[=\w]+ \{[^{}]*\}\s*)+)\}/g;

function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const m of body.matchAll(/([=\w]+) \{([^{}]*)\}/g)) forms.set(m[1], m[2]);
  return forms;
}

const RULES = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = RULES.get(lang);
  if (!rules) RULES.set(lang, (rules = new Intl.PluralRules(lang === 'fr' ? 'fr-CA' : 'en-CA')));
  return rules;
}

/** Picks the message language from an explicit choice or the environment's locale. */
export function languageFromLocale(locale: string | undefined): Lang {
  return locale && /^fr\b|^fr[_-]/i.test(locale) ? 'fr' : 'en';
}
