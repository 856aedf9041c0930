import { isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode } from 'yaml';
import { leafPath } from '../frontMatter/fieldName';
import type { Range } from '../text/position';
import { readToml } from './readToml';
import { tomlScalars } from './tomlScalars';
import type { LineIndex } from '../text/lineIndex';
import { takeFrontMatterYaml } from './frontMatterYaml';

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
  /**
   * Where each nested scalar is written (YAML only), by its path (`leafPath`): its key, or the
   * item itself in a list; findings about `eleventyNavigation.description` go to its own line.
   */
  leafRanges: Map<string, Range>;
}

/**
 * Reads a front matter block found by remark-frontmatter. `startOffset` is where the opening
 * fence begins; keys and errors get positions in the whole document.
 */
export function readFrontMatter(format: 'yaml' | 'toml', value: string, startOffset: number, endOffset: number, lines: LineIndex): FrontMatter {
  const text = lines.text;
  const bodyStart = text.indexOf('\n', startOffset) + 1;
  const fm: FrontMatter = { format, range: lines.range(startOffset, endOffset), keys: [], data: {}, problems: [], leafRanges: new Map() };
  if (format === 'toml') {
    for (const { key, value: scalar, index } of tomlScalars(value)) {
      const at = bodyStart + index;
      fm.keys.push({ key, range: lines.range(at, at + key.length), value: scalar });
      fm.data[key] = scalar;
    }
    const parsed = readToml(value);
    if ('data' in parsed) fm.data = parsed.data;
    else {
      const at = bodyStart + parsed.offset;
      fm.problems.push({ messageId: 'frontMatterSyntax', detail: parsed.detail, range: lines.range(at, Math.min(at + 1, endOffset)) });
    }
    return fm;
  }
  // remark gives the value with CRLF kept; yaml offsets then index the document directly.
  const doc = takeFrontMatterYaml(value);
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
    recordLeaves(valueNode, leafPath(undefined, key), (from, to) => lines.range(bodyStart + from, bodyStart + to), fm.leafRanges, 0);
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

/** Nested YAML below this depth is not page data; the front matter rules stop there too. */
export const MAX_FRONT_MATTER_DEPTH = 6;

function recordLeaves(node: YamlNode | null, path: string, range: (from: number, to: number) => Range, out: Map<string, Range>, depth: number): void {
  if (!node || depth > MAX_FRONT_MATTER_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as YamlNode | null;
      if (!isScalar(key) || !key.range) continue;
      const p = leafPath(path, String(key.value));
      if (isScalar(pair.value)) out.set(p, range(key.range[0], key.range[1]));
      else recordLeaves(pair.value as YamlNode | null, p, range, out, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const p = leafPath(path, i);
      if (isScalar(item) && item.range) out.set(p, range(item.range[0], item.range[1]));
      else recordLeaves(item as YamlNode | null, p, range, out, depth + 1);
    });
  }
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
