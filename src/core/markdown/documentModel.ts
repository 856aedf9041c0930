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

/** A stretch of prose (a paragraph, a list item's paragraph, a table cell) with its offsets. */
export interface ProseUnit {
  text: string;
  start: number;
  end: number;
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

export interface DocumentProblem extends FrontMatterProblem {}

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
