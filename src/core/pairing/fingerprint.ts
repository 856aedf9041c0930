import { localeOf, parseUrl, canonicalKey, canonicalHost, withoutLanguageTokens } from '../links/urlParts';
import { replaceHtmlComments } from '../text/htmlComments';

/**
 * What a file holds that does not change with its language, for pairing files whose names were
 * translated: front matter values (`github`, `layout`, navigation order, dates, keys written
 * `buttonEN`/`buttonFR`), code, numbers, image file names, link addresses and hosts, custom HTML
 * elements and attribute values, the heading count. Plain data (strings and one number), small
 * enough for an editor's index to keep one per file.
 */
export interface Fingerprint {
  /** Features as `kind:value` (kinds in FEATURE_KINDS); each once. */
  features: string[];
  headings: number;
}

/** The kinds of features, in the order a message names them. */
export const FEATURE_KINDS = ['mark', 'fm', 'date', 'code', 'img', 'url', 'num', 'html', 'host'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export function featureKind(feature: string): FeatureKind {
  return feature.slice(0, feature.indexOf(':')) as FeatureKind;
}

/** Keys that pairing already used or that only say which language the file is in. */
const SKIPPED_KEYS = /^(translationkey|lang|language|locale|langue)$/i;
const DATE_KEY = /(date|time|modified|updated|published|created|lastmod)$/i;
/** Attributes whose values are prose, translated with the page. */
const PROSE_ATTRIBUTES = /^(alt|title|aria-[\w-]+|label|placeholder|value|hint|heading|description|text|content|caption|summary|error-?message|lang|hreflang)$/i;
/** At most this many features of one kind, so that a huge file cannot outweigh everything by volume. */
const MAX_PER_KIND = 200;
const MAX_VALUE = 200;

/** The fingerprint of a file's text; `frontMatter` as already parsed (quickFrontMatter). */
export function contentFingerprint(text: string, frontMatter: Record<string, unknown> | undefined): Fingerprint {
  const out = new FeatureSet();
  if (frontMatter) frontMatterFeatures(frontMatter, '', out, 0);
  const body = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  let headings = 0;
  let fence: string | undefined;
  const prose: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && line.trim() === opening[1]) fence = undefined;
      else codeLine(line, out);
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (/^\s{0,3}#{1,6}\s/.test(line)) headings++;
    headings += (line.match(/<h[1-6][\s>]/gi) ?? []).length;
    prose.push(line);
  }
  proseFeatures(prose.join('\n'), out);
  return { features: out.list(), headings };
}

class FeatureSet {
  private readonly seen = new Set<string>();
  private readonly perKind = new Map<string, number>();
  add(kind: FeatureKind, value: string): void {
    const v = value.trim().replace(/\s+/g, ' ');
    if (v === '' || v.length > MAX_VALUE) return;
    const feature = `${kind}:${v}`;
    if (this.seen.has(feature)) return;
    const n = this.perKind.get(kind) ?? 0;
    if (n >= MAX_PER_KIND) return;
    this.perKind.set(kind, n + 1);
    this.seen.add(feature);
  }
  list(): string[] {
    return [...this.seen];
  }
}

function frontMatterFeatures(value: unknown, path: string, out: FeatureSet, depth: number): void {
  if (depth > 4 || value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) frontMatterFeatures(item, path, out, depth + 1);
    return;
  }
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) out.add('date', `${path}=${value.toISOString().slice(0, 10)}`);
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (depth === 0 && SKIPPED_KEYS.test(key)) continue;
      frontMatterFeatures(inner, path ? `${path}.${key.toLowerCase()}` : key.toLowerCase(), out, depth + 1);
    }
    return;
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
  const neutral = neutralValue(String(value));
  if (neutral === undefined) return;
  const key = path.slice(path.lastIndexOf('.') + 1);
  const isDate = /^\d{4}-\d{2}-\d{2}/.test(neutral);
  // A value that named its language (`buttonEN`, `EN_blog`, `/en/a/`) is an identifier made per
  // language on purpose: `mark`, a stronger sign than a value that is simply the same.
  const marked = !isDate && neutral !== String(value).trim() && /^[^\s]+$/.test(String(value).trim());
  // A timestamp is compared by its day: the two files are often saved minutes apart.
  out.add(isDate || DATE_KEY.test(key) ? 'date' : marked ? 'mark' : 'fm', `${path}=${isDate ? neutral.slice(0, 10) : neutral}`);
}

/**
 * A value without what only names its language: undefined for `en`, `French`; `/en/a/` →
 * `/a`; `buttonEN` → `button`; `EN_blog` → `blog`.
 */
export function neutralValue(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || localeOf(v)) return undefined;
  if (/^(https?:)?\/\/|^\//i.test(v) && !/\s/.test(v)) return canonicalKey(parseUrl(v));
  return v
    .split(/(\s+)/)
    .map((word) => withoutLanguageTokens(word.replace(/(?<=[a-z0-9])(EN|FR|En|Fr)$/, '')))
    .join('');
}

function codeLine(line: string, out: FeatureSet): void {
  // Comments are translated with the page; the code around them is not.
  const code = line.replace(/(\/\/|#|<!--|\/\*).*$/, '').trim();
  if (code.length >= 3) out.add('code', code);
}

function proseFeatures(prose: string, out: FeatureSet): void {
  let text = replaceHtmlComments(prose, ' ');
  text = text.replace(/`([^`\n]+)`/g, (_, code: string) => {
    out.add('code', code);
    return ' ';
  });
  for (const m of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)|<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) {
    const src = (m[1] ?? m[2]).replace(/[?#].*$/, '');
    const name = src.slice(src.lastIndexOf('/') + 1).toLowerCase();
    if (name) out.add('img', withoutLanguageTokens(name));
  }
  // Attributes as one run without brackets: linear, however odd the markup.
  text = text.replace(/<\/?([a-z][\w-]*)([^<>]*)>/gi, (_, tag: string, attrs: string) => {
    if (tag.includes('-')) out.add('html', tag.toLowerCase());
    for (const a of attrs.matchAll(/([^\s=>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const name = a[1].toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (name === 'src' || name === 'href') urlFeatures(value, out);
      else if (!PROSE_ATTRIBUTES.test(name) && !/\s/.test(value.trim()) && !/\{\{|\{%/.test(value)) out.add('html', `${tag.toLowerCase()}.${name}=${value}`);
    }
    return ' ';
  });
  text = text.replace(/\]\(\s*<?([^)\s>]+)[^)]*\)/g, (_, url: string) => {
    urlFeatures(url, out);
    return '] ';
  });
  text = text.replace(/\bhttps?:\/\/[^\s<>()"']+/gi, (url: string) => {
    urlFeatures(url, out);
    return ' ';
  });
  // Hugo and Eleventy template tags: their arguments are often prose.
  text = text.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, ' ');
  // A list's own numbering says nothing about the content.
  text = text.replace(/^\s*\d+[.)]\s/gm, ' ');
  for (const m of text.matchAll(/\d+(?:[ ,.\u00A0\u202F\u2009\u2007']\d+)*/g)) out.add('num', m[0].replace(/\D/g, ''));
}

function urlFeatures(raw: string, out: FeatureSet): void {
  const m = /^(?:https?:)?\/\/([^/?#\s]+)/i.exec(raw.trim());
  if (!m) return;
  out.add('host', canonicalHost(m[1]));
  out.add('url', canonicalKey(parseUrl(raw)));
}
