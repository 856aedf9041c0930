import type { Lang } from '../messages/catalog';
import { languageNeutralName } from '../extract/languageNeutralName';

/**
 * A link target taken apart so that two targets can be compared without the parts that only
 * say which language a page is in (`/en/`, `-eng`, `?lang=fr`, `fr.`), nor tracking
 * parameters, nor the page anchor (anchors are named in each page's language).
 */
export interface UrlParts {
  kind: 'absolute' | 'root' | 'relative' | 'mailto' | 'tel' | 'anchor' | 'template' | 'other';
  /** `https` for `http` too; empty for relative targets. */
  scheme: string;
  /** Lower case, without `www.`, a default port or a language label (`fr.wikipedia.org` → `wikipedia.org`). */
  host: string;
  /** Decoded path segments without language segments; `..` kept for relative targets. */
  segments: string[];
  /** Query parameters without locale and tracking ones, sorted, values without language tokens. */
  query: Array<[string, string]>;
}

const LANG_WORDS: Record<Lang, RegExp> = {
  en: /^(en|eng|english|anglais)$/i,
  fr: /^(fr|fra|fre|french|francais|français)$/i,
};
const REGION = /^(ca|us|gb|uk|au|fr|be|ch|qc|lu)$/i;
/** A whole segment, label or value that names a language or a locale (`en`, `fr-CA`, `eng`, `english`). */
const LOCALE = /^(en|eng|english|anglais|fr|fra|fre|french|francais|français)(?:[-_](ca|us|gb|uk|au|fr|be|ch|qc|lu))?$/i;
/** Query parameters that choose the page's language. */
const LOCALE_PARAMS = /^(lang|language|langue|lng|ln|l|lc|hl|locale|setlang|uselang|ui|culture|mkt|lang_id|langcode|lg)$/i;
/** Values of a locale parameter that name English or French, single letters included (`lang=e`). */
const LOCALE_VALUE = /^(e|f|en|eng|english|anglais|fr|fra|fre|french|francais|français)(?:[-_](ca|us|gb|uk|au|fr|be|ch|qc|lu))?$/i;
/** Tracking parameters: never part of what a link points to. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|hsctatracking|igshid|ref_src|cmp|wt\.mc_id)$/i;
const SEPARATOR = /([-_.~+ ]+)/;

/** Which language a whole segment, host label or parameter value names, if it names one. */
export function localeOf(token: string): Lang | undefined {
  const m = LOCALE.exec(token);
  if (!m) return undefined;
  return LANG_WORDS.en.test(m[1]) ? 'en' : 'fr';
}

export function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Takes a link target apart; never throws (Markdown authors write odd targets). */
export function parseUrl(raw: string): UrlParts {
  const url = raw.trim();
  const empty = { scheme: '', host: '', segments: [] as string[], query: [] as Array<[string, string]> };
  // `{{ links.figmaEn }}` ↔ `{{ links.figmaFr }}`: per-language twins of one name (see languageNeutralName).
  if (/\{\{|\{%/.test(url)) return { kind: 'template', ...empty, segments: [languageNeutralName(url.replace(/\s+/g, ''))] };
  if (url.startsWith('#') || url === '') return { kind: 'anchor', ...empty };
  const mailto = /^mailto:([^?#]*)/i.exec(url);
  if (mailto) {
    const addresses = decodeSafe(mailto[1]).split(/[,;]/).map((a) => a.trim().toLowerCase()).filter(Boolean).sort();
    return { kind: 'mailto', ...empty, segments: addresses };
  }
  const tel = /^tel:(.*)$/i.exec(url);
  if (tel) return { kind: 'tel', ...empty, segments: [tel[1].replace(/\D/g, '')] };
  const absolute = /^(?:([a-z][a-z0-9+.-]*):)?\/\/([^/?#]*)(.*)$/i.exec(url);
  if (absolute) {
    const scheme = (absolute[1] ?? 'https').toLowerCase();
    return { kind: 'absolute', scheme: scheme === 'http' ? 'https' : scheme, host: canonicalHost(absolute[2]), ...pathAndQuery(absolute[3]) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return { kind: 'other', ...empty, segments: [url] };
  return { kind: url.startsWith('/') ? 'root' : 'relative', scheme: '', host: '', ...pathAndQuery(url) };
}

/** `WWW.Example.ca:443` → `example.ca`; `fr.wikipedia.org` → `wikipedia.org`. */
export function canonicalHost(host: string): string {
  let h = host.toLowerCase().replace(/^[^@]*@/, '').replace(/:(80|443)$/, '').replace(/\.$/, '');
  h = h.replace(/^www\d?\./, '');
  const labels = h.split('.');
  if (labels.length > 2 && localeOf(labels[0])) h = labels.slice(1).join('.');
  return h;
}

function pathAndQuery(rest: string): { segments: string[]; query: Array<[string, string]> } {
  const withoutAnchor = rest.replace(/#.*$/s, '');
  const q = withoutAnchor.indexOf('?');
  const path = q < 0 ? withoutAnchor : withoutAnchor.slice(0, q);
  const query = q < 0 ? '' : withoutAnchor.slice(q + 1);
  return { segments: pathSegments(path), query: queryParams(query) };
}

/** Decoded segments, each without its language tokens; whole language segments left out. */
export function pathSegments(path: string): string[] {
  const out: string[] = [];
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = decodeSafe(parts[i]).normalize('NFC');
    if (part === '' || part === '.') continue;
    if (localeOf(part)) continue;
    const last = i === parts.length - 1 || parts.slice(i + 1).every((p) => p === '');
    // A folder's landing page: `index.html`, and the home pages some sites name (`/fr/accueil`).
    if (last && /^(index|default|home|accueil)(\.(html?|php|aspx?))?$/i.test(part)) continue;
    const stripped = withoutLanguageTokens(part);
    if (stripped !== '') out.push(stripped);
  }
  return out;
}

function queryParams(query: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const pair of query.split(/[&;]/)) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodeSafe((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
    const value = eq < 0 ? '' : decodeSafe(pair.slice(eq + 1).replace(/\+/g, ' '));
    if (TRACKING_PARAMS.test(key)) continue;
    if (LOCALE_PARAMS.test(key) && LOCALE_VALUE.test(value)) continue;
    out.push([key, withoutLanguageTokens(value)]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/**
 * A segment or value without the tokens that only name a language, with the separator that
 * joined them: `doc-eng.aspx` → `doc.aspx`, `EN_blog` → `blog`, `report_e.pdf` → `report.pdf`.
 */
export function withoutLanguageTokens(text: string): string {
  const ext = /^(.+?)(\.[a-z0-9]{1,5})$/i.exec(text);
  const stem = ext ? ext[1] : text;
  const tail = ext ? ext[2] : '';
  const pieces = stem.split(SEPARATOR);
  const tokens = pieces.filter((_, i) => i % 2 === 0);
  const seps = pieces.filter((_, i) => i % 2 === 1);
  const remove = tokens.map((t, i) => LANG_WORDS.en.test(t) || LANG_WORDS.fr.test(t) || (i > 0 && i === tokens.length - 1 && tail !== '' && /^[ef]$/i.test(t)));
  // `fr-CA`: the region goes with its language.
  for (let i = 1; i < tokens.length; i++) if (remove[i - 1] && /^[-_]$/.test(seps[i - 1]) && REGION.test(tokens[i]) && LOCALE.test(tokens[i - 1] + '-' + tokens[i])) remove[i] = true;
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (remove[i]) continue;
    if (out !== '') out += seps[i - 1];
    out += tokens[i];
  }
  if (out === '') return remove.some(Boolean) && tail === '' ? '' : text;
  return out + tail;
}

/** One string for the comparison of two targets (equal strings: the same page). */
export function canonicalKey(parts: UrlParts, host = parts.host): string {
  const query = parts.query.map(([k, v]) => `${k}=${v}`).join('&');
  switch (parts.kind) {
    case 'absolute':
      return `${parts.scheme}://${host}/${parts.segments.join('/')}${query ? '?' + query : ''}`;
    case 'root':
      return `/${parts.segments.join('/')}${query ? '?' + query : ''}`;
    case 'relative':
      return `./${parts.segments.join('/')}${query ? '?' + query : ''}`;
    case 'anchor':
      return '#';
    default:
      return `${parts.kind}:${parts.segments.join(',')}`;
  }
}

/**
 * The language a target says it is in, read strictly (a language segment, `-eng`/`-fra`, a
 * `.fr` before the extension, a `lang=` parameter, an `en.` label), or undefined when it says
 * nothing or both. Stricter than the comparison: `travailler-en-equipe` is not English.
 */
export function markedLanguage(raw: string): Lang | undefined {
  const url = raw.trim();
  const found = new Set<Lang>();
  const absolute = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)(.*)$/i.exec(url);
  const rest = absolute ? absolute[2] : /^[a-z][a-z0-9+.-]*:/i.test(url) ? '' : url;
  if (absolute) {
    const first = absolute[1].toLowerCase().split('.')[0];
    const lang = absolute[1].split('.').length > 2 ? localeOf(first) : undefined;
    if (lang) found.add(lang);
  }
  const [pathPart, queryPart = ''] = rest.replace(/#.*$/s, '').split('?');
  const segments = pathPart.split('/').map(decodeSafe).filter(Boolean);
  segments.forEach((segment, i) => {
    const whole = localeOf(segment);
    if (whole) return found.add(whole);
    const tokens = segment.split(/[-_.~+]/);
    for (const t of tokens) {
      if (/^(eng|english)$/i.test(t)) found.add('en');
      if (/^(fra|francais|français)$/i.test(t)) found.add('fr');
    }
    if (i === segments.length - 1) {
      const end = /[-_.](en|fr|e|f)(?:[-_](?:ca|us|gb|fr))?(?:\.[a-z0-9]{1,5})?$/i.exec(segment);
      const letter = end?.[1].toLowerCase();
      if (letter && (letter.length === 2 || /\.[a-z0-9]{1,5}$/i.test(segment))) found.add(letter.startsWith('e') ? 'en' : 'fr');
    }
  });
  for (const pair of queryPart.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key && LOCALE_PARAMS.test(decodeSafe(key)) && LOCALE_VALUE.test(decodeSafe(value))) found.add(/^e/i.test(decodeSafe(value)) || /^an/i.test(decodeSafe(value)) ? 'en' : 'fr');
  }
  return found.size === 1 ? [...found][0] : undefined;
}
