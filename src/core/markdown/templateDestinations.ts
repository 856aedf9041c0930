import type { Nodes, Root } from 'mdast';

/**
 * Link destinations written as a template expression with spaces, `[guide]({{ links.guide }})`:
 * sites that render their Markdown through a template engine first (Eleventy, Jekyll) turn the
 * expression into an address before Markdown sees it, so the reader gets a link. CommonMark
 * refuses a destination with spaces and leaves the brackets as text, and the link would be
 * missing from the comparison. Returns the ranges of the spaces to hide from the parser.
 */
export function templateDestinationSpaces(text: string, tree: Root): Array<[number, number]> {
  const spaces: Array<[number, number]> = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const source = text.slice(start, end);
      if (!source.includes('](')) continue;
      DESTINATION.lastIndex = 0;
      for (let m = DESTINATION.exec(source); m; m = DESTINATION.exec(source)) {
        const from = start + m.index + 2;
        for (let i = 0; i < m[1].length; i++) if (m[1][i] === ' ') spaces.push([from + i, from + i + 1]);
      }
    } else if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  return spaces;
}

/** `](` then one `{{ … }}` expression on one line, then `)` or a title. */
const DESTINATION = /\]\((\{\{[^{}\n]*\}\})(?=[)\s])/g;
