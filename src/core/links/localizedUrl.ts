import type { Lang } from '../messages/catalog';

/**
 * Language markers in web addresses. Each English form maps to its French counterpart; an
 * address with every marker replaced by a neutral token is the same in both languages.
 */
const MARKERS: Array<{ en: RegExp; fr: RegExp; neutral: string }> = [
  { en: /\/(en|en-ca|eng)(?=\/|$|\?|#)/gi, fr: /\/(fr|fr-ca|fra)(?=\/|$|\?|#)/gi, neutral: '/{lang}' },
  { en: /-eng(?=[./?#_-]|$)/gi, fr: /-fra(?=[./?#_-]|$)/gi, neutral: '-{lang}' },
  { en: /_eng(?=[./?#_-]|$)/gi, fr: /_fra(?=[./?#_-]|$)/gi, neutral: '_{lang}' },
  { en: /([-_.])en(?=\.\w{2,5}(?:[?#]|$))/gi, fr: /([-_.])fr(?=\.\w{2,5}(?:[?#]|$))/gi, neutral: '$1{lang}' },
  { en: /_e(?=\.(?:html?|pdf|aspx?|docx?|xlsx?|csv)(?:[?#]|$))/gi, fr: /_f(?=\.(?:html?|pdf|aspx?|docx?|xlsx?|csv)(?:[?#]|$))/gi, neutral: '_{l}' },
  { en: /([?&](?:lang|language|hl|locale)=)(en|eng|en-ca|en_ca)(?=&|#|$)/gi, fr: /([?&](?:lang|language|hl|locale)=)(fr|fra|fr-ca|fr_ca)(?=&|#|$)/gi, neutral: '$1{lang}' },
  { en: /\benglish\b/gi, fr: /\bfran(?:c|ç|%C3%A7)ais\b/gi, neutral: '{language}' },
];

const HOST_MARKER = { en: /^(en)\./i, fr: /^(fr)\./i };

/** Well-known Canadian bilingual sites whose host name itself is translated. */
export const DEFAULT_HOST_PAIRS: Record<string, string> = {
  'open.canada.ca': 'ouvert.canada.ca',
  'search.open.canada.ca': 'rechercher.ouvert.canada.ca',
  'digital.canada.ca': 'numerique.canada.ca',
  'canadabuys.canada.ca': 'achatscanada.canada.ca',
};

export interface ParsedUrl {
  scheme: string;
  host: string;
  rest: string;
}

/** Splits an absolute URL without throwing on odd input (Markdown authors write odd URLs). */
export function splitUrl(url: string): ParsedUrl | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(url.trim());
  if (!m) return undefined;
  return { scheme: m[1].toLowerCase(), host: m[2].toLowerCase(), rest: m[3] };
}

/** Does the address say which language it is in? */
export function urlLanguage(url: string): Lang | undefined {
  const parsed = splitUrl(url);
  const host = parsed?.host ?? '';
  const rest = parsed ? parsed.rest : url;
  let en = HOST_MARKER.en.test(host);
  let fr = HOST_MARKER.fr.test(host);
  for (const marker of MARKERS) {
    marker.en.lastIndex = 0;
    marker.fr.lastIndex = 0;
    en ||= marker.en.test(rest);
    fr ||= marker.fr.test(rest);
  }
  if (en === fr) return undefined;
  return en ? 'en' : 'fr';
}

/**
 * The address with its language markers neutralised and its host mapped through the known
 * bilingual host pairs; two links are counterparts when their neutral forms are equal.
 */
export function neutralUrl(url: string, lang: Lang, hostPairs: Record<string, string> = DEFAULT_HOST_PAIRS): string {
  const parsed = splitUrl(url);
  if (!parsed) return neutralRest(url.trim(), lang);
  let host = parsed.host.replace(/^www\./, '');
  host = host.replace(lang === 'en' ? HOST_MARKER.en : HOST_MARKER.fr, '{lang}.');
  if (lang === 'fr') {
    for (const [enHost, frHost] of Object.entries(hostPairs)) {
      if (host === frHost.replace(/^www\./, '')) host = enHost.replace(/^www\./, '');
    }
  }
  const scheme = parsed.scheme === 'http' ? 'https' : parsed.scheme;
  // Anchors inside another site's page are named in its language (`#donnees` / `#data`): not compared.
  const rest = neutralRest(parsed.rest.replace(/#.*$/, ''), lang);
  return `${scheme}://${host}${rest.replace(/\/$/, '')}`;
}

function neutralRest(rest: string, lang: Lang): string {
  let out = rest;
  for (const marker of MARKERS) out = out.replace(lang === 'en' ? marker.en : marker.fr, marker.neutral);
  return out;
}

/** Host of an absolute URL after the bilingual host pairs, for "same site" comparisons. */
export function siteOf(url: string, lang: Lang, hostPairs: Record<string, string> = DEFAULT_HOST_PAIRS): string | undefined {
  const n = neutralUrl(url, lang, hostPairs);
  const parsed = splitUrl(n);
  return parsed?.host;
}
