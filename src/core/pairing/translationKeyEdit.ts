import { quickFrontMatter } from '../project/quickFrontMatter';
import { localeOf } from '../links/urlParts';

/** An insertion into a file's text at a 0-based line and column. */
export interface TextInsert {
  line: number;
  column: number;
  text: string;
}

/**
 * The edits that pair two files by giving them the same `translationKey` (the quick fix of an
 * unpaired file and its probable counterpart): the key one of them already has, or one made from
 * the English path. Undefined when both already have keys, or their front matter cannot be read
 * (broken YAML is the front-matter-syntax rule's business, not something to write into).
 */
export function translationKeyEdits(enPath: string, enText: string, frText: string): { key: string; en?: TextInsert; fr?: TextInsert } | undefined {
  const enKey = keyOf(enText);
  const frKey = keyOf(frText);
  if (enKey === null || frKey === null) return undefined;
  if (enKey !== undefined && frKey !== undefined) return undefined;
  const key = enKey ?? frKey ?? keyFromPath(enPath);
  const result: { key: string; en?: TextInsert; fr?: TextInsert } = { key };
  if (enKey === undefined) result.en = insertKey(enText, key);
  if (frKey === undefined) result.fr = insertKey(frText, key);
  return result;
}

/** The file's key; undefined when it has none; null when its front matter is broken. */
function keyOf(text: string): string | undefined | null {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const fm = quickFrontMatter(text);
  // An empty block parses to nothing and is fine to write into; anything else unreadable is not.
  if (!fm) return /^---[ \t]*\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text) ? undefined : null;
  const entry = Object.entries(fm).find(([k]) => k.toLowerCase() === 'translationkey');
  if (!entry) return undefined;
  return typeof entry[1] === 'string' || typeof entry[1] === 'number' ? String(entry[1]) : null;
}

/** `src/en/components/button/base.md` → `components-button-base`: the path without language folders, extension or suffix. */
export function keyFromPath(path: string): string {
  const parts = path.replace(/\.(md|markdown)$/i, '').replace(/[._-](en|fr)(?:[-_]ca)?$/i, '').split('/');
  const lang = parts.findIndex((p) => localeOf(p));
  const kept = (lang >= 0 ? parts.slice(lang + 1) : parts.slice(-2)).filter(Boolean);
  return kept.join('-').replace(/[^\p{L}\p{N}_-]+/gu, '-').toLowerCase() || 'page';
}

function insertKey(text: string, key: string): TextInsert {
  const line = `translationKey: ${JSON.stringify(key)}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (/^---[ \t]*\r?\n/.test(text)) return { line: 1, column: 0, text: line + eol };
  return { line: 0, column: 0, text: `---${eol}${line}${eol}---${eol}${eol}` };
}
