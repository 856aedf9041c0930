import { parseFragment, type DefaultTreeAdapterTypes as P } from 'parse5';
import type { BlockKind, LinkRef, ListShape } from './documentModel';
import { ProseBuilder } from './proseBuilder';
import { BLOCK_ROLES, htmlRole, type HtmlRole } from './htmlTags';
import type { HtmlSourceMap } from './htmlSourceMap';

/** A block found in raw HTML, before its prose becomes units (numbers are read by the document builder). */
export interface HtmlBlock {
  kind: BlockKind;
  depth?: number;
  /** Offsets in the document. */
  start: number;
  end: number;
  prose: ProseBuilder[];
  links: LinkRef[];
  images: LinkRef[];
  /** Document ranges of code (`<pre>`, `<code>`), masked before looking for placeholders. */
  code: Array<[number, number]>;
  list?: ListShape;
  table?: { rows: number; columns: number };
  codeLang?: string | null;
}

/** Characters of a link's text kept for its label: enough to tell a bare address, bounded on hostile input. */
const LABEL_LIMIT = 300;
const LABEL_NODES = 200;

/**
 * Parses HTML with parse5 (the WHATWG algorithm, as a browser reads it) and turns what a reader
 * sees into blocks: headings, paragraphs, lists with their items and sub-lists, tables with
 * their rows and columns, code, block quotes and figures; loose text in other boxes (`<div>`,
 * `<section>`) becomes paragraphs, custom elements are looked through as inline (see htmlTags).
 * With `flat`, everything goes into one block (HTML nested
 * in a Markdown list item or block quote belongs to that block). The walk keeps its own stack:
 * 100 000 nested tags cost memory, never the call stack.
 */
export function htmlBlocks(html: string, map: HtmlSourceMap, documentText: string, flat = false): HtmlBlock[] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const walker = new HtmlWalker(html, map, documentText);
  if (flat) walker.open('paragraph', 0, html.length);
  walker.walk(fragment);
  return walker.finish();
}

/** A block being built, with the lists and tables open inside it. */
interface Open extends HtmlBlock {
  lists: ListShape[];
  tableDepth: number;
  rows: number[];
}

type Step = { node: P.ChildNode; exit: false } | { node: P.Element; exit: true; opened: boolean };

class HtmlWalker {
  private readonly blocks: HtmlBlock[] = [];
  /** The block being filled: a block element's, or an implicit paragraph of loose text. */
  private current: Open | undefined;
  /** The block was opened for loose text (no element of its own) and ends at the next box. */
  private implicit = false;
  private prose: ProseBuilder | undefined;

  constructor(
    private readonly html: string,
    private readonly map: HtmlSourceMap,
    private readonly text: string,
  ) {}

  walk(root: P.DocumentFragment): void {
    const stack: Step[] = [];
    const top = listOfStrayItems(root.childNodes);
    for (let i = top.length - 1; i >= 0; i--) stack.push({ node: top[i], exit: false });
    while (stack.length) {
      const step = stack.pop()!;
      if (step.exit) {
        this.exitElement(step.node, step.opened);
        continue;
      }
      const node = step.node;
      if (node.nodeName === '#text') this.addText(node as P.TextNode);
      else if (node.nodeName === '#comment') this.prose?.gap();
      else if ('tagName' in node) {
        const descend = this.enterElement(node);
        if (descend === undefined) continue;
        stack.push({ node, exit: true, opened: descend });
        for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], exit: false });
      }
    }
  }

  finish(): HtmlBlock[] {
    this.closeProse();
    if (this.current) this.close();
    return this.blocks;
  }

  /** Starts a block; `start` and `end` are offsets in the HTML. */
  open(kind: BlockKind, start: number, end: number, extra: Partial<HtmlBlock> = {}): void {
    this.current = { kind, start: this.map.toSource(start), end: this.map.toSource(end), prose: [], links: [], images: [], code: [], lists: [], tableDepth: 0, rows: [], ...extra };
  }

  private close(): void {
    const b = this.current!;
    this.current = undefined;
    this.implicit = false;
    if (b.kind === 'table') b.table = { rows: b.rows.length, columns: b.rows.reduce((m, n) => Math.max(m, n), 0) };
    const { lists: _lists, tableDepth: _depth, rows: _rows, ...block } = b;
    // A box with nothing a reader or a rule can compare (`<div>` alone, an empty list) is not a block.
    if (!block.prose.length && !block.links.length && !block.images.length && !block.code.length) return;
    this.blocks.push(block);
  }

  private closeProse(): void {
    if (this.prose && !this.prose.isEmpty && this.current) this.current.prose.push(this.prose);
    this.prose = undefined;
  }

  /** The block loose content goes into: the open one, or a new implicit paragraph. */
  private target(start: number, end: number): Open {
    if (!this.current) {
      this.open('paragraph', start, end);
      this.implicit = true;
    }
    const b = this.current!;
    if (this.implicit) b.end = Math.max(b.end, this.map.toSource(end));
    return b;
  }

  private builder(): ProseBuilder {
    return (this.prose ??= new ProseBuilder());
  }

  private addText(node: P.TextNode): void {
    const loc = node.sourceCodeLocation;
    if (!loc || (!this.prose && node.value.trim() === '')) return;
    // Loose text starts at its first visible character, not on the line of the tag before it.
    let first = loc.startOffset;
    while (first < loc.endOffset && isSpace(this.html.charCodeAt(first))) first++;
    let last = loc.endOffset;
    while (last > first && isSpace(this.html.charCodeAt(last - 1))) last--;
    if (first < last) this.target(first, last);
    else if (!this.current) return;
    if (this.map.exact) return this.addPiece(node.value, loc.startOffset, loc.endOffset);
    const values = node.value.split('\n');
    const raws = this.html.slice(loc.startOffset, loc.endOffset).split('\n');
    if (values.length !== raws.length) return this.addPiece(node.value, loc.startOffset, loc.endOffset);
    // Lines one by one: between them the source has the prefixes (`> `, indentation) the value lost.
    let at = loc.startOffset;
    values.forEach((value, k) => {
      if (k > 0) this.addPiece('\n', at - 1, at);
      this.addPiece(value, at, at + raws[k].length);
      at += raws[k].length + 1;
    });
  }

  private addPiece(value: string, from: number, to: number): void {
    const start = this.map.toSource(from);
    const end = Math.max(start, this.map.toSource(to));
    const source = this.text.slice(start, end);
    this.builder().add(value, start, end, value === source, source);
  }

  /** Returns whether the element opened a block, or undefined to skip its content. */
  private enterElement(el: P.Element): boolean | undefined {
    const role = htmlRole(el.tagName);
    const loc = el.sourceCodeLocation;
    const start = loc?.startOffset ?? 0;
    const end = loc?.endOffset ?? start;
    if (role === 'hidden') return undefined;
    if (role === 'inline') return this.enterInline(el, start, end);
    // A box: the prose before it is one piece, what is inside another.
    this.closeProse();
    if (this.current && this.implicit) this.close();
    if (!this.current) {
      if (!BLOCK_ROLES.has(role)) return false;
      this.openFor(el, role, start, end);
      if (role !== 'code') return true;
      // A code block: nothing inside is walked, so it closes here.
      this.code(start, end);
      this.close();
      return undefined;
    }
    const b = this.current;
    switch (role) {
      case 'list':
        if (b.kind === 'list') {
          const list: ListShape = { ordered: el.tagName === 'ol', items: [] };
          const outer = b.lists[b.lists.length - 1];
          outer?.items[outer.items.length - 1]?.sublists.push(list);
          b.lists.push(list);
        }
        return false;
      case 'item': {
        const list = b.kind === 'list' ? b.lists[b.lists.length - 1] : undefined;
        list?.items.push({ checked: null, sublists: [] });
        return false;
      }
      // Rows and columns of the table block itself; a table nested in a cell is its content.
      case 'table':
        if (b.kind === 'table') b.tableDepth++;
        return false;
      case 'row':
        if (b.kind === 'table' && b.tableDepth === 1) b.rows.push(0);
        return false;
      case 'cell':
        if (b.kind === 'table' && b.tableDepth === 1 && b.rows.length) b.rows[b.rows.length - 1]++;
        return false;
      case 'code':
        return this.code(start, end);
      default:
        return false;
    }
  }

  private openFor(el: P.Element, role: HtmlRole, start: number, end: number): void {
    switch (role) {
      case 'heading':
        this.open('heading', start, end, { depth: Number(el.tagName[1]) });
        return;
      case 'list':
      case 'item': {
        const list: ListShape = { ordered: el.tagName === 'ol', items: [] };
        this.open('list', start, end, { list });
        this.current!.lists.push(list);
        // A stray `<li>` (see listOfStrayItems) is a list of its own.
        if (role === 'item') list.items.push({ checked: null, sublists: [] });
        return;
      }
      case 'table':
        this.open('table', start, end);
        this.current!.tableDepth = 1;
        return;
      case 'code':
        this.open('code', start, end, { codeLang: codeLanguage(el) });
        return;
      case 'blockquote':
        this.open('blockquote', start, end);
        return;
      default:
        this.open('paragraph', start, end);
    }
  }

  /** `<pre>`: code, not prose; its content is not walked. */
  private code(start: number, end: number): undefined {
    this.current!.code.push([this.map.toSource(start), this.map.toSource(end)]);
    this.prose?.gap();
    return undefined;
  }

  private enterInline(el: P.Element, start: number, end: number): boolean | undefined {
    switch (el.tagName) {
      case 'br':
        this.prose?.gap();
        return undefined;
      case 'img': {
        const src = attr(el, 'src');
        if (src === undefined) return undefined;
        const alt = attr(el, 'alt') ?? '';
        this.target(start, end).images.push({ url: src, text: alt, start: this.map.toSource(start), end: this.map.toSource(end), hasAlt: !!alt.trim() });
        this.prose?.gap();
        return undefined;
      }
      case 'code':
        // Inline code, as a Markdown code span: a gap in the prose.
        this.target(start, end).code.push([this.map.toSource(start), this.map.toSource(end)]);
        this.prose?.gap();
        return undefined;
      case 'input': {
        const b = this.current;
        const list = b?.kind === 'list' ? b.lists[b.lists.length - 1] : undefined;
        const item = list?.items[list.items.length - 1];
        if (item && attr(el, 'type')?.toLowerCase() === 'checkbox') item.checked = attr(el, 'checked') !== undefined;
        return undefined;
      }
      case 'a': {
        const href = attr(el, 'href');
        if (href === undefined) return false;
        const label = textContent(el);
        const b = this.target(start, end);
        b.links.push({ url: href, text: label, start: this.map.toSource(start), end: this.map.toSource(end) });
        const only = el.childNodes.length === 1 && el.childNodes[0].nodeName === '#text' ? (el.childNodes[0] as P.TextNode) : undefined;
        if (only?.sourceCodeLocation && isBareAddress(label, href)) {
          // A bare address is not prose: visible (typography sees its neighbours), masked for the text rules.
          const s = this.map.toSource(only.sourceCodeLocation.startOffset);
          const e = this.map.toSource(only.sourceCodeLocation.endOffset);
          this.builder().addMasked(only.value, s, Math.max(s, e), this.text.slice(s, e));
          return undefined;
        }
        return false;
      }
      default:
        return false;
    }
  }

  private exitElement(el: P.Element, opened: boolean): void {
    const role = htmlRole(el.tagName);
    if (role === 'inline') {
      // Loose text ends where its last tag closes (`text <strong>here</strong>`).
      const end = el.sourceCodeLocation?.endOffset;
      if (this.implicit && end !== undefined) this.current!.end = Math.max(this.current!.end, this.map.toSource(end));
      return;
    }
    this.closeProse();
    const b = this.current;
    if (!b) return;
    if (role === 'list' && b.kind === 'list' && b.lists.length > 1) b.lists.pop();
    if (role === 'table' && b.kind === 'table' && b.tableDepth > 1) b.tableDepth--;
    // Loose text ends with the box it is in; a block ends with its element.
    if (this.implicit || opened) this.close();
  }
}

/**
 * Items whose list was cut off (a blank line ends an HTML block in Markdown; the pieces are
 * parsed apart) stand at the top of the fragment: consecutive ones are put back in one list.
 */
function listOfStrayItems(nodes: P.ChildNode[]): P.ChildNode[] {
  const out: P.ChildNode[] = [];
  let list: P.Element | undefined;
  let pending: P.ChildNode[] = [];
  for (const node of nodes) {
    const isItem = 'tagName' in node && node.tagName === 'li';
    const between = node.nodeName === '#comment' || (node.nodeName === '#text' && (node as P.TextNode).value.trim() === '');
    if (isItem) {
      const loc = node.sourceCodeLocation;
      if (!list) {
        list = { nodeName: 'ul', tagName: 'ul', attrs: [], namespaceURI: node.namespaceURI, childNodes: [], parentNode: null, sourceCodeLocation: loc ? { ...loc } : null } as P.Element;
        out.push(list);
      } else if (list.sourceCodeLocation && loc) list.sourceCodeLocation.endOffset = loc.endOffset;
      for (const n of pending) list.childNodes.push(n);
      list.childNodes.push(node);
      pending = [];
    } else if (list && between) pending.push(node);
    else {
      for (const n of pending) out.push(n);
      out.push(node);
      pending = [];
      list = undefined;
    }
  }
  for (const n of pending) out.push(n);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function attr(el: P.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text of an element, bounded: labels are for messages and for telling bare addresses. */
function textContent(el: P.Element): string {
  let out = '';
  const stack: P.ChildNode[] = [];
  for (let i = Math.min(el.childNodes.length, LABEL_NODES) - 1; i >= 0; i--) stack.push(el.childNodes[i]);
  // Bounded in nodes too: links nested through table cells must not make the walk quadratic.
  for (let visited = 0; stack.length && out.length < LABEL_LIMIT && visited < LABEL_NODES; visited++) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') out += (node as P.TextNode).value;
    else if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function isBareAddress(label: string, url: string): boolean {
  const strip = (s: string) => s.replace(/^https?:\/\//, '');
  return label !== '' && (label === url || `mailto:${label}` === url || strip(label) === strip(url));
}

/** `<pre class="language-js">` or `<pre><code class="language-js">`, as highlighters write it. */
function codeLanguage(pre: P.Element): string | null {
  const code = pre.childNodes.find((c): c is P.Element => 'tagName' in c && c.tagName === 'code');
  for (const el of code ? [pre, code] : [pre]) {
    const m = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(attr(el, 'class') ?? '');
    if (m) return m[1];
  }
  return null;
}
