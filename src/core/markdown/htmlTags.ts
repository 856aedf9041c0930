/**
 * What an HTML element is to the document model. Elements are classed by the role a reader
 * sees, so that hand-written HTML and its Markdown translation (or the other way round) make
 * the same blocks.
 */
export type HtmlRole =
  /** `<h1>`–`<h6>`: a heading block (a section starts there). */
  | 'heading'
  /** `<p>` and other elements that hold one piece of prose. */
  | 'paragraph'
  /** `<ul>`, `<ol>`: a list block. */
  | 'list'
  | 'item'
  | 'table'
  | 'row'
  | 'cell'
  /** `<pre>`: a code block; its text is code, not prose. */
  | 'code'
  | 'blockquote'
  /** `<figure>`: one block for its images and caption, as `![alt](src)` is one paragraph. */
  | 'figure'
  /**
   * Phrasing content, and every element not known to be a box (custom elements included: CSS
   * displays an unknown element inline): looked through, its text is part of the surrounding prose.
   */
  | 'inline'
  /** Not visible text (scripts, styles, embedded documents and drawings): skipped with its content. */
  | 'hidden'
  /** A box of the HTML standard (`<div>`, `<section>`, `<details>`): its content starts a new piece of prose. */
  | 'container';

const ROLES: Record<string, HtmlRole> = {};
const assign = (role: HtmlRole, names: string) => names.split(' ').forEach((n) => (ROLES[n] = role));
assign('heading', 'h1 h2 h3 h4 h5 h6');
assign('paragraph', 'p figcaption caption dt dd address legend summary');
assign('list', 'ul ol menu');
assign('item', 'li');
assign('table', 'table');
assign('row', 'tr');
assign('cell', 'td th');
assign('code', 'pre');
assign('blockquote', 'blockquote');
assign('figure', 'figure');
assign(
  'container',
  'div section article aside header footer nav main search hgroup details dialog dl fieldset form hr center body html thead tbody tfoot colgroup col option optgroup frameset',
);
assign('hidden', 'script style template noscript iframe object embed svg math canvas video audio textarea select head title');

/** The role of an element by its (lower-case) tag name; unknown and custom elements are inline. */
export function htmlRole(tagName: string): HtmlRole {
  return ROLES[tagName] ?? 'inline';
}

/** Roles that make a block of their own when they are not inside another block. */
export const BLOCK_ROLES: ReadonlySet<HtmlRole> = new Set<HtmlRole>(['heading', 'paragraph', 'list', 'item', 'table', 'code', 'blockquote', 'figure']);
