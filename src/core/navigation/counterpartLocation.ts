import type { Block, ParsedDocument, Section } from '../markdown/documentModel';
import { alignDocuments, type DocumentAlignment } from '../align/alignDocuments';

/** Where the reader is in one file and where the same place is in the other. */
export interface CounterpartLocation {
  /** 0-based line in the counterpart. */
  line: number;
  /** The counterpart section's heading text, when the place is in a titled section. */
  heading?: string;
  /** How precise the match is: the aligned block, its section, or only the document. */
  precision: 'block' | 'section' | 'document';
}

/**
 * Maps a line of `from` to the matching line of `to` (one English, one French), through the
 * same alignment the parity rules use: the aligned block if there is one, else the start of
 * the aligned section, else the nearest aligned section before it.
 */
export function counterpartLocation(from: ParsedDocument, to: ParsedDocument, line: number, alignment?: DocumentAlignment, hostPairs?: Record<string, string>): CounterpartLocation {
  const fromIsEn = from.lang === 'en';
  const [en, fr] = fromIsEn ? [from, to] : [to, from];
  const a = alignment ?? alignDocuments(en, fr, hostPairs);
  const mine = (s: { en?: Section; fr?: Section }) => (fromIsEn ? s.en : s.fr);
  const theirs = (s: { en?: Section; fr?: Section }) => (fromIsEn ? s.fr : s.en);
  const blockMine = (s: { en: Block[]; fr: Block[] }) => (fromIsEn ? s.en : s.fr);
  const blockTheirs = (s: { en: Block[]; fr: Block[] }) => (fromIsEn ? s.fr : s.en);

  const containing = (b: Block) => b.range.start.line <= line && line <= b.range.end.line;
  for (const step of a.blocks) {
    const here = blockMine(step);
    const there = blockTheirs(step);
    if (here.length && there.length && here.some(containing)) {
      const section = theirs(step.section);
      return { line: there[0].range.start.line, heading: section?.heading?.text, precision: 'block' };
    }
  }
  // Not inside an aligned block: use the section the line is in, or the last aligned one before it.
  let best: CounterpartLocation = { line: 0, precision: 'document' };
  for (const step of a.sections) {
    const here = mine(step);
    const there = theirs(step);
    if (!here) continue;
    const start = (here.heading ?? here.blocks[0])?.range.start.line ?? 0;
    if (start > line) break;
    if (there) {
      const target = (there.heading ?? there.blocks[0])?.range.start.line ?? 0;
      best = { line: target, heading: there.heading?.text, precision: 'section' };
    }
  }
  return best;
}
