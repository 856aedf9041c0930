// npm run bench:responsiveness: while engine workers check hostile files (as the editor's
// EngineHost runs them: a pool of two), how fast does a command on another file answer, and how
// long does the calling thread (the extension host's) ever stall? Printed, never asserted.
import * as path from 'node:path';
import { WorkerPool } from '../src/worker/workerPool';
import { resolveConfig } from '../src/core/config/loadConfig';

const root = path.join(__dirname, '..');
const { resolved: config } = resolveConfig({}, '/bench', undefined, () => '');
const pool = new WorkerPool({ script: { file: path.join(root, 'dist', 'engine-worker.js'), execArgv: [] }, size: 2, budgetMs: config.timeBudgetMs, setup: { config, pairs: [], incremental: true } });

const HOSTILE: Record<string, string> = {
  '100,000 brackets': '['.repeat(100_000),
  '100,000 link openers': '[a]('.repeat(100_000),
  'list 250 deep': Array.from({ length: 250 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n') + '\n',
  '4,900 unmatched emphasis openers': '*a'.repeat(4_900),
};
const small = { en: { path: 'other.en.md', text: '# Budget\n\nWe spend $1,500 on 12 datasets.\n' }, fr: { path: 'other.fr.md', text: '# Budget\n\nNous dépensons 1\u00A0500\u00A0$ pour 12 jeux.\n' } };
const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function measure(name: string, text: string): Promise<void> {
  const started = performance.now();
  const hostile = pool.run({ kind: 'check', task: { kind: 'pair', en: 'h.en.md', fr: 'h.fr.md' }, sources: [{ path: 'h.en.md', text }, { path: 'h.fr.md', text: small.fr.text }] }).promise.then(
    (r) => `${r.loadProblems.map((p) => p.messageId).join(', ') || `${r.findings.length} findings`}`,
    (e: Error) => `failed: ${e.message}`,
  );
  let done = false;
  void hostile.finally(() => (done = true));
  const answers: number[] = [];
  const lags: number[] = [];
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    lags.push(now - last - 10);
    last = now;
  }, 10);
  while (!done) {
    const t = performance.now();
    await pool.run({ kind: 'locate', en: small.en, fr: small.fr, from: 'en', line: 2 }).promise;
    answers.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  clearInterval(ticker);
  const outcome = await hostile;
  console.log(
    `${name}: checked in ${(performance.now() - started).toFixed(0)} ms (${outcome}); ${answers.length} commands on another file answered in median ${pct(answers, 50).toFixed(1)} ms, p90 ${pct(answers, 90).toFixed(1)} ms, max ${Math.max(...answers).toFixed(1)} ms ${Math.max(...answers) < 100 ? '(goal < 100 ms met)' : '(goal < 100 ms NOT met)'}; calling thread's longest stall ${Math.max(0, ...lags).toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  // Warm both workers up first (their first request loads the engine).
  await Promise.all([0, 1].map(() => pool.run({ kind: 'locate', en: small.en, fr: small.fr, from: 'en', line: 2 }).promise));
  console.log('\n# Editor responsiveness (engine worker pool of 2, as in the extension)');
  for (const [name, text] of Object.entries(HOSTILE)) await measure(name, text);
  await pool.close();
}

void main();
