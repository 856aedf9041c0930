import { parseDocument, isMap, isScalar, visit, type Document, type Node as YamlNode } from 'yaml';
import type { Range } from '../text/position';
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
    for (const m of value.matchAll(/^([\w-]+)\s*=\s*(.*)$/gm)) {
      const at = bodyStart + m.index!;
      fm.keys.push({ key: m[1], range: lines.range(at, at + m[1].length), value: m[2].trim() });
      fm.data[m[1]] = m[2].trim();
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
    try {
      const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (data && typeof data === 'object') fm.data = data as Record<string, unknown>;
    } catch (e) {
      // An alias bomb ("billion laughs"): the yaml library refuses to expand it; say where.
      const [from, to] = firstAliasRange(doc) ?? [0, 0];
      fm.problems.push({ messageId: 'frontMatterSyntax', detail: firstLine((e as Error).message), range: lines.range(bodyStart + from, bodyStart + to) });
      for (const k of fm.keys) fm.data[k.key] = k.value;
    }
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

/** Aliases expanded at most this many times in one front matter (yaml's own guard against alias bombs). */
export const MAX_ALIAS_COUNT = 100;

function firstAliasRange(doc: Document): [number, number] | undefined {
  let range: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
