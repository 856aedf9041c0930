/** One step of an alignment: indices taken from each side (an empty side is a gap). */
export interface AlignmentStep {
  a: number[];
  b: number[];
}

export interface AlignmentCosts {
  /** Cost of pairing a[i] with b[j]: 0 for a perfect pair, about 1 for unrelated, Infinity when impossible. */
  pair(i: number, j: number): number;
  /** Cost of leaving a[i] (or b[j]) without a counterpart. */
  gapA(i: number): number;
  gapB(j: number): number;
  /**
   * Optional k:1 and 1:k steps (a paragraph split in two by the translator, a list written as
   * separate paragraphs); Infinity when not allowed.
   */
  merge?(a: number[], b: number[]): number;
  /** Longest run that `merge` is asked about (2 by default). */
  maxRun?: number;
  /**
   * Longest run worth asking about that ends at a[i] against b[j] alone (`side` 'a'), or at b[j]
   * against a[i] alone ('b'): lets long runs be tried only where they can be allowed.
   */
  runLimit?(side: 'a' | 'b', i: number, j: number): number;
}

const PAIR = 1;
const GAP_A = 2;
const GAP_B = 3;
// Merges are coded from 4 up: 4 + 2(k - 2) takes k of a with one of b, 5 + 2(k - 2) one of a with k of b.
const MERGE_BASE = 4;

/**
 * Global alignment of two sequences by dynamic programming, as diff and Gale–Church sentence
 * alignment do, keeping to a band around the diagonal so long documents stay linear in time.
 */
export function alignSequences(n: number, m: number, costs: AlignmentCosts, minBand = 48): AlignmentStep[] {
  if (n === 0 || m === 0) {
    const steps: AlignmentStep[] = [];
    for (let i = 0; i < n; i++) steps.push({ a: [i], b: [] });
    for (let j = 0; j < m; j++) steps.push({ a: [], b: [j] });
    return steps;
  }
  const maxRun = Math.min(costs.maxRun ?? 2, 120);
  const band = Math.min(Math.max(m, n), minBand + Math.abs(n - m));
  // Row i covers columns [lo(i), hi(i)] around the scaled diagonal.
  const lo = (i: number) => Math.max(0, Math.floor((i * m) / n) - band);
  const hi = (i: number) => Math.min(m, Math.ceil((i * m) / n) + band);
  const width = 2 * band + 3;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number) => {
    const k = j - lo(i);
    return k < 0 || k >= width || j > hi(i) ? -1 : i * width + k;
  };
  const get = (i: number, j: number) => {
    if (i < 0 || j < 0) return Infinity;
    const k = at(i, j);
    return k < 0 ? Infinity : cost[k];
  };
  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i), end = hi(i); j <= end; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let how = 0;
      const consider = (c: number, h: number) => {
        if (c < best) {
          best = c;
          how = h;
        }
      };
      if (i > 0 && j > 0) {
        const prev = get(i - 1, j - 1);
        if (prev < Infinity) consider(prev + costs.pair(i - 1, j - 1), PAIR);
      }
      if (i > 0) {
        const prev = get(i - 1, j);
        if (prev < Infinity) consider(prev + costs.gapA(i - 1), GAP_A);
      }
      if (j > 0) {
        const prev = get(i, j - 1);
        if (prev < Infinity) consider(prev + costs.gapB(j - 1), GAP_B);
      }
      if (costs.merge) {
        const limitA = i > 0 && j > 0 ? Math.min(maxRun, costs.runLimit?.('a', i - 1, j - 1) ?? maxRun) : 0;
        const limitB = i > 0 && j > 0 ? Math.min(maxRun, costs.runLimit?.('b', i - 1, j - 1) ?? maxRun) : 0;
        for (let k = 2; k <= Math.max(limitA, limitB); k++) {
          if (k <= limitA && i >= k && j > 0) {
            const prev = get(i - k, j - 1);
            if (prev < Infinity) consider(prev + costs.merge(run(i - k, k), [j - 1]), MERGE_BASE + 2 * (k - 2));
          }
          if (k <= limitB && i > 0 && j >= k) {
            const prev = get(i - 1, j - k);
            if (prev < Infinity) consider(prev + costs.merge([i - 1], run(j - k, k)), MERGE_BASE + 1 + 2 * (k - 2));
          }
        }
      }
      const k = at(i, j);
      cost[k] = best;
      move[k] = how;
    }
  }
  const steps: AlignmentStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const how = move[at(i, j)];
    if (how === PAIR) {
      steps.push({ a: [i - 1], b: [j - 1] });
      i--;
      j--;
    } else if (how === GAP_A) {
      steps.push({ a: [i - 1], b: [] });
      i--;
    } else if (how === GAP_B) {
      steps.push({ a: [], b: [j - 1] });
      j--;
    } else if (how >= MERGE_BASE) {
      const k = 2 + ((how - MERGE_BASE) >> 1);
      if ((how - MERGE_BASE) % 2 === 0) {
        steps.push({ a: run(i - k, k), b: [j - 1] });
        i -= k;
        j--;
      } else {
        steps.push({ a: [i - 1], b: run(j - k, k) });
        i--;
        j -= k;
      }
    } else {
      throw new Error(`alignment backtrack failed at ${i},${j}`);
    }
  }
  return steps.reverse();
}

function run(from: number, length: number): number[] {
  return Array.from({ length }, (_, k) => from + k);
}
