// npm run bench: the parity check against markdownlint-cli2 on the same files, plus one large pair.
// Figures are printed, never asserted: speed is measured, not hoped for.
// npm run bench -- --real-only --runs 3 (or npm run bench:real): the real corpora only, fewer rounds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generateCorpus.mjs';
import { runOnce as timedRun, summarise } from './timedRun.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pairs = Number(process.env.BENCH_PAIRS ?? 500);
const lines = Number(process.env.BENCH_LINES ?? 1000);
// --runs N (or BENCH_REPEATS): rounds of alternating runs; --real-only: the real corpora and the
// one large pair, without the synthetic corpus of 107 MB (tens of minutes on a loaded 2-core machine).
const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, 'real-only': { type: 'boolean', default: false } } });
const repeats = Number(flags.runs ?? process.env.BENCH_REPEATS ?? 3);
if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--runs must be a whole number of 1 or more (got ${flags.runs ?? process.env.BENCH_REPEATS})`);
const work = mkdtempSync(join(tmpdir(), 'toolkit-bench-'));
const peakFile = join(work, 'peak');
const cli = join(root, 'dist/cli.js');
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

const runOnce = (script, args, cwd) => timedRun(script, args, cwd, { peakFile });

/** Runs a Node script `repeats` times; returns the median wall and CPU time and the largest peak memory. */
function measure(script, args, cwd) {
  return summarise(Array.from({ length: repeats }, () => runOnce(script, args, cwd)));
}

function report(name, files, ours, theirs) {
  const ratio = ours.ms / theirs.ms;
  console.log(`\n## ${name} (${files} files)`);
  console.log(`toolkit-check      ${ours.ms.toFixed(0).padStart(7)} ms  ${(files / (ours.ms / 1000)).toFixed(1).padStart(8)} files/s  ${(ours.ms / (files / 2)).toFixed(2).padStart(7)} ms/pair  peak ${ours.peakMb.toFixed(0)} MB`);
  console.log(`markdownlint-cli2  ${theirs.ms.toFixed(0).padStart(7)} ms  ${(files / (theirs.ms / 1000)).toFixed(1).padStart(8)} files/s  ${(theirs.ms / (files / 2)).toFixed(2).padStart(7)} ms/pair  peak ${theirs.peakMb.toFixed(0)} MB`);
  console.log(`ratio (toolkit-check / markdownlint-cli2): ${ratio.toFixed(2)}  ${ratio <= 1 ? '(goal ≤ 1.0 met)' : '(goal ≤ 1.0 NOT met)'}`);
}

const cspell = join(root, 'node_modules/cspell/bin.mjs');
// BENCH_BASELINE=<another build's dist/cli.js>: its cold run joins each round, for a before/after.
const baselineCli = process.env.BENCH_BASELINE;
if (baselineCli && !existsSync(baselineCli)) throw new Error(`BENCH_BASELINE ${baselineCli} does not exist`);

/**
 * A real corpus, copied into the bench's folder (the cache file is written there, never into the
 * corpus): toolkit-check cold, warm with --cache and nothing changed, and with --cache after one
 * file changed, beside markdownlint-cli2 and cspell on the same files, in alternating runs (each
 * round runs every tool once, so a load that comes and goes weighs on all of them alike).
 */
function realCorpus(name, source, prepare = () => {}) {
  const dir = join(work, name);
  cpSync(source, dir, { recursive: true, filter: (p) => !p.split(/[\\/]/).includes('.git') });
  prepare(dir);
  const files = walkMarkdown(dir);
  const edited = files.find((f) => /(^|[\\/])fr[\\/]|\.fr\.md$/.test(f)) ?? files[0];
  const original = readFileSync(edited, 'utf8');
  const ours = ['.', '--format', 'json'];
  const runs = { cold: [], warm: [], changed: [], markdownlint: [], cspell: [], ...(baselineCli ? { baseline: [] } : {}) };
  const loadAtStart = loadavg()[0].toFixed(1);
  runOnce(cli, [...ours, '--cache'], dir); // fills the cache
  for (let i = 0; i < repeats; i++) {
    runs.cold.push(runOnce(cli, ours, dir));
    if (baselineCli) runs.baseline.push(runOnce(baselineCli, ours, dir));
    runs.markdownlint.push(runOnce(markdownlint, ['**/*.md'], dir));
    runs.cspell.push(runOnce(cspell, ['lint', '--no-progress', '--no-summary', '--no-color', '**/*.md'], dir));
    runs.warm.push(runOnce(cli, [...ours, '--cache'], dir));
    // A new edit each round: one pair is checked again, the rest come from the cache.
    writeFileSync(edited, `${original}\nOne more sentence for round ${i}.\n`);
    runs.changed.push(runOnce(cli, [...ours, '--cache'], dir));
  }
  writeFileSync(edited, original);
  const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summarise(v)]));
  console.log(`\n## real corpus ${name} (${files.length} files; medians of ${repeats} alternating runs; CPU = user + system of all threads; load average ${loadAtStart} at the start, ${loadavg()[0].toFixed(1)} at the end)`);
  const row = (label, r) => console.log(`${label.padEnd(34)} ${r.ms.toFixed(0).padStart(7)} ms wall ${r.cpuMs.toFixed(0).padStart(7)} ms CPU  peak ${r.peakMb.toFixed(0)} MB`);
  row('toolkit-check cold', m.cold);
  if (m.baseline) row('baseline build cold', m.baseline);
  row('toolkit-check --cache, no change', m.warm);
  row('toolkit-check --cache, one changed', m.changed);
  row('markdownlint-cli2', m.markdownlint);
  row('cspell', m.cspell);
  const ratio = (label, a, b, goal) => {
    const wall = a.ms / b.ms;
    const cpu = a.cpuMs / b.cpuMs;
    console.log(`${label.padEnd(44)} wall ${wall.toFixed(2)}  CPU ${cpu.toFixed(2)}${goal ? `  ${cpu <= goal ? `(goal ≤ ${goal} met on CPU)` : `(goal ≤ ${goal} NOT met on CPU)`}` : ''}`);
  };
  ratio('cold / markdownlint-cli2', m.cold, m.markdownlint, 0.8);
  if (m.baseline) ratio('baseline build cold / markdownlint-cli2', m.baseline, m.markdownlint);
  ratio('cold / cspell', m.cold, m.cspell);
  ratio('--cache, no change / cold', m.warm, m.cold, 0.15);
  ratio('--cache, one changed / cold', m.changed, m.cold, 0.25);
}

function walkMarkdown(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkMarkdown(p));
    else if (entry.name.endsWith('.md')) out.push(p);
  }
  return out;
}

try {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  console.log(`# Parity benchmark — node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}, median of ${repeats} runs`);

  if (!flags['real-only']) {
    const synthetic = join(root, 'bench/.corpus/synthetic');
    const { files, bytes } = writeCorpus(synthetic, pairs, lines);
    console.log(`synthetic corpus: ${pairs} pairs of ~${lines} lines, ${(bytes / 1e6).toFixed(1)} MB (bench/.corpus, not committed)`);
    // A run that checked nothing would look fast: make sure every file was read and paired.
    const sanity = JSON.parse(spawnSync(process.execPath, [cli, synthetic, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout);
    if (sanity.files !== files || sanity.pairs.length !== pairs) throw new Error(`toolkit-check saw ${sanity.files} files and ${sanity.pairs.length} pairs, expected ${files} and ${pairs}`);
    // markdownlint-cli2 reads a glob; default rules, no config: what people would otherwise run.
    report('synthetic corpus', files, measure(cli, [synthetic, '--format', 'json']), measure(markdownlint, ['**/*.md'], synthetic));
  }

  const corpora = process.env.BENCH_CORPORA ?? join(root, '../shared/corpora');
  if (existsSync(join(corpora, 'gcds-docs'))) realCorpus('gcds-docs', join(corpora, 'gcds-docs'));
  const libre = join(corpora, 'open-source-logiciel-libre');
  // Its pairs.json maps the translated file names; without a configuration of its own, one beside the copy names it.
  if (existsSync(libre)) realCorpus('open-source-logiciel-libre', libre, (dir) => existsSync(join(dir, 'opendata-toolkit.json')) || writeFileSync(join(dir, 'opendata-toolkit.json'), JSON.stringify({ pairs: 'pairs.json' })));

  const big = join(work, 'big');
  writeCorpus(big, 1, 10000);
  const timing = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(root, 'bench/pairTiming.ts'), join(big, 'chapter-000.en.md'), join(big, 'chapter-000.fr.md')], { cwd: root, encoding: 'utf8' });
  if (timing.status !== 0) throw new Error(timing.stderr);
  const t = JSON.parse(timing.stdout);
  console.log(`\n## one pair of ${t.lines} lines (in-process, median of 5)`);
  console.log(`parse both files ${t.parseMs.toFixed(0)} ms; parity check after parsing ${t.checkMs.toFixed(0)} ms ${t.checkMs < 1000 ? '(goal < 1 s met)' : '(goal < 1 s NOT met)'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
