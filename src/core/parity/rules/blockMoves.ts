import type { Block } from '../../markdown/documentModel';
import type { Lang } from '../../lang';
import { featuresOf, sharedContent, similarity } from '../../align/blockFeatures';
import type { SideBySide } from '../pairContext';

/**
 * A block left without a counterpart on each side that match this well is one block moved (to
 * another section, or past its neighbours), not one missing and one extra. The alignment keeps
 * the order of each side, so it cannot pair them itself.
 */
const MOVE_MIN_SIMILARITY = 0.7;
/** Beyond a similar length, they must share words, numbers or links. */
const MOVE_MIN_SHARED = 0.4;

export interface BlockMoves {
  /** For a target block that was moved, its source block. */
  sourceOf: Map<Block, Block>;
  /** Source blocks that a moved target block stands for: not missing. */
  moved: Set<Block>;
}

/**
 * Pairs the blocks left alone on each side that are clearly the same block: same kind, alike
 * by the alignment's own measure, and each the other's best match. Headings are the sections
 * rule's business.
 */
export function findBlockMoves(steps: readonly SideBySide[], sourceLang: Lang, targetLang: Lang, hostPairs?: Record<string, string>): BlockMoves {
  const sources: Block[] = [];
  const targets: Block[] = [];
  for (const s of steps) {
    if (s.source.length && !s.target.length) sources.push(...s.source.filter((b) => b.kind !== 'heading'));
    if (s.target.length && !s.source.length) targets.push(...s.target.filter((b) => b.kind !== 'heading'));
  }
  const moves: BlockMoves = { sourceOf: new Map(), moved: new Set() };
  if (!sources.length || !targets.length) return moves;
  const score = (s: Block, t: Block): number => {
    if (s.kind !== t.kind) return 0;
    const fs = featuresOf(s, sourceLang, hostPairs);
    const ft = featuresOf(t, targetLang, hostPairs);
    return sharedContent(fs, ft) < MOVE_MIN_SHARED ? 0 : similarity(fs, ft);
  };
  const best = (among: Block[], scoreOf: (x: Block) => number): Block | undefined => {
    let top: Block | undefined;
    let topScore = MOVE_MIN_SIMILARITY;
    for (const x of among) {
      const v = scoreOf(x);
      if (v >= topScore) [top, topScore] = [x, v];
    }
    return top;
  };
  for (const t of targets) {
    const s = best(sources, (x) => score(x, t));
    if (s && !moves.moved.has(s) && best(targets, (x) => score(s, x)) === t) {
      moves.sourceOf.set(t, s);
      moves.moved.add(s);
    }
  }
  return moves;
}
