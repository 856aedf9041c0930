import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, RootContent } from 'mdast';
import { definitionLines, safeCutOffsets } from './chunkMarkdown';

// One frozen processor: building it costs more than parsing a short file.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Pieces of about this many characters parse fastest with micromark (measured: ~1.6 MB/s). */
export const CHUNK_SIZE = 24_000;

export interface ParseOptions {
  /** Target size of the pieces a long document is parsed in. */
  chunkSize?: number;
  /** Pieces parsed before: an edit re-parses only the piece it touched (the editor keeps one per file). */
  cache?: ParseCache;
  /** Called between pieces: throws to stop a long parse (time budget, a newer edit). */
  checkpoint?(): void;
}

/**
 * Parsed pieces of a document by their text, kept between parses of the same file. Trees are
 * stored with positions relative to their piece and copied out shifted, never shared.
 */
export class ParseCache {
  private readonly pieces = new Map<string, RootContent[]>();

  constructor(private readonly capacity = 512) {}

  get(key: string): RootContent[] | undefined {
    return this.pieces.get(key);
  }

  set(key: string, nodes: RootContent[]): void {
    this.pieces.set(key, nodes);
    if (this.pieces.size > this.capacity) this.pieces.delete(this.pieces.keys().next().value!);
  }
}

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with source positions.
 * Long documents are parsed in pieces cut where no block can span the cut, then stitched back.
 */
export function parseMarkdownTree(text: string, options: ParseOptions | number = {}): Root {
  const { chunkSize = CHUNK_SIZE, cache, checkpoint } = typeof options === 'number' ? { chunkSize: options } : options;
  const cuts = text.length > chunkSize * 2 ? safeCutOffsets(text, chunkSize) : [];
  if (cuts.length === 0) return processor.parse(text) as Root;
  const definitions = definitionLines(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  const bounds = [0, ...cuts, text.length];
  let line = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    checkpoint?.();
    const piece = text.slice(bounds[i], bounds[i + 1]);
    // Definitions are repeated after the piece so references resolve; their nodes are dropped.
    const source = definitions ? `${piece}\n\n${definitions}\n` : piece;
    let nodes = cache?.get(source);
    if (!nodes) {
      const tree = processor.parse(source) as Root;
      nodes = tree.children.filter((node) => (node.position?.start.offset ?? 0) < piece.length);
      cache?.set(source, nodes);
    }
    for (const node of nodes) root.children.push(shifted(node, bounds[i], line) as RootContent);
    line += countLineBreaks(piece);
  }
  return root;
}

/** A copy of a node with its positions moved by `offset` characters and `lines` lines (an explicit stack: nesting may be deep). */
function shifted(node: Nodes, offset: number, lines: number): Nodes {
  const shift = (n: Nodes): Nodes & { children?: Nodes[] } => {
    const copy = { ...n } as Nodes & { children?: Nodes[] };
    if (n.position) {
      const { start, end } = n.position;
      copy.position = {
        start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
        end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
      };
    }
    return copy;
  };
  const root = shift(node);
  const stack = [root];
  while (stack.length) {
    const copy = stack.pop()!;
    if (!copy.children) continue;
    copy.children = copy.children.map(shift);
    for (const child of copy.children) stack.push(child);
  }
  return root;
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function endPoint(text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
}
