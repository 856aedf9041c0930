import type { Block, ParsedDocument, Section } from '../markdown/documentModel';
import { alignSequences } from './sequenceAlignment';
import { combinedFeatures, featuresOf, similarity, type BlockFeatures } from './blockFeatures';

/** English and French blocks put side by side; one side is empty where a block has no counterpart. */
export interface SectionStep {
  en?: Section;
  fr?: Section;
}

export interface BlockStep {
  en: Block[];
  fr: Block[];
  /** The pair of sections the blocks belong to. */
  section: SectionStep;
}

export interface DocumentAlignment {
  sections: SectionStep[];
  /** Block steps of every section pair, in document order. */
  blocks: BlockStep[];
}

const SECTION_GAP = 0.85;
const BLOCK_GAP = 0.75;
const MERGE_PENALTY = 0.5;

/**
 * Aligns two documents section by section (headings), then block by block inside each pair
 * of sections, so one missing section is one gap rather than a cascade of mismatches.
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
  const sections: SectionStep[] = steps.map((s) => ({ en: enSections[s.a[0]], fr: frSections[s.b[0]] }));
  const blocks: BlockStep[] = [];
  for (const step of sections) {
    if (step.en && step.fr) {
      // Matched headings are compared like blocks: their numbers, links and placeholders count too.
      if (step.en.heading && step.fr.heading) blocks.push({ en: [step.en.heading], fr: [step.fr.heading], section: step });
      for (const b of alignBlocks(step.en.blocks, step.fr.blocks, en, fr, hostPairs)) blocks.push({ ...b, section: step });
    }
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

/** Blocks of one section pair; a paragraph may be split in two (or two merged) by the translator. */
export function alignBlocks(enBlocks: Block[], frBlocks: Block[], en: ParsedDocument, fr: ParsedDocument, hostPairs?: Record<string, string>): Array<Omit<BlockStep, 'section'>> {
  const enF = enBlocks.map((b) => featuresOf(b, en.lang, hostPairs));
  const frF = frBlocks.map((b) => featuresOf(b, fr.lang, hostPairs));
  const steps = alignSequences(enBlocks.length, frBlocks.length, {
    pair: (i, j) => (compatible(enBlocks[i], frBlocks[j]) ? 1 - similarity(enF[i], frF[j]) : Infinity),
    gapA: () => BLOCK_GAP,
    gapB: () => BLOCK_GAP,
    merge: (a, b) => {
      const ea = a.map((i) => enBlocks[i]);
      const fb = b.map((j) => frBlocks[j]);
      if (![...ea, ...fb].every((x) => x.kind === 'paragraph')) return Infinity;
      return 1 - similarity(combinedFeatures(ea, en.lang, hostPairs), combinedFeatures(fb, fr.lang, hostPairs)) + MERGE_PENALTY;
    },
  });
  return steps.map((s) => ({ en: s.a.map((i) => enBlocks[i]), fr: s.b.map((j) => frBlocks[j]) }));
}

function compatible(a: Block, b: Block): boolean {
  return a.kind === b.kind;
}
