import type { ParsedDocument } from '../markdown/documentModel';
import { alignDocuments } from '../align/alignDocuments';
import { hasText, inlineParts, type Part } from './inlineParts';

/** One aligned block (or run of blocks) of the English file, with the French it is aligned with. */
export interface XliffUnit {
  /** `b` and the English block indexes: stable as long as the English file does not change. */
  id: string;
  source: Part[];
  enSpan: [number, number];
  target?: Part[];
  frSpan?: [number, number];
}

/**
 * The translatable units of a pair, in English order, from the block alignment the parity rules
 * use. Blocks with nothing to translate (a code block) and French blocks without English are
 * not units: they stay as they are in the French file.
 */
export function xliffUnits(en: ParsedDocument, fr: ParsedDocument | undefined): XliffUnit[] {
  const units: XliffUnit[] = [];
  const steps = fr ? alignDocuments(en, fr).blocks : en.blocks.map((b) => ({ en: [b], fr: [] }));
  for (const step of steps) {
    if (!step.en.length) continue;
    const first = step.en[0];
    const last = step.en[step.en.length - 1];
    const enSpan: [number, number] = [first.start, last.end];
    const source = inlineParts(en.text, step.en, enSpan[0], enSpan[1]);
    if (!hasText(source)) continue;
    const id = step.en.length === 1 ? `b${first.index}` : `b${first.index}-${last.index}`;
    const unit: XliffUnit = { id, source, enSpan };
    if (fr && step.fr.length) {
      unit.frSpan = [step.fr[0].start, step.fr[step.fr.length - 1].end];
      unit.target = inlineParts(fr.text, step.fr, unit.frSpan[0], unit.frSpan[1]);
    }
    units.push(unit);
  }
  return units;
}
