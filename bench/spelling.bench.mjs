// npm run bench:spelling: toolkit-check's spelling pass against the cspell CLI on the same files of
// the real corpora, the same dictionaries (en-CA and software terms for English, fr-FR for French).
// Figures are printed, never asserted. CPU = user + system of all threads (bench/peakMemory.cjs),
// what a shared machine distorts least; medians of alternating runs.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnce as timedRun, summarise } from './timedRun.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireHere = createRequire(join(root, 'package.json'));
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const corpora = process.env.BENCH_CORPORA ?? join(root, '../shared/corpora');
const cli = join(root, 'dist/cli.js');
const cspell = join(root, 'node_modules/cspell/bin.mjs');
const work = mkdtempSync(join(tmpdir(), 'toolkit-bench-spelling-'));
const peakFile = join(work, 'peak');

const runOnce = (script, args, cwd, env = {}) => timedRun(script, args, cwd, { peakFile, env, keepStdout: true });

/** A configuration with every rule off but spelling, or all off (the rule ids from the schema the build generates). */
function rulesConfig(extra, spelling) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/opendata-toolkit.schema.json'), 'utf8'));
  const rules = Object.fromEntries(Object.keys(schema.properties.rules.properties).map((id) => [id, id === 'spelling' && spelling ? 'info' : 'off']));
  return JSON.stringify({ ...extra, rules }, null, 2);
}

/** cspell's configuration for the same job: the dictionaries toolkit-check ships, French by folder or suffix. */
function cspellConfig() {
  const ext = (pkg) => requireHere.resolve(`${pkg}/cspell-ext.json`);
  return JSON.stringify(
    {
      version: '0.2',
      import: [ext('@cspell/dict-en-ca'), ext('@cspell/dict-fr-fr'), ext('@cspell/dict-software-terms')],
      language: 'en-CA',
      dictionaries: ['softwareTerms'],
      overrides: [{ filename: ['**/fr/**', '**/*.fr.md'], language: 'fr-FR', dictionaries: [] }],
    },
    null,
    2,
  );
}

function bench(name, extraConfig) {
  const dir = join(work, name);
  cpSync(join(corpora, name), dir, { recursive: true, filter: (p) => !p.split(/[\\/]/).includes('.git') });
  writeFileSync(join(dir, 'opendata-toolkit.json'), rulesConfig(extraConfig, true));
  // The same run with no rule at all: reading, parsing and pairing, what the spelling pass sits on.
  const noRules = join(dir, 'no-rules.opendata-toolkit.json');
  writeFileSync(noRules, rulesConfig(extraConfig, false));
  writeFileSync(join(dir, 'cspell.json'), cspellConfig());
  const ours = ['.', '--format', 'json'];
  const theirs = ['lint', '--no-progress', '--no-summary', '--no-color', '--no-cache', '**/*.md'];
  const one = { TOOLKIT_CHECK_WORKERS: '0' };
  const runs = { ours: [], oneThread: [], cspell: [], noRules: [] };
  for (let i = 0; i < repeats; i++) {
    runs.ours.push(runOnce(cli, ours, dir));
    runs.cspell.push(runOnce(cspell, theirs, dir));
    runs.oneThread.push(runOnce(cli, ours, dir, one));
    runs.noRules.push(runOnce(cli, [...ours, '--config', noRules], dir, one));
  }
  const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summarise(v)]));
  const report = JSON.parse(m.ours.stdout);
  const ourFindings = report.diagnostics.filter((d) => d.rule === 'spelling').length;
  const cspellFindings = m.cspell.stdout.split('\n').filter((l) => /:\d+:\d+ - /.test(l)).length;
  console.log(`\n## ${name} (${report.files} files; medians of ${repeats} alternating runs)`);
  const row = (label, r, findings) => console.log(`${label.padEnd(40)} ${r.ms.toFixed(0).padStart(7)} ms wall ${r.cpuMs.toFixed(0).padStart(7)} ms CPU  peak ${r.peakMb.toFixed(0).padStart(4)} MB  ${findings} findings`);
  row('toolkit-check, spelling only', m.ours, ourFindings);
  row('toolkit-check, spelling only, 1 thread', m.oneThread, ourFindings);
  row('toolkit-check, no rule, 1 thread', m.noRules, 0);
  row('cspell lint', m.cspell, cspellFindings);
  const pass = m.oneThread.cpuMs - m.noRules.cpuMs;
  console.log(`${'the spelling pass alone (1 thread − no rule)'.padEnd(40)} ${pass.toFixed(0).padStart(7)} ms CPU, ${(pass / m.cspell.cpuMs).toFixed(2)} × cspell's CPU`);
  const ratio = (label, a) => console.log(`${label.padEnd(40)} wall ${(a.ms / m.cspell.ms).toFixed(2)}  CPU ${(a.cpuMs / m.cspell.cpuMs).toFixed(2)}  ${a.cpuMs <= m.cspell.cpuMs ? '(goal ≤ 1.0 met on CPU)' : '(goal ≤ 1.0 NOT met on CPU)'}`);
  ratio('ratio toolkit-check / cspell', m.ours);
  ratio('ratio toolkit-check 1 thread / cspell', m.oneThread);
}

try {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  console.log(`# Spelling benchmark — node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const name of ['gcds-docs', 'open-source-logiciel-libre']) {
    if (!existsSync(join(corpora, name))) {
      console.log(`\n## ${name}: not found in ${corpora}, skipped`);
      continue;
    }
    // open-source-logiciel-libre pairs its translated file names through its pairs.json.
    bench(name, name === 'open-source-logiciel-libre' ? { pairs: 'pairs.json' } : {});
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
