import type { ParsedDocument } from '../markdown/documentModel';
import { listKey } from '../frontMatter/fieldName';

/** A one-line YAML front matter value a translator writes: `title: Open data`, `description: "…"`. */
export interface FrontMatterValue {
  key: string;
  /** The value's text between its quotes (or the plain scalar), and where it is. */
  text: string;
  span: [number, number];
  quote: '' | '"' | "'";
}

/**
 * Keys whose value is the page's own words (the per-language keys that are text, not addresses,
 * dates or language codes; see frontMatter/keyPolicy.ts). Slugs and URLs stay out: a CAT tool
 * would translate them without knowing the site's routes.
 */
const TEXT_KEYS = new Set(
  ['title', 'linkTitle', 'subtitle', 'headline', 'heading', 'label', 'shortTitle', 'navTitle', 'menuTitle', 'description', 'summary', 'excerpt', 'abstract', 'teaser', 'intro', 'lead', 'caption', 'alt', 'imageAlt', 'imageCaption', 'seoTitle', 'seoDescription', 'metaTitle', 'metaDescription', 'ogTitle', 'ogDescription', 'twitterTitle', 'twitterDescription'].map(listKey),
);

const LINE = /^[ \t]*:[ \t]*(?:"((?:[^"\\\r\n])*)"|'((?:[^'\r\n])*)'|([^\s"'#&*!|>%@`{[\-?:,\]}][^\r\n]*?))[ \t]*(?:\r?\n|$)/;

/**
 * The top-level YAML text values of a document that can be written back without YAML knowledge:
 * on one line, plain or quoted without escapes, equal to what YAML reads. Others (block scalars,
 * escapes, comments after the value, TOML) stay out of the XLIFF, as the issue asks for the rest.
 */
export function frontMatterValues(doc: ParsedDocument): FrontMatterValue[] {
  const fm = doc.frontMatter;
  if (!fm || fm.format !== 'yaml' || fm.problems.length) return [];
  const out: FrontMatterValue[] = [];
  for (const key of fm.keys) {
    if (!TEXT_KEYS.has(listKey(key.key)) || typeof key.value !== 'string') continue;
    const after = doc.lines.offset(key.range.end);
    const m = LINE.exec(doc.text.slice(after));
    if (!m) continue;
    const [text, quote] = m[1] !== undefined ? [m[1], '"' as const] : m[2] !== undefined ? [m[2], "'" as const] : [m[3], '' as const];
    if (text !== key.value || /[ \t]#|:[ \t]/.test(quote ? '' : text)) continue;
    const at = after + m[0].indexOf(quote + text) + quote.length;
    out.push({ key: key.key, text, span: [at, at + text.length], quote });
  }
  return out;
}

/**
 * A translated value as YAML for the place of the old one: kept in its quotes when it can be,
 * else written as a double-quoted string (JSON's escapes are YAML's).
 */
export function yamlValue(text: string, quote: FrontMatterValue['quote'], original: string): string {
  if (text === original) return text;
  if (quote === '"') return JSON.stringify(text).slice(1, -1);
  if (quote === "'") return text.replace(/\r?\n/g, ' ').replace(/'/g, "''");
  const plain = /^[^\s"'#&*!|>%@`{[\-?:,\]}][^\r\n]*$/.test(text) && !/[ \t]#|:[ \t]|:$|\s$/.test(text) && !/^(true|false|yes|no|on|off|null|~|[-+.\d][\d._:eE+-]*)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
