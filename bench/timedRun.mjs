// One measured run of a Node script, and the summary of several: what the benches print.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const peakMemory = fileURLToPath(new URL('./peakMemory.cjs', import.meta.url));

/**
 * Runs a Node script once in `cwd`: wall time, CPU time (all threads) and peak memory, as
 * peakMemory.cjs writes them to `peakFile`; its exit status, and what it printed when `keepStdout`.
 * Exit 1 (findings) is a normal answer; any other failure throws.
 */
export function runOnce(script, args, cwd, { peakFile, env = {}, keepStdout = false }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', peakMemory, script, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_PEAK_FILE: peakFile, NO_COLOR: '1' },
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  const { maxRssKb, cpuMs } = JSON.parse(readFileSync(peakFile, 'utf8'));
  return { ms, cpuMs, peakMb: maxRssKb / 1024, status: r.status, stdout: r.stdout };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall and CPU time and the largest peak memory of several runs; the last run's status and output. */
export function summarise(runs) {
  const last = runs.at(-1);
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), peakMb: Math.max(...runs.map((r) => r.peakMb)), status: last.status, stdout: last.stdout };
}
