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

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with source positions.
 * Long documents are parsed in pieces cut where no block can span the cut, then stitched back.
 */
export function parseMarkdownTree(text: string, chunkSize = CHUNK_SIZE): Root {
  const cuts = text.length > chunkSize * 2 ? safeCutOffsets(text, chunkSize) : [];
  if (cuts.length === 0) return processor.parse(text) as Root;
  const definitions = definitionLines(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  const bounds = [0, ...cuts, text.length];
  let line = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = text.slice(bounds[i], bounds[i + 1]);
    // Definitions are repeated after the piece so references resolve; their nodes are dropped.
    const tree = processor.parse(definitions ? `${piece}\n\n${definitions}\n` : piece) as Root;
    for (const node of tree.children) {
      if ((node.position?.start.offset ?? 0) >= piece.length) break;
      shift(node, bounds[i], line);
      root.children.push(node as RootContent);
    }
    line += countLineBreaks(piece);
  }
  return root;
}

function shift(node: Nodes, offset: number, lines: number): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.position) {
      n.position.start.offset = (n.position.start.offset ?? 0) + offset;
      n.position.end.offset = (n.position.end.offset ?? 0) + offset;
      n.position.start.line += lines;
      n.position.end.line += lines;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) stack.push(c);
  }
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
