import type { CheckOptions } from '../parity/pairContext';
import { fieldKey, listKey } from './fieldName';

/**
 * Keys whose value is written for each language and so differs by nature: the page's words
 * (titles, descriptions, taxonomies), its own addresses and its language. Gathered from the
 * front matter reference of Hugo (title, linkTitle, description, summary, keywords, slug, url,
 * aliases, tags, categories, series, lastmod), Eleventy (permalink, locale, eleventyNavigation's
 * own words live below it), Jekyll and its plugins (permalink, excerpt, redirect_from,
 * redirect_to, lang, last_modified_at) and common CMS and SEO fields (seo_title,
 * meta_description, og_*, alt, caption). They are never compared, and one present in a single
 * file is not reported: a French page may have an alias or a tag the English one has not.
 * The time of the last edit is one of them: fixing a typo in one language changes it alone.
 */
const PER_LANGUAGE = [
  'title', 'linkTitle', 'subtitle', 'headline', 'heading', 'label', 'shortTitle', 'navTitle', 'menuTitle',
  'description', 'summary', 'excerpt', 'abstract', 'teaser', 'intro', 'lead', 'caption', 'alt', 'imageAlt', 'imageCaption',
  'keywords', 'tags', 'categories', 'category', 'series', 'topics',
  'url', 'slug', 'aliases', 'permalink', 'redirect_from', 'redirect_to', 'canonical', 'canonicalUrl',
  'lang', 'language', 'locale', 'languageCode', 'languageName',
  'lastmod', 'lastModified', 'last_modified_at', 'modified', 'updated', 'dateModified',
  // The review record of a translation (review/reviewRecord.ts): the French file's own.
  'reviewedAgainst',
  'seoTitle', 'seoDescription', 'metaTitle', 'metaDescription', 'ogTitle', 'ogDescription', 'twitterTitle', 'twitterDescription',
];

/**
 * Per-language keys whose value is prose: the same long text in both files was not translated
 * (the `untranslated` rule reads them, at any depth: `eleventyNavigation.description`).
 */
const PROSE = [
  'description', 'summary', 'excerpt', 'abstract', 'teaser', 'intro', 'lead', 'caption', 'alt', 'imageAlt', 'imageCaption',
  'subtitle', 'seoDescription', 'metaDescription', 'ogDescription', 'twitterDescription',
];

/**
 * Keys whose value must be equal whatever it looks like: the key that pairs the translations
 * (Hugo's `translationKey`, Jekyll's `ref` and `page_id` for multilingual plugins), and the
 * template a page is built with (`layout`, Hugo's `type`), language markers set aside
 * (`layouts/en/post.njk` is `layouts/fr/post.njk`).
 */
const ALWAYS_COMPARED = ['translationKey', 'ref', 'page_id', 'layout', 'type'];

/** How each front matter key is treated, from the built-in lists and the `front-matter` rule's options. */
export class FrontMatterKeyPolicy {
  private readonly perLanguage: Set<string>;
  private readonly compared: Set<string>;
  private readonly ignored: Set<string>;
  private readonly prose = new Set(PROSE.map(listKey));

  /** How a key is matched with the other file's: any case (Hugo), or as written (Eleventy, Jekyll) when configured. */
  readonly matchKey: (key: string) => string;

  constructor(extra: { perLanguageKeys?: readonly string[]; compareKeys?: readonly string[]; ignoreKeys?: readonly string[]; caseSensitiveKeys?: boolean } = {}) {
    this.matchKey = extra.caseSensitiveKeys ? (key) => key : fieldKey;
    this.compared = new Set([...ALWAYS_COMPARED, ...(extra.compareKeys ?? [])].map(listKey));
    this.perLanguage = new Set([...PER_LANGUAGE, ...(extra.perLanguageKeys ?? [])].map(listKey).filter((k) => !this.compared.has(k)));
    this.ignored = new Set((extra.ignoreKeys ?? []).map(listKey));
  }

  /** Neither compared nor reported when present in one file only. */
  isIgnored(key: string): boolean {
    return this.ignored.has(listKey(key));
  }

  /** Written for each language: never compared, not reported when in one file only. */
  isPerLanguage(key: string): boolean {
    return this.ignored.has(listKey(key)) || this.perLanguage.has(listKey(key));
  }

  /** Compared whatever its value looks like (configured, or the key that pairs translations). */
  isAlwaysCompared(key: string): boolean {
    return !this.ignored.has(listKey(key)) && this.compared.has(listKey(key));
  }

  /** A per-language key that holds prose (checked for being left untranslated). */
  isProse(key: string): boolean {
    return this.prose.has(listKey(key)) && !this.isIgnored(key) && !this.compared.has(listKey(key));
  }
}

/** The options of the `front-matter` rule, as declared in its rule file (the schema is generated from them). */
export const FRONT_MATTER_OPTIONS = {
  perLanguageKeys: {
    schema: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Front matter keys written for each language, added to the built-in list (title, description, summary, url, slug, aliases, permalink, tags, categories, keywords, lang, lastmod, …): never compared, not reported when in one file only. Any case; `-` and `_` do not matter.' },
    default: [] as string[],
  },
  compareKeys: {
    schema: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Front matter keys whose values must be equal in both files whatever they look like (text included), even if the built-in list says they are written for each language. translationKey, layout and type always are.' },
    default: [] as string[],
  },
  caseSensitiveKeys: {
    schema: { type: 'boolean', description: 'Match front matter keys as written, for generators that read them so (Eleventy, Jekyll): `TranslationKey` and `translationKey` are then two keys, each in one file only. Default false: any case, as Hugo reads them.' },
    default: false,
  },
  ignoreKeys: {
    schema: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Front matter keys never checked: not compared, not reported when in one file only.' },
    default: [] as string[],
  },
} as const;

const policies = new WeakMap<CheckOptions, FrontMatterKeyPolicy>();

/** The policy of a run, from the `front-matter` rule's options (every rule that reads front matter uses it). */
export function frontMatterKeyPolicy(options: CheckOptions): FrontMatterKeyPolicy {
  let policy = policies.get(options);
  if (!policy) {
    const option = (name: 'perLanguageKeys' | 'compareKeys' | 'ignoreKeys') => options.rules.option<string[]>('front-matter', name);
    policy = new FrontMatterKeyPolicy({
      perLanguageKeys: option('perLanguageKeys'),
      compareKeys: option('compareKeys'),
      ignoreKeys: option('ignoreKeys'),
      caseSensitiveKeys: options.rules.option<boolean>('front-matter', 'caseSensitiveKeys'),
    });
    policies.set(options, policy);
  }
  return policy;
}
