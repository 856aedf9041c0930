import type { Block } from '../markdown/documentModel';
import type { Lang } from '../messages/catalog';
import { neutralUrl } from '../links/localizedUrl';
import { mergeSketches, sketchSimilarity, trigramSketch } from '../text/trigrams';

/** What alignment compares about a block, computed once per block. */
export interface BlockFeatures {
  length: number;
  numbers: Set<string>;
  links: Set<string>;
  grams: Uint32Array;
}

/** French prose runs about 15 % longer than the English it translates. */
const FRENCH_LENGTH_RATIO = 1.15;

const cache = new WeakMap<Block, BlockFeatures>();

/** Features of one block, cached on the block (documents are immutable once parsed). */
export function featuresOf(block: Block, lang: Lang, hostPairs?: Record<string, string>): BlockFeatures {
  let f = cache.get(block);
  if (!f) {
    const numbers = new Set<string>();
    const links = new Set<string>();
    for (const n of block.numbers) numbers.add(n.key);
    for (const l of block.links) links.add(neutralUrl(l.url, lang, hostPairs));
    for (const l of block.images) links.add(neutralUrl(l.url, lang, hostPairs));
    const length = lang === 'fr' ? block.text.length / FRENCH_LENGTH_RATIO : block.text.length;
    f = { length, numbers, links, grams: trigramSketch(block.text) };
    cache.set(block, f);
  }
  return f;
}

const runCache = new WeakMap<Block, Map<Block, BlockFeatures>>();

/**
 * Features of a run of consecutive blocks of one document (a list's paragraphs on the other
 * side), cached by its first and last block: the alignment asks about the same run against
 * every block in its band.
 */
export function runFeatures(blocks: Block[], lang: Lang, hostPairs?: Record<string, string>): BlockFeatures {
  if (blocks.length === 1) return featuresOf(blocks[0], lang, hostPairs);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  let byLast = runCache.get(first);
  if (!byLast) runCache.set(first, (byLast = new Map()));
  let f = byLast.get(last);
  if (!f) byLast.set(last, (f = combinedFeatures(blocks, lang, hostPairs)));
  return f;
}

/** Features of a run of blocks (a section's content, two paragraphs a translator merged). */
export function combinedFeatures(blocks: Block[], lang: Lang, hostPairs?: Record<string, string>): BlockFeatures {
  if (blocks.length === 1) return featuresOf(blocks[0], lang, hostPairs);
  const out: BlockFeatures = { length: 0, numbers: new Set(), links: new Set(), grams: new Uint32Array(0) };
  for (const b of blocks) {
    const f = featuresOf(b, lang, hostPairs);
    out.length += f.length;
    for (const n of f.numbers) out.numbers.add(n);
    for (const l of f.links) out.links.add(l);
    out.grams = mergeSketches(out.grams, f.grams);
  }
  return out;
}

/** How alike two blocks (or runs of blocks) are, from 0 to 1, whatever their languages. */
export function similarity(a: BlockFeatures, b: BlockFeatures): number {
  let total = 0;
  let weight = 0;
  if (a.length > 0 || b.length > 0) {
    // Lengths compared on a log scale: twice as long scores about 0.33.
    const ratio = Math.log((a.length + 8) / (b.length + 8));
    total += Math.exp(-Math.abs(ratio) * 1.6) * 0.35;
    weight += 0.35;
  }
  if (a.numbers.size || b.numbers.size) {
    total += jaccard(a.numbers, b.numbers) * 0.25;
    weight += 0.25;
  }
  if (a.links.size || b.links.size) {
    total += jaccard(a.links, b.links) * 0.25;
    weight += 0.25;
  }
  if (a.grams.length && b.grams.length) {
    total += Math.min(1, sketchSimilarity(a.grams, b.grams) * 2.5) * 0.25;
    weight += 0.25;
  }
  return weight === 0 ? 0.5 : total / weight;
}

/**
 * What two blocks share beyond their length, from 0 to 1: the best of their common links,
 * numbers and words. Length alone says nothing about content once the form differs.
 */
export function sharedContent(a: BlockFeatures, b: BlockFeatures): number {
  let best = 0;
  if (a.links.size && b.links.size) best = Math.max(best, jaccard(a.links, b.links));
  if (a.numbers.size && b.numbers.size) best = Math.max(best, jaccard(a.numbers, b.numbers));
  if (a.grams.length && b.grams.length) best = Math.max(best, Math.min(1, sketchSimilarity(a.grams, b.grams) * 2.5));
  return best;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
