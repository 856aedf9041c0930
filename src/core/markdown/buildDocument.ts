import type { Nodes, Parents, Root, RootContent, List, Table, Definition } from 'mdast';
import { LineIndex } from '../text/lineIndex';
import { extractNumbers, type NumericToken } from '../extract/numbers';
import { extractTemplateTokens } from '../extract/placeholders';
import type { Lang } from '../messages/catalog';
import { parseMarkdownTree, type ParseOptions } from './parseMarkdown';
import { detectUnclosedFrontMatter, readFrontMatter } from './frontMatter';
import { ProseBuilder } from './proseBuilder';
import { isMasked } from './prose';
import { htmlFragments, htmlLinks, htmlTextRuns } from './htmlFragments';
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
  const tree = parseMarkdownTree(text, parse);
  const builder = new DocumentBuilder(text, lines, lang, collectDefinitions(tree));
  const problems: DocumentProblem[] = [];
  let frontMatter: FrontMatter | undefined;
  for (const node of tree.children) {
    if ((node.type === 'yaml' || (node.type as string) === 'toml') && frontMatter === undefined) {
      const pos = node.position!;
      frontMatter = readFrontMatter(node.type === 'yaml' ? 'yaml' : 'toml', (node as { value: string }).value, pos.start.offset!, pos.end.offset!, lines);
      problems.push(...frontMatter.problems);
      continue;
    }
    builder.addTopLevel(node);
  }
  if (!frontMatter) {
    const unclosed = detectUnclosedFrontMatter(lines);
    if (unclosed) problems.push(unclosed);
  }
  const blocks = builder.blocks;
  return { path, lang, text, lines, frontMatter, blocks, sections: splitSections(blocks), problems };
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
        this.htmlBlock(node.value, start);
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
          this.inlineHtmlInto(child.value, child.position!.start.offset!, g, undefined);
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
        else if (child.type === 'html') this.inlineHtmlInto(child.value, child.position!.start.offset!, g, undefined);
      }
      shape.items.push({ checked: item.checked ?? null, sublists });
    }
    return shape;
  }

  /** Gathers one paragraph-like node's visible text, links, images and numbers. */
  private prose(node: Parents, g: Gathered): void {
    const b = new ProseBuilder();
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
          b.add(child.value, start, end, source === child.value, source);
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
          this.inlineHtmlInto(child.value, start, g, b);
          break;
        default:
          if ('children' in child) this.inline(child as Parents, b, g);
      }
    }
  }

  /** Inline or nested HTML: links and images are gathered; text goes to the prose if any. */
  private inlineHtmlInto(html: string, offset: number, g: Gathered, b: ProseBuilder | undefined): void {
    for (const link of htmlLinks(html)) {
      const ref: LinkRef = { url: link.url, text: link.alt ?? '', start: offset + link.start, end: offset + link.end };
      if (link.kind === 'image') g.images.push({ ...ref, hasAlt: !!link.alt?.trim() });
      else g.links.push(ref);
    }
    if (b) {
      if (/^<br\b/i.test(html)) b.gap();
      return;
    }
    for (const fragment of htmlFragments(html)) this.htmlProse(fragment.inner, offset + fragment.innerStart, g);
  }

  private htmlProse(inner: string, offset: number, g: Gathered): void {
    const b = new ProseBuilder();
    for (const run of htmlTextRuns(inner)) {
      if (run.breaks) b.gap();
      b.add(run.text, offset + run.start, offset + run.start + run.source.length, run.exact, run.source);
    }
    this.finishProse(b, g);
  }

  /** A top-level HTML block becomes heading and paragraph blocks, so hand-written HTML aligns too. */
  private htmlBlock(html: string, offset: number): void {
    const fragments = htmlFragments(html);
    const links = htmlLinks(html);
    const used = new Set<number>();
    for (const fragment of fragments) {
      const g = this.gather();
      this.htmlProse(fragment.inner, offset + fragment.innerStart, g);
      links.forEach((link, i) => {
        if (link.start >= fragment.start && link.end <= fragment.end) {
          used.add(i);
          const ref: LinkRef = { url: link.url, text: link.alt ?? '', start: offset + link.start, end: offset + link.end };
          if (link.kind === 'image') g.images.push({ ...ref, hasAlt: !!link.alt?.trim() });
          else g.links.push(ref);
        }
      });
      const kind: BlockKind = fragment.kind === 'heading' ? 'heading' : 'paragraph';
      this.push(kind, offset + fragment.start, offset + fragment.end, g, { html: true, ...(fragment.depth ? { depth: fragment.depth } : {}) });
    }
    const orphans = links.filter((_, i) => !used.has(i));
    if (orphans.length) {
      const g = this.gather();
      for (const link of orphans) {
        const ref: LinkRef = { url: link.url, text: link.alt ?? '', start: offset + link.start, end: offset + link.end };
        if (link.kind === 'image') g.images.push({ ...ref, hasAlt: !!link.alt?.trim() });
        else g.links.push(ref);
      }
      this.push('paragraph', offset + orphans[0].start, offset + orphans[orphans.length - 1].end, g, { html: true });
    }
  }
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
