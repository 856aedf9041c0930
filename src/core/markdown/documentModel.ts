import type { Range } from '../text/position';
import type { LineIndex } from '../text/lineIndex';
import type { NumericToken } from '../extract/numbers';
import type { TemplateToken } from '../extract/placeholders';
import type { FrontMatter, FrontMatterProblem } from './frontMatter';
import type { Lang } from '../messages/catalog';

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'code' | 'blockquote' | 'footnote';

/** A link or image target as written, with where it sits in the document. */
export interface LinkRef {
  url: string;
  /** Visible text of a link, alt text of an image. */
  text: string;
  start: number;
  end: number;
  /** True for images that have a non-empty alt text. */
  hasAlt?: boolean;
}

/** Where a piece of a prose unit's visible text comes from in the source. */
export interface ProseSegment {
  /** Offset in the unit's `raw` text. */
  at: number;
  /** Offset in the document's source. */
  source: number;
  length: number;
  /** The visible text equals the source text here, so offsets inside map one to one. */
  exact: boolean;
  /** Source characters this piece stands for (a reference `&nbsp;` is 6 for 1). */
  sourceLength: number;
}

/**
 * A stretch of prose (a paragraph, a list item's paragraph, a table cell): its visible text as
 * built (`raw`: code spans, images and breaks are single spaces, markup and link destinations
 * are gone) with the map back to the source, and the same text with whitespace collapsed
 * (`text`) for comparisons. Every text rule reads prose through this (see markdown/prose.ts).
 */
export interface ProseUnit {
  text: string;
  start: number;
  end: number;
  raw: string;
  segments: ProseSegment[];
  /** Spans of `raw` that are not prose though visible (placeholders, shortcodes, a callout marker). */
  masked: Array<[number, number]>;
}

export interface ListShape {
  ordered: boolean;
  items: ListItemShape[];
}

export interface ListItemShape {
  checked: boolean | null;
  sublists: ListShape[];
}

/** One top-level block of a document, with the features the parity rules compare. */
export interface Block {
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
  range: Range;
  /** Heading level 1–6. */
  depth?: number;
  /** The block was written as raw HTML (`<h3>`, `<p>`). */
  html?: boolean;
  /** Visible text, whitespace collapsed. */
  text: string;
  prose: ProseUnit[];
  links: LinkRef[];
  images: LinkRef[];
  numbers: NumericToken[];
  templates: TemplateToken[];
  list?: ListShape;
  table?: { rows: number; columns: number };
  code?: { lang: string | null };
  /** GitHub-style alert kind of a block quote (`NOTE`, `TIP`, `WARNING`...). */
  callout?: string;
}

/** A heading and the blocks up to the next heading; the first section may have no heading. */
export interface Section {
  index: number;
  heading?: Block;
  blocks: Block[];
}

export type DocumentProblem = FrontMatterProblem;

export interface ParsedDocument {
  path: string;
  lang: Lang;
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  blocks: Block[];
  sections: Section[];
  problems: DocumentProblem[];
}
