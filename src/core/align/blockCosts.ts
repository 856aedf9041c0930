import type { Block, BlockKind } from '../markdown/documentModel';
import type { Lang } from '../messages/catalog';
import { featuresOf, runFeatures, sharedContent, similarity } from './blockFeatures';

/** Leaving a block without a counterpart; two gaps (1.5) are what any pairing competes with. */
export const BLOCK_GAP = 0.75;
/** A paragraph split in two by the translator is common, but less likely than one for one. */
const MERGE_PENALTY = 0.5;
/**
 * A block written in another form (a heading as a plain line, a list as separate paragraphs,
 * a block quote as a paragraph): allowed only when the content agrees, and dearer than a
 * pair of the same kind so that it never wins over an ordinary pair.
 */
const FORM_PENALTY = 0.45;
const FORM_MIN_SIMILARITY = 0.5;
/** Blocks of another form must share links, numbers or words, not only a length. */
const FORM_MIN_SHARED = 0.4;
/** Headings are short: their similarity says less, and their place in the sequence says more. */
const HEADING_FORM_MIN_SIMILARITY = 0.3;
/** Cheaper than leaving the heading alone (a gap): its numbers say where it went. */
const ABSORBED_PENALTY = 0.1;
/** A run of headings and paragraphs read as one paragraph must match it well, and much better than its parts. */
const ABSORBED_MIN_SIMILARITY = 0.6;
const ABSORBED_MIN_GAIN = 0.2;
const RUN_MIN_GAIN = 0.1;
/** The longest list (in items) that may be matched with as many separate paragraphs. */
export const MAX_RUN = 16;

/** Kinds that carry the same prose and may stand for one another; code, tables and footnotes never do. */
const RESHAPEABLE: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'list', 'blockquote']);

export interface CostSides {
  enLang: Lang;
  frLang: Lang;
  hostPairs?: Record<string, string>;
  /** Headings the section alignment already paired (with their content as evidence). */
  pairedHeadings?: ReadonlyMap<Block, Block>;
}

/** Cost of pairing an English block with a French one: 0 alike, 1 unrelated, Infinity impossible. */
export function pairCost(a: Block, b: Block, sides: CostSides): number {
  const fa = featuresOf(a, sides.enLang, sides.hostPairs);
  const fb = featuresOf(b, sides.frLang, sides.hostPairs);
  const sim = similarity(fa, fb);
  if (a.kind === b.kind) {
    if (a.kind !== 'heading') return 1 - sim;
    const cost = 1 - (0.6 * sim + 0.4 * (a.depth === b.depth ? 1 : 0));
    return sides.pairedHeadings?.get(a) === b ? cost / 2 : cost;
  }
  if (!RESHAPEABLE.has(a.kind) || !RESHAPEABLE.has(b.kind)) return Infinity;
  const heading = a.kind === 'heading' || b.kind === 'heading';
  if (heading ? sim < HEADING_FORM_MIN_SIMILARITY : sim < FORM_MIN_SIMILARITY || sharedContent(fa, fb) < FORM_MIN_SHARED) return Infinity;
  return 1 - sim + FORM_PENALTY;
}

/**
 * Cost of a run on one side against one block on the other: paragraphs split in two, or a list
 * (a block quote) whose items are separate paragraphs on the other side. Infinity otherwise.
 */
export function mergeCost(en: Block[], fr: Block[], sides: CostSides): number {
  const [one, many] = en.length === 1 ? [en[0], fr] : [fr[0], en];
  if (many.some((b) => b.kind === 'heading')) {
    const numbered = many.length === 2 && many[1].kind === 'heading' ? absorbedHeadingCost(en.length === 1, one, many[0], many[1], sides) : Infinity;
    return Math.min(numbered, absorbedRunCost(en, fr, one, many, sides));
  }
  if (!many.every((b) => b.kind === 'paragraph')) return Infinity;
  const reshaped = one.kind === 'list' || one.kind === 'blockquote';
  if (!reshaped && !(one.kind === 'paragraph' && many.length === 2)) return Infinity;
  const sim = similarity(runFeatures(en, sides.enLang, sides.hostPairs), runFeatures(fr, sides.frLang, sides.hostPairs));
  // Two paragraphs that together match the one worse than one of them alone are not a split:
  // the other one is missing (or moved), and merging would hide it.
  if (!reshaped) return sim <= bestSingle(en.length === 1, one, many, sides) ? Infinity : 1 - sim + MERGE_PENALTY;
  // Each paragraph must bring its part (an item's link, its number): a run that only matches
  // as well as one of its paragraphs took in a neighbour that has a counterpart of its own.
  if (sim < FORM_MIN_SIMILARITY || sim < bestSingle(en.length === 1, one, many, sides) + RUN_MIN_GAIN) return Infinity;
  if (sharedContent(runFeatures(en, sides.enLang, sides.hostPairs), runFeatures(fr, sides.frLang, sides.hostPairs)) < FORM_MIN_SHARED) return Infinity;
  return 1 - sim + FORM_PENALTY;
}

/**
 * A numbered heading (“2. Developers”) that the other side wrote at the end of the paragraph
 * before it, without a line break: it pairs with that paragraph when its numbers are found
 * there (or its numbering, `2.`, after a sentence) and not in the paragraph it follows. Without
 * numbers nothing shows where its text went.
 */
function absorbedHeadingCost(enIsOne: boolean, one: Block, before: Block, heading: Block, sides: CostSides): number {
  if (one.kind !== 'paragraph' || before.kind !== 'paragraph') return Infinity;
  const enumerator = enumeratorOf(heading);
  const glued = (b: Block) => enumerator !== undefined && holdsEnumerator(b, enumerator);
  const has = (b: Block, key: string) => b.numbers.some((n) => n.key === key);
  const byNumbers = heading.numbers.length > 0 && heading.numbers.every((n) => has(one, n.key) && !has(before, n.key));
  if (!byNumbers && !(glued(one) && !glued(before))) return Infinity;
  const [e, f] = enIsOne ? [one, before] : [before, one];
  return pairCost(e, f, sides) + ABSORBED_PENALTY;
}

/**
 * Headings and paragraphs that the other side wrote as one paragraph, the headings as plain lines
 * (a table of licences turned into lines of text). The run must explain that paragraph much
 * better than any of its own paragraphs alone: a section that is truly missing next to its
 * neighbour makes the run longer than the paragraph and the similarity drops.
 */
function absorbedRunCost(en: Block[], fr: Block[], one: Block, many: Block[], sides: CostSides): number {
  // Two paragraphs at least: a heading glued to one paragraph is told by its numbers (above), or left as a dropped heading.
  if (one.kind !== 'paragraph' || !many.every((b) => b.kind === 'paragraph' || b.kind === 'heading') || many.filter((b) => b.kind === 'paragraph').length < 2) return Infinity;
  const whole = similarity(runFeatures(en, sides.enLang, sides.hostPairs), runFeatures(fr, sides.frLang, sides.hostPairs));
  if (whole < ABSORBED_MIN_SIMILARITY) return Infinity;
  // A numbered heading written as a plain line keeps its numbering (`4.`) in that paragraph.
  if (many.some((b) => b.kind === 'heading' && enumeratorOf(b) !== undefined && !holdsEnumerator(one, enumeratorOf(b)!))) return Infinity;
  return whole < bestSingle(en.length === 1, one, many, sides) + ABSORBED_MIN_GAIN ? Infinity : 1 - whole + MERGE_PENALTY;
}

/**
 * The numbering of a numbered heading (`4` of “4. Security”). It is not a number the rules
 * compare (each language numbers in its own way), so the alignment reads it from the text.
 */
function enumeratorOf(heading: Block): string | undefined {
  return /^(\d{1,3})[.)]\s/.exec(heading.text)?.[1];
}

/** Whether that numbering opens the block or follows the end of a sentence in it (“…logiciel. 4. Évaluations”). */
function holdsEnumerator(block: Block, enumerator: string): boolean {
  return new RegExp(`(?:^|[.!?:;»”)]\\s+)${enumerator}[.)]\\s`).test(block.text);
}

/** How well the best paragraph of a run matches the block on the other side on its own. */
function bestSingle(enIsOne: boolean, one: Block, many: Block[], sides: CostSides): number {
  let best = 0;
  for (const p of many) {
    if (p.kind !== 'paragraph') continue;
    const [e, f] = enIsOne ? [one, p] : [p, one];
    best = Math.max(best, similarity(featuresOf(e, sides.enLang, sides.hostPairs), featuresOf(f, sides.frLang, sides.hostPairs)));
  }
  return best;
}

/**
 * For the sequence alignment's `runLimit`: runs longer than two are only ever a list or a block
 * quote against that many paragraphs, or headings and paragraphs against one paragraph, so they
 * are tried only there.
 */
export function runLimits(en: Block[], fr: Block[]): (side: 'a' | 'b', i: number, j: number) => number {
  const runs = (blocks: Block[]) => {
    const paragraphs = new Array<number>(blocks.length);
    const mixed = new Array<number>(blocks.length);
    let lastHeading = -Infinity;
    let raw = 0;
    for (let i = 0; i < blocks.length; i++) {
      const k = blocks[i].kind;
      if (k === 'heading') lastHeading = i;
      paragraphs[i] = k === 'paragraph' ? (i > 0 ? paragraphs[i - 1] : 0) + 1 : 0;
      raw = k === 'paragraph' || k === 'heading' ? raw + 1 : 0;
      // Without a heading in it, a run of paragraphs against a paragraph stays a split in two.
      mixed[i] = i - lastHeading < raw ? raw : Math.min(raw, 2);
    }
    return { paragraphs, mixed };
  };
  const E = runs(en);
  const F = runs(fr);
  const limit = (one: Block, run: { paragraphs: number[]; mixed: number[] }, i: number) =>
    one.kind === 'list' || one.kind === 'blockquote' ? Math.max(2, run.paragraphs[i]) : one.kind === 'paragraph' ? Math.max(2, run.mixed[i]) : 2;
  return (side, i, j) => (side === 'a' ? limit(fr[j], E, i) : limit(en[i], F, j));
}
