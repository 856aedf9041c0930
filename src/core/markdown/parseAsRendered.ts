import type { Nodes, Root } from 'mdast';
import { parseMarkdownTree, type ParseOptions } from './parseMarkdown';
import { maskMultilineOpenTags, multilineOpenTags } from './multilineOpenTags';
import { templateDestinationSpaces } from './templateDestinations';

/**
 * The Markdown tree of a page as its site renders it. Two habits of real sites that plain
 * CommonMark misreads are handled by parsing again a copy of the text with the same length and
 * lines (so every position stays true), in which they are made plain: an HTML element whose open
 * tag spans lines, and a link destination written as a template expression with spaces. Both are
 * rare, so most files are parsed once.
 */
export function parseAsRendered(text: string, parse?: ParseOptions): Root {
  const tree = parseMarkdownTree(text, parse);
  const tags = multilineOpenTags(text, tree);
  const spaces = templateDestinationSpaces(text, tree);
  if (!tags.length && !spaces.length) return tree;
  let masked = tags.length ? maskMultilineOpenTags(text, tags) : text;
  if (spaces.length) {
    const chars = masked.split('');
    for (const [at] of spaces) chars[at] = HIDDEN_SPACE;
    masked = chars.join('');
  }
  const again = parseMarkdownTree(masked, parse);
  if (spaces.length) restoreDestinations(again);
  return again;
}

/** Stands for a space in a template destination during the parse: not white space to CommonMark. */
const HIDDEN_SPACE = '\u00A0';

function restoreDestinations(tree: Root): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url.startsWith('{{')) node.url = node.url.replaceAll(HIDDEN_SPACE, ' ');
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}
