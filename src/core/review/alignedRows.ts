import type { DocumentAlignment } from '../align/alignTypes';
import type { Finding, Severity } from '../findings';
import type { Block, BlockKind, ParsedDocument, Section } from '../markdown/documentModel';

/** What a row of the aligned review says about its blocks; a row may say several things. */
export type RowStatus = 'inStep' | 'missing' | 'changed' | 'untranslated' | 'outdated';

/** One side of a row: the blocks the engine put there, as lines of that file. */
export interface AlignedSide {
  /** 0-based first and last line of the blocks. */
  line: number;
  endLine: number;
  kind: BlockKind;
  /** The blocks' visible text, whitespace collapsed. */
  text: string;
}

/** A finding placed on a row, with the side it was reported on. */
export interface RowFinding {
  side: 'en' | 'fr';
  line: number;
  rule: string;
  severity: Severity;
  messageId: string;
  args?: Finding['args'];
}

export interface AlignedRow {
  en?: AlignedSide;
  fr?: AlignedSide;
  /** `['inStep']` when nothing is amiss; otherwise each problem once, in the order of RowStatus. */
  status: RowStatus[];
  findings: RowFinding[];
}

export interface AlignedReview {
  rows: AlignedRow[];
  /** Findings of the pair that fall on no block (front matter, the file as a whole). */
  elsewhere: RowFinding[];
}

/** Rules whose finding on a block means its counterpart is missing. */
const MISSING = new Set(['sections', 'blocks', 'lists', 'tables', 'code-blocks', 'blockquotes']);
/** Rules whose finding means the values of the block differ from the other side's. */
const CHANGED = new Set(['numbers', 'links', 'link-language', 'images', 'placeholders', 'shortcodes']);
const ORDER: RowStatus[] = ['missing', 'outdated', 'changed', 'untranslated'];

/**
 * The aligned review of a pair: one row per block step of the engine's alignment (the same one
 * the rules used), each with the pair's findings that fall on its blocks and the status they
 * give it. Stale findings sit on a French section's first block and make every row of that
 * section outdated. Pure: the editor's panel draws it, tests read it.
 */
export function alignedRows(en: ParsedDocument, fr: ParsedDocument, alignment: DocumentAlignment, findings: readonly Finding[]): AlignedReview {
  const steps = withLoneSections(alignment);
  const rows: AlignedRow[] = steps.map((step) => ({ en: sideOf(step.en), fr: sideOf(step.fr), status: [], findings: [] }));
  const sectionOfRow = steps.map((step) => step.frSection);
  const elsewhere: RowFinding[] = [];
  const outdatedSections = new Set<Section>();
  for (const f of findings) {
    const side = f.file === en.path ? 'en' : f.file === fr.path ? 'fr' : undefined;
    if (!side) continue;
    const placed: RowFinding = { side, line: f.range.start.line, rule: f.rule, severity: f.severity, messageId: f.messageId, ...(f.args ? { args: f.args } : {}) };
    if (f.rule === 'stale' && side === 'fr' && isOutdated(f.messageId)) {
      const section = fr.sections.find((s) => firstLine(s) === f.range.start.line);
      if (section) outdatedSections.add(section);
    }
    const row = rowOfGap(rows, f, side, en.path, fr.path) ?? rowAt(rows, side, placed.line);
    if (row < 0) elsewhere.push(placed);
    else rows[row].findings.push(placed);
  }
  rows.forEach((row, i) => {
    const found = new Set<RowStatus>();
    if (!row.en || !row.fr) found.add('missing');
    for (const f of row.findings) {
      if (MISSING.has(f.rule)) found.add('missing');
      else if (CHANGED.has(f.rule)) found.add('changed');
      else if (f.rule === 'untranslated') found.add('untranslated');
    }
    const section = sectionOfRow[i];
    if (section && outdatedSections.has(section) && row.fr) found.add('outdated');
    row.status = found.size ? ORDER.filter((s) => found.has(s)) : ['inStep'];
  });
  return { rows, elsewhere };
}

/**
 * The block steps with the blocks of sections found on one side only (which the alignment lists
 * as sections, not block steps) put in as rows of their own, in that side's order.
 */
function withLoneSections(alignment: DocumentAlignment): Array<{ en: Block[]; fr: Block[]; frSection?: Section }> {
  const steps: Array<{ en: Block[]; fr: Block[]; frSection?: Section }> = alignment.blocks.map((b) => ({ en: b.en, fr: b.fr, frSection: b.section.fr }));
  for (const side of ['en', 'fr'] as const) {
    const covered = new Set(steps.flatMap((s) => s[side]));
    for (const section of alignment.sections) {
      const lone = section[side];
      if (!lone) continue;
      for (const block of [...(lone.heading ? [lone.heading] : []), ...lone.blocks]) {
        if (covered.has(block)) continue;
        const at = steps.findIndex((s) => s[side].length > 0 && s[side][0].start > block.start);
        const step = { en: side === 'en' ? [block] : [], fr: side === 'fr' ? [block] : [], frSection: side === 'fr' ? lone : undefined };
        steps.splice(at < 0 ? steps.length : at, 0, step);
      }
    }
  }
  return steps;
}

function rowAt(rows: readonly AlignedRow[], side: 'en' | 'fr', line: number): number {
  return rows.findIndex((r) => r[side] && r[side].line <= line && line <= r[side].endLine);
}

/**
 * A missing block is reported where it would go in the file that lacks it, its related location
 * the block of the other file: the row is the one holding that block with this side empty.
 */
function rowOfGap(rows: readonly AlignedRow[], f: Finding, side: 'en' | 'fr', enPath: string, frPath: string): number | undefined {
  if (!MISSING.has(f.rule)) return undefined;
  const other = side === 'en' ? 'fr' : 'en';
  const otherPath = other === 'en' ? enPath : frPath;
  for (const r of f.related ?? []) {
    if (r.file !== otherPath) continue;
    const row = rowAt(rows, other, r.range.start.line);
    if (row >= 0 && !rows[row][side]) return row;
  }
  return undefined;
}

function isOutdated(messageId: string): boolean {
  return messageId.startsWith('staleOutdated') || messageId === 'staleRenamed';
}

function firstLine(section: Section): number | undefined {
  return (section.heading ?? section.blocks[0])?.range.start.line;
}

function sideOf(blocks: readonly Block[]): AlignedSide | undefined {
  if (!blocks.length) return undefined;
  const last = blocks[blocks.length - 1];
  // An exclusive end at column 0 is the line before.
  const endLine = last.range.end.column === 0 && last.range.end.line > blocks[0].range.start.line ? last.range.end.line - 1 : last.range.end.line;
  return { line: blocks[0].range.start.line, endLine, kind: blocks[0].kind, text: blocks.map((b) => b.text).join(' ') };
}
