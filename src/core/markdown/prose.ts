import type { ProseUnit } from './documentModel';
import { mapOffset } from './proseBuilder';

/** The source offset of an offset in a prose unit's `raw` text. */
export function proseToSource(unit: ProseUnit, at: number): number {
  return mapOffset(unit.segments, at, unit.start);
}

/** Whether `[start, end)` of the unit's raw text touches a span that is not prose (a placeholder). */
export function isMasked(unit: ProseUnit, start: number, end: number): boolean {
  return unit.masked.some(([a, b]) => start < b && end > a);
}

export interface ProseWord {
  text: string;
  /** Offsets in the unit's raw text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
/** Addresses that are text rather than links (no scheme: not autolinked), never words of a language. */
const NOT_WORDS = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * The words of a prose unit, with their offsets in `raw` (map them with proseToSource):
 * placeholders and e-mail or web addresses written as text are left out.
 */
export function proseWords(unit: ProseUnit): ProseWord[] {
  const skip: Array<[number, number]> = [...unit.masked];
  for (const m of unit.raw.matchAll(NOT_WORDS)) skip.push([m.index!, m.index! + m[0].length]);
  const words: ProseWord[] = [];
  for (const m of unit.raw.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!skip.some(([a, b]) => start < b && end > a)) words.push({ text: m[0], start, end });
  }
  return words;
}

/**
 * Every word of a document's prose (code blocks left out), as written: a word the other file of
 * a pair writes too is a name or a term of the trade, not a word of the file's language.
 */
export function documentWords(doc: { blocks: ReadonlyArray<{ kind: string; prose: ProseUnit[] }> }): Set<string> {
  const words = new Set<string>();
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) for (const w of proseWords(unit)) words.add(w.text);
  }
  return words;
}
