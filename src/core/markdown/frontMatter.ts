import { parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Range } from '../text/position';
import { tomlScalars } from './tomlScalars';
import type { LineIndex } from '../text/lineIndex';

export interface FrontMatterKey {
  key: string;
  range: Range;
  /** The value when it is a plain scalar (string, number, boolean, date); otherwise undefined. */
  value?: unknown;
}

export interface FrontMatterProblem {
  messageId: 'frontMatterSyntax' | 'frontMatterNotMapping' | 'frontMatterUnclosed';
  detail?: string;
  range: Range;
}

export interface FrontMatter {
  format: 'yaml' | 'toml';
  range: Range;
  keys: FrontMatterKey[];
  data: Record<string, unknown>;
  problems: FrontMatterProblem[];
}

/**
 * Reads a front matter block found by remark-frontmatter. `startOffset` is where the opening
 * fence begins; keys and errors get positions in the whole document.
 */
export function readFrontMatter(format: 'yaml' | 'toml', value: string, startOffset: number, endOffset: number, lines: LineIndex): FrontMatter {
  const text = lines.text;
  const bodyStart = text.indexOf('\n', startOffset) + 1;
  const fm: FrontMatter = { format, range: lines.range(startOffset, endOffset), keys: [], data: {}, problems: [] };
  if (format === 'toml') {
    for (const { key, value: scalar, index } of tomlScalars(value)) {
      const at = bodyStart + index;
      fm.keys.push({ key, range: lines.range(at, at + key.length), value: scalar });
      fm.data[key] = scalar;
    }
    return fm;
  }
  // remark gives the value with CRLF kept; yaml offsets then index the document directly.
  const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: true, strict: true });
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    fm.problems.push({ messageId: 'frontMatterSyntax', detail: firstLine(error.message), range: lines.range(bodyStart + from, bodyStart + Math.max(from, to)) });
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return fm;
  if (!isMap(contents)) {
    fm.problems.push({ messageId: 'frontMatterNotMapping', range: fm.range });
    return fm;
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!isScalar(keyNode) || keyNode.range === undefined || keyNode.range === null) continue;
    const key = String(keyNode.value);
    const valueNode = pair.value as YamlNode | null;
    const scalar = isScalar(valueNode) ? valueNode.value : undefined;
    fm.keys.push({ key, range: lines.range(bodyStart + keyNode.range[0], bodyStart + keyNode.range[1]), value: scalar });
  }
  if (doc.errors.length === 0) {
    const data = doc.toJS({ maxAliasCount: 100 });
    if (data && typeof data === 'object') fm.data = data as Record<string, unknown>;
  } else {
    for (const k of fm.keys) fm.data[k.key] = k.value;
  }
  return fm;
}

/**
 * remark-frontmatter ignores an opening `---` without its closing fence; that is almost always a
 * mistake the author wants to hear about rather than a thematic break.
 */
export function detectUnclosedFrontMatter(lines: LineIndex): FrontMatterProblem | undefined {
  const text = lines.text;
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const rest = text.slice(text.indexOf('\n') + 1);
  if (/^(---|\.\.\.)[ \t]*$/m.test(rest)) return undefined;
  // Only when the next lines look like `key: value`, so a document starting with a rule is not flagged.
  if (!/^[\w-]+\s*:/.test(rest)) return undefined;
  return { messageId: 'frontMatterUnclosed', range: lines.range(0, 3) };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
