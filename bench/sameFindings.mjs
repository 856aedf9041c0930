// node bench/sameFindings.mjs <baseline dist/cli.js>: whether this build's findings (JSON) are
// byte-identical to a baseline build's on both real corpora, on one thread and on two workers,
// without the cache, filling it and reading it. Copies the corpora to a temporary folder (never
// writes into them). Exit 0 when every output is the same, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const baseline = process.argv[2];
if (!baseline || !existsSync(baseline)) throw new Error('usage: node bench/sameFindings.mjs <baseline dist/cli.js>');
const cli = join(root, 'dist/cli.js');
const corpora = process.env.BENCH_CORPORA ?? join(root, '../shared/corpora');
const work = mkdtempSync(join(tmpdir(), 'toolkit-same-'));
const run = (script, dir, workers, extra = []) => {
  const r = spawnSync(process.execPath, [script, '.', '--format', 'json', ...extra], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TOOLKIT_CHECK_WORKERS: String(workers) } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} in ${dir} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
};
let different = 0;
try {
  for (const name of ['gcds-docs', 'open-source-logiciel-libre']) {
    const dir = join(work, name);
    cpSync(join(corpora, name), dir, { recursive: true, filter: (p) => !p.split(/[\\/]/).includes('.git') });
    // Its pairs.json maps the translated names (as in parity.bench.mjs).
    if (name === 'open-source-logiciel-libre' && !existsSync(join(dir, 'opendata-toolkit.json'))) writeFileSync(join(dir, 'opendata-toolkit.json'), JSON.stringify({ pairs: 'pairs.json' }));
    const expected = run(baseline, dir, 0);
    for (const workers of [0, 2]) {
      rmSync(join(dir, '.toolkit-checkcache'), { force: true });
      const outputs = { plain: run(cli, dir, workers), 'cache filled': run(cli, dir, workers, ['--cache']), 'cache read': run(cli, dir, workers, ['--cache']) };
      for (const [what, out] of Object.entries(outputs)) {
        const same = out === expected;
        if (!same) different++;
        console.log(`${same ? 'same' : 'DIFFERENT'}  ${name}, ${workers} workers, ${what}`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = different ? 1 : 0;
