import type { Block, Section } from '../markdown/documentModel';
import { alignSequences } from './sequenceAlignment';
import { BLOCK_GAP, MAX_RUN, mergeCost, pairCost, runLimits, type CostSides } from './blockCosts';
import type { BlockStep, SectionStep } from './alignTypes';

/**
 * Runs of section steps where the section alignment is unsure: every section on one side only,
 * with the matched pairs on either side of it (the text of a dropped heading usually went into
 * the section before it; a heading added by the translator takes text from the one after).
 * Returns inclusive index ranges, in order, never overlapping.
 */
export function uncertainRuns(steps: SectionStep[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].en && steps[i].fr) continue;
    let from = i;
    while (from > 0 && !(steps[from].en && steps[from].fr)) from--;
    let to = i;
    while (to < steps.length - 1 && !(steps[to].en && steps[to].fr)) to++;
    const last = runs[runs.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else runs.push([from, to]);
    i = to;
  }
  return runs;
}

const isHeading = (b: Block) => b.kind === 'heading';
/** A run is short and starts and ends on matched sections: a narrow band around its diagonal will do. */
const WINDOW_BAND = 24;

/**
 * A run longer than `maxBlocks` blocks (both sides together) is cut before matched steps into
 * pieces of about that size, so that the block-by-block alignment stays linear in the length of
 * a document whose sections are all unsure (a translation without headings): each piece starts
 * on a pair of headings the section alignment matched.
 */
export function boundedRuns(steps: SectionStep[], runs: Array<[number, number]>, maxBlocks = 240): Array<[number, number]> {
  const size = (s: SectionStep) => sectionSize(s.en) + sectionSize(s.fr);
  const out: Array<[number, number]> = [];
  for (const [from, to] of runs) {
    let start = from;
    let blocks = 0;
    for (let i = from; i <= to; i++) {
      if (blocks + size(steps[i]) > maxBlocks && i > start && steps[i].en && steps[i].fr) {
        out.push([start, i - 1]);
        start = i;
        blocks = 0;
      }
      blocks += size(steps[i]);
    }
    out.push([start, to]);
  }
  return out;
}

function sectionSize(s: Section | undefined): number {
  return s ? s.blocks.length + (s.heading ? 1 : 0) : 0;
}

interface Flat {
  blocks: Block[];
  sectionOf: Map<Block, Section>;
  sections: Section[];
}

function flatten(sections: Section[]): Flat {
  const blocks: Block[] = [];
  const sectionOf = new Map<Block, Section>();
  for (const s of sections) {
    for (const b of s.heading ? [s.heading, ...s.blocks] : s.blocks) {
      blocks.push(b);
      sectionOf.set(b, s);
    }
  }
  return { blocks, sectionOf, sections };
}

/**
 * Aligns a run of sections block by block with the headings taken as blocks, so that a heading
 * written as a plain line (or dropped, its text kept) pairs with what stands in its place, and
 * the sections come out of which headings were paired. A section whose heading and blocks all
 * have no counterpart is missing as a whole: its blocks are left out of the block steps (the
 * section is one finding, not one per paragraph).
 */
export function alignWindow(steps: SectionStep[], sides: CostSides): { sections: SectionStep[]; blocks: BlockStep[] } {
  const E = flatten(steps.flatMap((s) => (s.en ? [s.en] : [])));
  const F = flatten(steps.flatMap((s) => (s.fr ? [s.fr] : [])));
  const flat = alignSequences(E.blocks.length, F.blocks.length, {
    pair: (i, j) => pairCost(E.blocks[i], F.blocks[j], sides),
    gapA: () => BLOCK_GAP,
    gapB: () => BLOCK_GAP,
    merge: (a, b) => mergeCost(a.map((i) => E.blocks[i]), b.map((j) => F.blocks[j]), sides),
    maxRun: MAX_RUN,
    runLimit: runLimits(E.blocks, F.blocks),
  }, WINDOW_BAND).map((s) => ({ en: s.a.map((i) => E.blocks[i]), fr: s.b.map((j) => F.blocks[j]) }));

  // Where each block went: the step that holds it.
  const stepOf = new Map<Block, { en: Block[]; fr: Block[] }>();
  for (const s of flat) for (const b of [...s.en, ...s.fr]) stepOf.set(b, s);
  const paired = (b: Block) => {
    const s = stepOf.get(b)!;
    return s.en.length > 0 && s.fr.length > 0;
  };
  /** A section on one side only: its blocks' first counterpart, or undefined when none has one. */
  const firstCounterpart = (section: Section, lang: 'en' | 'fr'): Block | undefined => {
    const b = section.blocks.find(paired);
    return b ? stepOf.get(b)![lang === 'en' ? 'fr' : 'en'][0] : undefined;
  };

  const sections: SectionStep[] = [];
  const missing = new Set<Section>();
  const opening = { en: E.sections.find((s) => !s.heading), fr: F.sections.find((s) => !s.heading) };
  if (opening.en || opening.fr) sections.push(opening);
  for (const s of flat) {
    const [he, hf] = [s.en.filter(isHeading), s.fr.filter(isHeading)];
    if (s.en.length === 1 && s.fr.length === 1 && he.length && hf.length) {
      sections.push({ en: E.sectionOf.get(he[0]), fr: F.sectionOf.get(hf[0]) });
      continue;
    }
    for (const lang of ['en', 'fr'] as const) {
      const other = lang === 'en' ? s.fr : s.en;
      for (const heading of lang === 'en' ? he : hf) {
        const section = (lang === 'en' ? E : F).sectionOf.get(heading)!;
        if (other.length) {
          sections.push({ [lang]: section, loose: { as: other } });
          continue;
        }
        const at = firstCounterpart(section, lang);
        if (at) sections.push({ [lang]: section, loose: { at } });
        else {
          sections.push({ [lang]: section });
          missing.add(section);
        }
      }
    }
  }

  const blocks: BlockStep[] = [];
  let current: SectionStep = { en: E.sections[0], fr: F.sections[0] };
  for (const s of flat) {
    const enSection = s.en.length ? E.sectionOf.get(s.en[0]) : current.en;
    const frSection = s.fr.length ? F.sectionOf.get(s.fr[0]) : current.fr;
    current = { en: enSection, fr: frSection };
    const one = s.en.length ? s.en : s.fr;
    const alone = !s.en.length || !s.fr.length;
    if (alone && one.some(isHeading)) continue; // the sections rule speaks for headings
    if (alone && missing.has((s.en.length ? E : F).sectionOf.get(one[0])!)) continue;
    blocks.push({ en: s.en, fr: s.fr, section: current });
  }
  return { sections, blocks };
}
