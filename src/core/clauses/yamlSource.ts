import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Finding, MessageArgs, Severity } from '../findings';
import type { Range } from '../text/position';
// Findings made here carry clause message ids: their texts must be registered wherever they go.
import './clauseMessages';

/** A parsed YAML (or JSON) file that keeps the source offsets of every node. */
export interface YamlSource {
  path: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export const LIBRARY_RULE = 'clause-library';

export function parseYamlSource(path: string, text: string): { source: YamlSource; problems: Finding[] } {
  const lines = new LineCounter();
  // uniqueKeys: a repeated key in a clause is almost always a copy-paste slip; report it.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source = { path, text, doc, lines };
  const problems = doc.errors.map((error) =>
    problemAt(source, error.pos[0], error.pos[1], 'error', 'clauses.yamlSyntax', { detail: firstLine(error.message) }),
  );
  if (problems.length === 0) {
    const bomb = aliasBomb(doc);
    if (bomb) problems.push(problemAt(source, bomb.range[0], bomb.range[1], 'error', 'clauses.yamlSyntax', { detail: bomb.message }));
  }
  return { source, problems };
}

/** Aliases expanded at most this many times in one file (the yaml library's guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/**
 * An alias bomb ("billion laughs") is refused by the yaml library when the document is
 * expanded; expanding it once here turns that into a syntax problem at the first alias.
 */
function aliasBomb(doc: Document.Parsed): { message: string; range: [number, number] } | undefined {
  let range: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      range = node.range ? [node.range[0], node.range[1]] : [0, 0];
      return visit.BREAK;
    },
  });
  if (!range) return undefined;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return undefined;
  } catch (e) {
    return { message: firstLine((e as Error).message), range };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** 0-based position of a source offset. */
export function positionAt(source: YamlSource, offset: number): { line: number; column: number } {
  const pos = source.lines.linePos(offset);
  return { line: pos.line - 1, column: pos.col - 1 };
}

export function rangeOf(source: YamlSource, start: number, end: number): Range {
  return { start: positionAt(source, start), end: positionAt(source, Math.max(start, end)) };
}

export function nodeRange(source: YamlSource, node: Node | null | undefined): Range {
  if (!node || !node.range) return rangeOf(source, 0, 0);
  return rangeOf(source, node.range[0], node.range[1]);
}

export function problemAt(
  source: YamlSource,
  start: number,
  end: number,
  severity: Severity,
  messageId: string,
  args?: MessageArgs,
): Finding {
  return { file: source.path, range: rangeOf(source, start, end), severity, rule: LIBRARY_RULE, messageId, args };
}

export function problemAtNode(
  source: YamlSource,
  node: Node | null | undefined,
  severity: Severity,
  messageId: string,
  args?: MessageArgs,
): Finding {
  return { file: source.path, range: nodeRange(source, node), severity, rule: LIBRARY_RULE, messageId, args };
}

/** Walks a JSON pointer (as Ajv reports it) down the YAML nodes; stops at the deepest node found. */
export function nodeAtPointer(root: Node | null | undefined, pointer: string): { node: Node | null; keyNode: Node | null } {
  let node: Node | null = root ?? null;
  let keyNode: Node | null = null;
  if (!pointer) return { node, keyNode };
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = (pair.key as Node) ?? null;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      keyNode = null;
      node = item;
    } else break;
  }
  return { node, keyNode };
}

/** The key node of a mapping entry, for errors about the entry itself (unknown field). */
export function keyNodeOf(node: Node | null, key: string): Node | null {
  if (!isMap(node)) return null;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair ? ((pair.key as Node) ?? null) : null;
}
