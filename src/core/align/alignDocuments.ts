import type { Block, ParsedDocument, Section } from '../markdown/documentModel';
import { alignSequences } from './sequenceAlignment';
import { combinedFeatures, featuresOf, similarity, type BlockFeatures } from './blockFeatures';
import { BLOCK_GAP, MAX_RUN, mergeCost, pairCost, runLimits, type CostSides } from './blockCosts';
import type { BlockStep, DocumentAlignment, SectionStep } from './alignTypes';
import { alignWindow, boundedRuns, uncertainRuns } from './windowAlignment';

export type { BlockStep, DocumentAlignment, SectionStep } from './alignTypes';

const SECTION_GAP = 0.85;

/**
 * Aligns two documents section by section (headings), then block by block inside each pair
 * of sections, so one missing section is one gap rather than a cascade of mismatches. Where
 * sections are left on one side only, that stretch is aligned again block by block with the
 * headings as blocks (see windowAlignment.ts): a dropped or demoted heading is then one
 * difference, not a missing section plus its text reported as extra.
 */
export function alignDocuments(en: ParsedDocument, fr: ParsedDocument, hostPairs?: Record<string, string>): DocumentAlignment {
  const enSections = en.sections;
  const frSections = fr.sections;
  const enContent = enSections.map((s) => sectionFeatures(s, en, hostPairs));
  const frContent = frSections.map((s) => sectionFeatures(s, fr, hostPairs));
  const steps = alignSequences(enSections.length, frSections.length, {
    pair: (i, j) => sectionPairCost(enSections[i], frSections[j], enContent[i], frContent[j]),
    gapA: () => SECTION_GAP,
    gapB: () => SECTION_GAP,
  });
  const sectionSteps: SectionStep[] = steps.map((s) => ({ en: enSections[s.a[0]], fr: frSections[s.b[0]] }));
  const pairedHeadings = new Map<Block, Block>();
  for (const s of sectionSteps) if (s.en?.heading && s.fr?.heading) pairedHeadings.set(s.en.heading, s.fr.heading);
  const sides: CostSides = { enLang: en.lang, frLang: fr.lang, hostPairs, pairedHeadings };

  const sections: SectionStep[] = [];
  const blocks: BlockStep[] = [];
  const runs = boundedRuns(sectionSteps, uncertainRuns(sectionSteps));
  for (let i = 0, r = 0; i < sectionSteps.length; i++) {
    if (r < runs.length && runs[r][0] === i) {
      const window = alignWindow(sectionSteps.slice(i, runs[r][1] + 1), sides);
      sections.push(...window.sections);
      blocks.push(...window.blocks);
      i = runs[r][1];
      r++;
      continue;
    }
    const step = sectionSteps[i];
    sections.push(step);
    // Outside the runs every step has both sides. Matched headings are compared like blocks:
    // their numbers, links and placeholders count too.
    if (step.en!.heading && step.fr!.heading) blocks.push({ en: [step.en!.heading], fr: [step.fr!.heading], section: step });
    for (const b of alignBlocksWith(step.en!.blocks, step.fr!.blocks, sides)) blocks.push({ ...b, section: step });
  }
  return { sections, blocks };
}

interface SectionFeatures {
  heading?: BlockFeatures;
  content: BlockFeatures;
  kinds: Map<string, number>;
}

function sectionFeatures(section: Section, doc: ParsedDocument, hostPairs?: Record<string, string>): SectionFeatures {
  const kinds = new Map<string, number>();
  for (const b of section.blocks) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
  return {
    heading: section.heading ? featuresOf(section.heading, doc.lang, hostPairs) : undefined,
    content: combinedFeatures(section.blocks, doc.lang, hostPairs),
    kinds,
  };
}

function sectionPairCost(a: Section, b: Section, fa: SectionFeatures, fb: SectionFeatures): number {
  // The untitled opening of a document pairs only with the other untitled opening.
  if (!a.heading || !b.heading) return !a.heading && !b.heading ? 0 : Infinity;
  const heading = similarity(fa.heading!, fb.heading!);
  const content = a.blocks.length === 0 && b.blocks.length === 0 ? 1 : 0.6 * similarity(fa.content, fb.content) + 0.4 * kindSimilarity(fa.kinds, fb.kinds);
  const depth = a.heading.depth === b.heading.depth ? 1 : 0;
  return 1 - (0.3 * heading + 0.45 * content + 0.25 * depth);
}

function kindSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let diff = 0;
  let total = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    diff += Math.abs(x - y);
    total += x + y;
  }
  return total === 0 ? 1 : 1 - diff / total;
}

/**
 * Blocks of one section pair; a paragraph may be split in two (or two merged) by the translator,
 * and a block may change form (a list written as paragraphs) when its content agrees.
 */
function alignBlocksWith(enBlocks: Block[], frBlocks: Block[], sides: CostSides): Array<Omit<BlockStep, 'section'>> {
  const steps = alignSequences(enBlocks.length, frBlocks.length, {
    pair: (i, j) => pairCost(enBlocks[i], frBlocks[j], sides),
    gapA: () => BLOCK_GAP,
    gapB: () => BLOCK_GAP,
    merge: (a, b) => mergeCost(a.map((i) => enBlocks[i]), b.map((j) => frBlocks[j]), sides),
    maxRun: MAX_RUN,
    runLimit: runLimits(enBlocks, frBlocks),
  });
  return steps.map((s) => ({ en: s.a.map((i) => enBlocks[i]), fr: s.b.map((j) => frBlocks[j]) }));
}
