import type { Nodes, Parents, Root, RootContent, List, Table, Definition } from 'mdast';
import { LineIndex } from '../text/lineIndex';
import { extractNumbers, type NumericToken } from '../extract/numbers';
import { extractTemplateTokens } from '../extract/placeholders';
import type { Lang } from '../messages/catalog';
import type { ParseOptions } from './parseMarkdown';
import { parseAsRendered } from './parseAsRendered';
import { detectUnclosedFrontMatter, readFrontMatter } from './frontMatter';
import { ProseBuilder } from './proseBuilder';
import { isMasked } from './prose';
import { htmlBlocks, type HtmlBlock } from './htmlBlocks';
import { htmlSourceMap } from './htmlSourceMap';
import type { Block, BlockKind, DocumentProblem, LinkRef, ListShape, ParsedDocument, ProseUnit, Section } from './documentModel';
import type { FrontMatter } from './frontMatter';
import { markdownComplexity } from './complexity';
import { TooComplexError } from './tooComplex';

/** Our walks recurse into nested nodes; past this depth the file is reported as too complex. */
const MAX_WALK_DEPTH = 1500;

/** What a block's walk gathers before it becomes a Block. */
interface Gathered {
  prose: ProseUnit[];
  links: LinkRef[];
  images: LinkRef[];
  numbers: NumericToken[];
  /** Source ranges of code, masked before looking for placeholders. */
  code: Array<[number, number]>;
}

/**
 * Parses a Markdown document into the block model the parity rules compare. `lang` says how
 * to read numbers (`1,5` is one and a half in French).
 */
export function buildDocument(path: string, text: string, lang: Lang, parse?: ParseOptions): ParsedDocument {
  const lines = new LineIndex(text);
  // Input that would make the parser take minutes or overflow its stack is refused first.
  const complex = markdownComplexity(text);
  if (complex) throw new TooComplexError(complex);
  const tree = parseAsRendered(text, parse);
  const builder = new DocumentBuilder(text, lines, lang, collectDefinitions(tree));
  const problems: DocumentProblem[] = [];
  let frontMatter: FrontMatter | undefined;
  // Consecutive HTML nodes with only blank lines between them are one piece of HTML.
  let htmlRun: RootContent[] = [];
  const flushHtml = () => {
    if (!htmlRun.length) return;
    let from = 0;
    for (let i = 1; i <= htmlRun.length; i++) {
      const prevEnd = htmlRun[i - 1].position!.end.offset!;
      if (i < htmlRun.length && text.slice(prevEnd, htmlRun[i].position!.start.offset!).trim() === '') continue;
      builder.htmlBlock(htmlRun[from].position!.start.offset!, prevEnd);
      from = i;
    }
    htmlRun = [];
  };
  for (const node of tree.children) {
    if ((node.type === 'yaml' || (node.type as string) === 'toml') && frontMatter === undefined) {
      const pos = node.position!;
      frontMatter = readFrontMatter(node.type === 'yaml' ? 'yaml' : 'toml', (node as { value: string }).value, pos.start.offset!, pos.end.offset!, lines);
      problems.push(...frontMatter.problems);
      if (notMarkdown(frontMatter)) {
        // The site renders this body as a template, never as Markdown: read it as the HTML it is.
        if (text.slice(pos.end.offset!).trim()) builder.htmlBlock(pos.end.offset!, text.length);
        break;
      }
      continue;
    }
    if (node.type === 'html') {
      htmlRun.push(node);
      continue;
    }
    flushHtml();
    builder.addTopLevel(node);
  }
  flushHtml();
  if (!frontMatter) {
    const unclosed = detectUnclosedFrontMatter(lines);
    if (unclosed) problems.push(unclosed);
  }
  const blocks = builder.blocks;
  return { path, lang, text, lines, frontMatter, blocks, sections: splitSections(blocks), problems };
}

/**
 * Eleventy's `templateEngineOverride: njk` (or `liquid`, `njk,html`: any list without `md`)
 * renders the page with a template engine only: its body is HTML, not Markdown, and a `>` or an
 * indented line in it is no block quote or code block.
 */
function notMarkdown(frontMatter: FrontMatter): boolean {
  const engines = frontMatter.data.templateEngineOverride;
  return typeof engines === 'string' && engines.trim() !== '' && !engines.split(',').some((e) => e.trim().toLowerCase() === 'md');
}

function collectDefinitions(tree: Root): Map<string, string> {
  const defs = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      const def = node as Definition;
      if (!defs.has(def.identifier)) defs.set(def.identifier, def.url);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  return defs;
}

export function splitSections(blocks: Block[]): Section[] {
  const sections: Section[] = [{ index: 0, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ index: sections.length, heading: block, blocks: [] });
    else sections[sections.length - 1].blocks.push(block);
  }
  if (sections[0].blocks.length === 0 && sections.length > 1) {
    sections.shift();
    sections.forEach((s, i) => (s.index = i));
  }
  return sections;
}

class DocumentBuilder {
  readonly blocks: Block[] = [];
  /** Inside inline `<sup>`: a footnote label there (`<sup>1</sup>`) is not a number of the prose. */
  private supDepth = 0;
  /** Open inline elements marked as the other language (`<span lang="en">`): their words are not this file's prose. */
  private foreign: string[] = [];
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly lang: Lang,
    private readonly definitions: Map<string, string>,
  ) {}

  addTopLevel(node: RootContent): void {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'heading': {
        const g = this.gather();
        this.prose(node, g);
        this.push('heading', start, end, g, { depth: node.depth });
        return;
      }
      case 'paragraph': {
        const g = this.gather();
        this.prose(node, g);
        this.push('paragraph', start, end, g);
        return;
      }
      case 'list': {
        const g = this.gather();
        const list = this.listShape(node, g);
        this.push('list', start, end, g, { list });
        return;
      }
      case 'table': {
        const g = this.gather();
        this.container(node, g);
        this.push('table', start, end, g, { table: tableShape(node) });
        return;
      }
      case 'code': {
        const g = this.gather();
        g.code.push([start, end]);
        this.push('code', start, end, g, { code: { lang: node.lang ?? null } });
        return;
      }
      case 'blockquote': {
        const g = this.gather();
        this.container(node, g);
        const callout = /^[ \t]*>[ \t]*\[!(\w+)\]/.exec(this.text.slice(start, end))?.[1]?.toUpperCase();
        if (callout) stripCallout(g.prose);
        this.push('blockquote', start, end, g, callout ? { callout } : {});
        return;
      }
      case 'footnoteDefinition': {
        const g = this.gather();
        this.container(node, g);
        this.push('footnote', start, end, g);
        return;
      }
      case 'html':
        // Grouped with its neighbours by buildDocument.
        this.htmlBlock(start, end);
        return;
      default:
        // Thematic breaks and link definitions carry nothing to compare on their own.
        return;
    }
  }

  private gather(): Gathered {
    return { prose: [], links: [], images: [], numbers: [], code: [] };
  }

  private push(kind: BlockKind, start: number, end: number, g: Gathered, extra: Partial<Block> = {}): void {
    this.blocks.push({
      index: this.blocks.length,
      kind,
      start,
      end,
      range: this.lines.range(start, end),
      text: g.prose.map((p) => p.text).join(' '),
      prose: g.prose,
      links: g.links,
      images: g.images,
      numbers: g.numbers,
      templates: kind === 'code' ? [] : this.templates(start, end, g.code),
      ...extra,
    });
  }

  /** Placeholders come from the raw source, so `{{<figure>}}` read as HTML by remark is still seen. */
  private templates(start: number, end: number, code: Array<[number, number]>) {
    let source = this.text.slice(start, end);
    for (const [s, e] of code) {
      if (e <= start || s >= end) continue;
      const a = Math.max(s, start) - start;
      const b = Math.min(e, end) - start;
      source = source.slice(0, a) + ' '.repeat(b - a) + source.slice(b);
    }
    return extractTemplateTokens(source).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  }

  /** Walks a container (list item, table, block quote) and gathers each paragraph-like child. */
  private container(node: Parents, g: Gathered): void {
    this.descend(node, () => this.containerChildren(node, g));
  }

  /** Runs a walk one level deeper, refusing (as too complex) nesting past MAX_WALK_DEPTH. */
  private descend<T>(node: Nodes, walk: () => T): T {
    if (++this.depth > MAX_WALK_DEPTH) throw new TooComplexError({ kind: 'nesting', line: (node.position?.start.line ?? 1) - 1, count: this.depth });
    try {
      return walk();
    } finally {
      this.depth--;
    }
  }

  private containerChildren(node: Parents, g: Gathered): void {
    for (const child of node.children as Nodes[]) {
      switch (child.type) {
        case 'paragraph':
        case 'heading':
        case 'tableCell':
          this.prose(child, g);
          break;
        case 'list':
          this.listShape(child, g);
          break;
        case 'code':
          g.code.push([child.position!.start.offset!, child.position!.end.offset!]);
          break;
        case 'html':
          this.nestedHtml(child, g);
          break;
        default:
          if ('children' in child) this.container(child as Parents, g);
      }
    }
  }

  private listShape(node: List, g: Gathered): ListShape {
    return this.descend(node, () => this.listItems(node, g));
  }

  private listItems(node: List, g: Gathered): ListShape {
    const shape: ListShape = { ordered: node.ordered === true, items: [] };
    for (const item of node.children) {
      const sublists: ListShape[] = [];
      for (const child of item.children) {
        if (child.type === 'list') sublists.push(this.listShape(child, g));
        else if (child.type === 'paragraph' || child.type === 'heading') this.prose(child, g);
        else if (child.type === 'code') g.code.push([child.position!.start.offset!, child.position!.end.offset!]);
        else if ('children' in child) this.container(child as Parents, g);
        else if (child.type === 'html') this.nestedHtml(child, g);
      }
      shape.items.push({ checked: item.checked ?? null, sublists });
    }
    return shape;
  }

  /** Gathers one paragraph-like node's visible text, links, images and numbers. */
  private prose(node: Parents, g: Gathered): void {
    const b = new ProseBuilder();
    this.supDepth = 0;
    this.foreign = [];
    this.inline(node, b, g);
    this.finishProse(b, g);
  }

  private finishProse(b: ProseBuilder, g: Gathered): void {
    if (b.isEmpty) return;
    const unit = b.unit();
    g.prose.push(unit);
    for (const n of extractNumbers(b.value, this.lang)) {
      if (isMasked(unit, n.start, n.end)) continue;
      const start = b.sourceOffset(n.start);
      const end = Math.max(start, b.sourceOffset(n.end - 1) + 1);
      g.numbers.push({ ...n, start, end });
    }
  }

  /** `<i lang="en">…</i>` in a French file (any element, any case), up to its closing tag. */
  private trackForeign(html: string): void {
    const open = /^<([a-z][\w-]*)\b[^>]*?\blang\s*=\s*["']?([a-z]{2})\b/i.exec(html);
    if (open && open[2].toLowerCase() !== this.lang && !/\/>$/.test(html)) {
      this.foreign.push(open[1].toLowerCase());
      return;
    }
    const close = /^<\/([a-z][\w-]*)\s*>/i.exec(html);
    if (close && this.foreign[this.foreign.length - 1] === close[1].toLowerCase()) this.foreign.pop();
  }

  private inline(node: Parents, b: ProseBuilder, g: Gathered): void {
    this.descend(node, () => this.inlineChildren(node, b, g));
  }

  private inlineChildren(node: Parents, b: ProseBuilder, g: Gathered): void {
    for (const child of node.children as Nodes[]) {
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? start;
      switch (child.type) {
        case 'text': {
          const source = this.text.slice(start, end);
          if (this.foreign.length) {
            // Marked as the other language by the author: visible (typography sees it), not checked as this file's words.
            b.addMasked(child.value, start, end, source);
          } else if (this.supDepth > 0 && FOOTNOTE_LABEL.test(child.value)) {
            // Apart from its neighbours, so `2020<sup>2</sup>` stays 2020.
            b.gap();
            b.addMasked(child.value, start, end, source);
            b.gap();
          } else b.add(child.value, start, end, source === child.value, source);
          break;
        }
        case 'inlineCode':
          g.code.push([start, end]);
          b.gap();
          break;
        case 'break':
        case 'footnoteReference':
          b.gap();
          break;
        case 'link': {
          const label = plainText(child);
          const isBare = label === child.url || `mailto:${label}` === child.url || label.replace(/^https?:\/\//, '') === child.url.replace(/^https?:\/\//, '');
          g.links.push({ url: child.url, text: label, start, end });
          // A bare URL is an address, not prose: visible (typography sees its neighbours), masked for the text rules.
          if (!isBare) this.inline(child, b, g);
          else b.addMasked(label, start, end, this.text.slice(start, end));
          break;
        }
        case 'linkReference': {
          const url = this.definitions.get(child.identifier);
          if (url !== undefined) g.links.push({ url, text: plainText(child), start, end });
          this.inline(child, b, g);
          break;
        }
        case 'image':
          g.images.push({ url: child.url, text: child.alt ?? '', start, end, hasAlt: !!child.alt?.trim() });
          b.gap();
          break;
        case 'imageReference': {
          const url = this.definitions.get(child.identifier);
          if (url !== undefined) g.images.push({ url, text: child.alt ?? '', start, end, hasAlt: !!child.alt?.trim() });
          b.gap();
          break;
        }
        case 'html':
          this.trackForeign(child.value);
          if (/^<sup\b/i.test(child.value)) this.supDepth++;
          else if (/^<\/sup\b/i.test(child.value)) this.supDepth = Math.max(0, this.supDepth - 1);
          this.inlineHtml(child.value, start, g, b);
          break;
        default:
          if ('children' in child) this.inline(child as Parents, b, g);
      }
    }
  }

  /** HTML in a Markdown container (a list item, a block quote) belongs to that block. */
  private nestedHtml(node: Nodes & { value: string }, g: Gathered): void {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const map = htmlSourceMap(node.value, this.text.slice(start, end), start);
    for (const block of htmlBlocks(node.value, map, this.text, true)) this.gatherHtml(block, g);
  }

  /** One tag inside a paragraph (`<a href>`, `<img>`, `<br>`): its link or image; its text is Markdown's. */
  private inlineHtml(html: string, offset: number, g: Gathered, b: ProseBuilder): void {
    if (/^<br\b/i.test(html)) b.gap();
    // Only links and images carry anything: closing tags, `<span>`, `<strong>` skip the parser.
    if (!/^<(?:a|img)[\s/>]/i.test(html)) return;
    const map = htmlSourceMap(html, html, offset);
    for (const block of htmlBlocks(html, map, this.text, true)) {
      append(g.links, block.links);
      append(g.images, block.images);
      if (block.images.length) b.gap();
    }
  }

  private gatherHtml(block: HtmlBlock, g: Gathered): void {
    for (const b of block.prose) this.finishProse(b, g);
    append(g.links, block.links);
    append(g.images, block.images);
    append(g.code, block.code);
  }

  /**
   * Top-level raw HTML (consecutive HTML nodes parsed as one: a blank line cuts an HTML block
   * in Markdown, not in a browser) becomes heading, paragraph, list, table and code blocks, so
   * hand-written HTML aligns with its Markdown counterpart.
   */
  htmlBlock(start: number, end: number): void {
    const html = this.text.slice(start, end);
    for (const block of htmlBlocks(html, htmlSourceMap(html, html, start), this.text)) {
      const g = this.gather();
      this.gatherHtml(block, g);
      const extra: Partial<Block> = { html: true };
      if (block.depth) extra.depth = block.depth;
      if (block.list) extra.list = block.list;
      if (block.table) extra.table = block.table;
      if (block.kind === 'code') extra.code = { lang: block.codeLang ?? null };
      this.push(block.kind, block.start, block.end, g, extra);
    }
  }
}

/** What a superscript holds when it is a footnote mark: digits, commas, dashes, daggers. */
const FOOTNOTE_LABEL = /^[\s\d,*†‡§–-]+$/u;

/** Appends without spreading: a block of 200 000 links must not overflow the call's arguments. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function tableShape(node: Table): { rows: number; columns: number } {
  let columns = node.align?.length ?? 0;
  for (const row of node.children) columns = Math.max(columns, row.children.length);
  return { rows: node.children.length, columns };
}

/** The text of a node and its descendants, in order (an explicit stack: nesting may be deep). */
function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

/** The `[!TIP]` marker stays in English in both languages; it is not prose. */
function stripCallout(prose: ProseUnit[]): void {
  const first = prose[0];
  if (!first) return;
  const marker = /^\s*\[!\w+\]/.exec(first.raw);
  prose[0] = { ...first, text: first.text.replace(/^\[!\w+\]\s*/, ''), masked: marker ? [[0, marker[0].length], ...first.masked] : first.masked };
}
