import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { hostileBytes } from './markdownArbitraries';
import { checkTexts } from '../helpers/checkTexts';

/**
 * Fixed seed and bounded runs: in CI the suite is a regression test, the same cases every time.
 * To explore, run it with FUZZ_SEED and FUZZ_RUNS set; keep what it finds in test/fixtures/hostile/.
 */
export const FUZZ = { seed: Number(process.env.FUZZ_SEED ?? 20261203), numRuns: Number(process.env.FUZZ_RUNS ?? 60), endOnFailure: true } as const;

const GOOD = { 'good.en.md': 'We have 150 cats.\n', 'good.fr.md': 'Nous avons 151 chats.\n' };

describe('fuzz: the engine on hostile files', function () {
  this.timeout(60_000);

  it('no exception escapes, the good pair beside is still reported, inputs are unchanged, time per case is bounded', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, hostileBytes, async (en, fr) => {
        const copies = [en, fr].map((x) => (typeof x === 'string' ? x : Uint8Array.from(x)));
        const started = Date.now();
        const result = await checkTexts({ ...GOOD, 'x.en.md': en, 'x.fr.md': fr });
        const ms = Date.now() - started;
        assert.ok(result.findings.some((f) => f.file === 'good.fr.md' && f.rule === 'numbers'), 'the good pair is reported');
        assert.deepEqual([en, fr], copies, 'inputs unchanged');
        // Within the default time budget (timeBudgetMs), even on a busy machine.
        assert.ok(ms < 10_000, `${ms} ms for one case`);
        // Internal failures are findings, but none should happen on these inputs.
        assert.deepEqual(result.findings.filter((f) => f.messageId === 'fileCheckFailed').map((f) => f.args), []);
        // Every finding is JSON-serialisable, with positions inside the file.
        JSON.parse(JSON.stringify(result.findings));
        for (const f of result.findings) assert.ok(f.range.start.line >= 0 && f.range.start.column >= 0, JSON.stringify(f));
      }),
      FUZZ,
    );
  });
});
