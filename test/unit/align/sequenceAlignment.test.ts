import { strict as assert } from 'node:assert';
import { alignSequences } from '../../../src/core/align/sequenceAlignment';
import { boundedRuns, uncertainRuns } from '../../../src/core/align/windowAlignment';
import type { SectionStep } from '../../../src/core/align/alignTypes';
import type { Section } from '../../../src/core/markdown/documentModel';

/** Letters stand for blocks; equal letters pair for free, `L` (a list) may take a run of `p`s. */
function align(a: string, b: string, maxRun?: number) {
  return alignSequences(a.length, b.length, {
    pair: (i, j) => (a[i] === b[j] ? 0 : 1),
    gapA: () => 0.75,
    gapB: () => 0.75,
    merge: (x, y) => {
      const [one, many] = x.length === 1 ? [a[x[0]], y.map((j) => b[j])] : [b[y[0]], x.map((i) => a[i])];
      return one === 'L' && many.every((c) => c === 'p') ? 0.2 : Infinity;
    },
    maxRun,
  }).map((s) => `${s.a.map((i) => a[i]).join('')}|${s.b.map((j) => b[j]).join('')}`);
}

describe('sequence alignment with runs', () => {
  it('pairs one block with a run of k blocks on the other side, either way', () => {
    assert.deepEqual(align('xLy', 'xppppy', 8), ['x|x', 'L|pppp', 'y|y']);
    assert.deepEqual(align('xppppy', 'xLy', 8), ['x|x', 'pppp|L', 'y|y']);
  });

  it('keeps to two by default, as before', () => {
    assert.deepEqual(align('xLy', 'xpppy'), ['x|x', 'L|pp', '|p', 'y|y']);
  });
});

describe('unsure stretches of the section alignment', () => {
  const section = (blocks: number): Section => ({ index: 0, heading: undefined, blocks: new Array(blocks).fill(null) });
  const both = (n: number): SectionStep => ({ en: section(n), fr: section(n) });
  const enOnly = (n: number): SectionStep => ({ en: section(n) });

  it('takes each one-sided section with the matched ones around it, joined when they touch', () => {
    const steps = [both(1), both(1), enOnly(1), both(1), enOnly(1), both(1), both(1), both(1), enOnly(1)];
    assert.deepEqual(uncertainRuns(steps), [[1, 5], [7, 8]]);
  });

  it('cuts a long stretch before matched sections, so a document without headings stays linear', () => {
    const steps = [both(50), enOnly(50), both(50), enOnly(50), both(50), enOnly(50), both(50)];
    assert.deepEqual(boundedRuns(steps, [[0, 6]], 240), [[0, 1], [2, 3], [4, 5], [6, 6]]);
  });
});
