// npm run bench: the parity check against markdownlint-cli2 on the same files, plus one large pair.
// Figures are printed, never asserted: speed is measured, not hoped for.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generateCorpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pairs = Number(process.env.BENCH_PAIRS ?? 500);
const lines = Number(process.env.BENCH_LINES ?? 1000);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'toolkit-bench-'));
const peakFile = join(work, 'peak');
const cli = join(root, 'dist/cli.js');
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

/** Runs a Node script `repeats` times; returns the median wall time and the largest peak memory. */
function measure(script, args, cwd) {
  const times = [];
  let peak = 0;
  let status;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', join(root, 'bench/peakMemory.cjs'), script, ...args], {
      cwd,
      env: { ...process.env, BENCH_PEAK_FILE: peakFile, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    status = r.status;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
    peak = Math.max(peak, Number(readFileSync(peakFile, 'utf8')) / 1024);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], peakMb: peak, status };
}

function report(name, files, ours, theirs) {
  const ratio = ours.ms / theirs.ms;
  console.log(`\n## ${name} (${files} files)`);
  console.log(`toolkit-check      ${ours.ms.toFixed(0).padStart(7)} ms  ${(files / (ours.ms / 1000)).toFixed(1).padStart(8)} files/s  ${(ours.ms / (files / 2)).toFixed(2).padStart(7)} ms/pair  peak ${ours.peakMb.toFixed(0)} MB`);
  console.log(`markdownlint-cli2  ${theirs.ms.toFixed(0).padStart(7)} ms  ${(files / (theirs.ms / 1000)).toFixed(1).padStart(8)} files/s  ${(theirs.ms / (files / 2)).toFixed(2).padStart(7)} ms/pair  peak ${theirs.peakMb.toFixed(0)} MB`);
  console.log(`ratio (toolkit-check / markdownlint-cli2): ${ratio.toFixed(2)}  ${ratio <= 1 ? '(goal ≤ 1.0 met)' : '(goal ≤ 1.0 NOT met)'}`);
}

try {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  console.log(`# Parity benchmark — node ${process.version}, ${cpus().length} CPUs, median of ${repeats} runs`);

  const synthetic = join(root, 'bench/.corpus/synthetic');
  const { files, bytes } = writeCorpus(synthetic, pairs, lines);
  console.log(`synthetic corpus: ${pairs} pairs of ~${lines} lines, ${(bytes / 1e6).toFixed(1)} MB (bench/.corpus, not committed)`);
  // A run that checked nothing would look fast: make sure every file was read and paired.
  const sanity = JSON.parse(spawnSync(process.execPath, [cli, synthetic, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout);
  if (sanity.files !== files || sanity.pairs.length !== pairs) throw new Error(`toolkit-check saw ${sanity.files} files and ${sanity.pairs.length} pairs, expected ${files} and ${pairs}`);
  // markdownlint-cli2 reads a glob; default rules, no config: what people would otherwise run.
  report('synthetic corpus', files, measure(cli, [synthetic, '--format', 'json']), measure(markdownlint, ['**/*.md'], synthetic));

  const corpus = join(root, '../shared/corpora/open-source-logiciel-libre');
  if (existsSync(corpus)) {
    const config = join(work, 'opendata-toolkit.json');
    writeFileSync(config, JSON.stringify({ pairs: join(corpus, 'pairs.json') }));
    report('real corpus (open-source-logiciel-libre)', 16, measure(cli, [corpus, '--config', config, '--format', 'json']), measure(markdownlint, ['**/*.md'], corpus));
  }

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
