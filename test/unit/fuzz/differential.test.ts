import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { cli } from '../helpers/tempProject';
import { HOSTILE } from '../../fixtures/hostile/hostile';
import { hostileDocument } from './markdownArbitraries';

const ROOT = join(__dirname, '..', '..', '..');

/** The findings of one run, single-threaded or on worker threads (TOOLKIT_CHECK_WORKERS). */
async function run(dir: string, workers: number) {
  const r = await cli(['.', '--format', 'json'], dir, { TOOLKIT_CHECK_WORKERS: String(workers) });
  return { code: r.code, report: JSON.parse(r.stdout) as unknown, stderr: r.stderr };
}

async function assertSameOnWorkers(dir: string) {
  const single = await run(dir, 0);
  const parallel = await run(dir, 2);
  assert.deepEqual(parallel, single);
  return single;
}

describe('differential: the same findings single-threaded and on worker threads', function () {
  this.timeout(300_000);

  it('on samples/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-diff-'));
    try {
      cpSync(join(ROOT, 'samples'), dir, { recursive: true });
      const single = await assertSameOnWorkers(dir);
      assert.ok((single.report as { diagnostics: unknown[] }).diagnostics.length > 0, 'samples/ has findings to compare');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on a generated corpus with defects, hostile files and fuzzed pages', async () => {
    const { writeCorpus } = (await import(pathToFileURL(join(ROOT, 'bench', 'generateCorpus.mjs')).href)) as { writeCorpus(dir: string, pairs: number, lines: number): unknown };
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-diff-'));
    try {
      writeCorpus(dir, 6, 80);
      // Defects: a changed number, a lost paragraph.
      const fr3 = join(dir, 'chapter-003.fr.md');
      writeFileSync(fr3, readFileSync(fr3, 'utf8').replace(/\d/, '9'));
      const fr5 = join(dir, 'chapter-005.fr.md');
      writeFileSync(fr5, readFileSync(fr5, 'utf8').split('\n\n').slice(0, -2).join('\n\n') + '\n');
      for (const [i, fixture] of HOSTILE.slice(0, 6).entries()) writeFileSync(join(dir, `hostile-${i}.fr.md`), fixture.text());
      const pages = fc.sample(hostileDocument, { seed: 7, numRuns: 6 });
      pages.forEach((text, i) => {
        writeFileSync(join(dir, `fuzz-${i}.en.md`), text);
        writeFileSync(join(dir, `fuzz-${i}.fr.md`), pages[(i + 1) % pages.length]);
      });
      const single = await assertSameOnWorkers(dir);
      const rules = new Set((single.report as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule));
      assert.ok(rules.has('numbers') && rules.has('file'), [...rules].join(' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
