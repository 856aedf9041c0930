import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { RequestFailed, WorkerPool, engineWorkerScript } from '../../../src/worker/workerPool';

// A real pool of engine workers (the TypeScript sources through tsx, slower to start than the bundle).
describe('engine worker pool: the time budget', function () {
  this.timeout(120_000);
  const { resolved: config } = resolveConfig({}, '/project', undefined, () => '');
  const script = engineWorkerScript(__dirname, require.resolve('../../../src/worker/workerPool.ts'));
  const task = { kind: 'pair' as const, en: 'a.en.md', fr: 'a.fr.md' };
  const request = (en: string, fr: string) => ({ kind: 'check' as const, task, sources: [{ path: 'a.en.md', text: en }, { path: 'a.fr.md', text: fr }] });

  it('does not count a fresh worker loading the engine against the request, and stops a request over the budget', async () => {
    // 1.5 s: far less than a worker takes to load the engine through tsx, far more than this small pair takes.
    const pool = new WorkerPool({ script, size: 1, budgetMs: 1500, setup: { config, pairs: [{ en: task.en, fr: task.fr, pairedBy: 'suffix' }] } });
    try {
      const small = await pool.run(request('We have 150 cats.\n', 'Nous avons 151 chats.\n')).promise;
      assert.deepEqual(small.findings.map((f) => f.rule), ['numbers'], 'the first request on a fresh worker is checked');
      const long = Array.from({ length: 60_000 }, (_, i) => `Paragraph ${i} has ${i} words.\n`).join('\n');
      await assert.rejects(pool.run(request(long, long.replace(/Paragraph/g, 'Paragraphe'))).promise, (e: unknown) => e instanceof RequestFailed && e.reason === 'timeout');
      const again = await pool.run(request('We have 150 cats.\n', 'Nous avons 151 chats.\n')).promise;
      assert.equal(again.findings.length, 1, 'the replaced worker answers the next request');
    } finally {
      await pool.close();
    }
  });
});

describe('engine worker pool: a check in two parts', function () {
  this.timeout(180_000);
  const { resolved: config } = resolveConfig({}, '/project', undefined, () => '');
  const script = engineWorkerScript(__dirname, require.resolve('../../../src/worker/workerPool.ts'));
  const task = { kind: 'pair' as const, en: 'a.en.md', fr: 'a.fr.md' };
  const sources = [{ path: 'a.en.md', text: 'We publish 150 zorblat registers.\n' }, { path: 'a.fr.md', text: 'Nous publions 151 registres.\n' }];
  const rules = (r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule).sort();

  it('gives every rule but spelling, then spelling alone (on the speller’s worker), what one whole check gives', async () => {
    const pool = new WorkerPool({ script, size: 2, budgetMs: 60_000, setup: { config, pairs: [{ en: task.en, fr: task.fr, pairedBy: 'suffix' }] } });
    try {
      // Both parts queued at once: the spelling part must not hold back the other (they run side by side).
      const spelling = pool.run({ kind: 'check', task, sources, phase: 'spellerOnly' });
      const others = pool.run({ kind: 'check', task, sources, phase: 'withoutSpeller' });
      const [a, b] = await Promise.all([others.promise, spelling.promise]);
      assert.deepEqual(rules(a), ['numbers']);
      assert.deepEqual(rules(b), ['spelling']);
      const whole = await pool.run({ kind: 'check', task, sources }).promise;
      assert.deepEqual(rules(whole), [...rules(a), ...rules(b)].sort());
    } finally {
      await pool.close();
    }
  });
});
