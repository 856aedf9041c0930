import type { ParsedDocument } from '../markdown/documentModel';
import { alignDocuments } from '../align/alignDocuments';
import { hasText, inlineParts, type Part } from './inlineParts';
import { frontMatterValues, type FrontMatterValue } from './frontMatterUnits';
import { fieldKey } from '../frontMatter/fieldName';

/** One aligned block (or run of blocks) of the English file, with the French it is aligned with. */
export interface XliffUnit {
  /** `b` and the English block indexes: stable as long as the English file does not change. */
  id: string;
  source: Part[];
  enSpan: [number, number];
  target?: Part[];
  frSpan?: [number, number];
  /** A front matter value: how it is quoted in each file, so a translation is written back as valid YAML. */
  yaml?: { en: FrontMatterValue; fr?: FrontMatterValue };
}

/**
 * The translatable units of a pair, in English order, from the block alignment the parity rules
 * use. Blocks with nothing to translate (a code block) and French blocks without English are
 * not units: they stay as they are in the French file.
 */
export function xliffUnits(en: ParsedDocument, fr: ParsedDocument | undefined): XliffUnit[] {
  const units: XliffUnit[] = frontMatterUnits(en, fr);
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

/** Front matter text values (`fm.title`) present in the English file and, when there is one, in the French file too. */
function frontMatterUnits(en: ParsedDocument, fr: ParsedDocument | undefined): XliffUnit[] {
  const frValues = new Map((fr ? frontMatterValues(fr) : []).map((v) => [fieldKey(v.key), v]));
  const units: XliffUnit[] = [];
  for (const value of frontMatterValues(en)) {
    if (!/^[\w.-]+$/.test(value.key) || !hasText([{ kind: 'text', value: value.text }])) continue;
    const frValue = frValues.get(fieldKey(value.key));
    if (fr && !frValue) continue;
    const unit: XliffUnit = { id: `fm.${value.key}`, source: [{ kind: 'text', value: value.text }], enSpan: value.span, yaml: { en: value, fr: frValue } };
    if (frValue) {
      unit.target = [{ kind: 'text', value: frValue.text }];
      unit.frSpan = frValue.span;
    }
    units.push(unit);
  }
  return units;
}
