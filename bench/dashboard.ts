// npm run bench:dashboard: a workspace of 500 generated pairs in 10 chapters (folders). How long
// the editor's workspace dashboard takes to paint first (model from every pair's findings, the
// chapter chart and the page: core buildDashboard and chapterChart, the view's dashboardHtml),
// and how long a re-check after an edit of one English file takes until the dashboard is drawn
// again (the pair checked on an engine worker as the editor's CheckService runs it, then the
// model and page rebuilt). Printed, never asserted.
import * as path from 'node:path';
import { WorkerPool } from '../src/worker/workerPool';
import { resolveConfig } from '../src/core/config/loadConfig';
import { checkProject } from '../src/core/project/checkProject';
import { buildDashboard } from '../src/core/report/dashboard';
import { chapterChart } from '../src/core/report/chapterChart';
import { buildDocument } from '../src/core/markdown/buildDocument';
import { reviewEdit } from '../src/core/review/reviewEdit';
import type { Finding } from '../src/core/findings';
import { dashboardHtml, type DashboardWords } from '../src/extension/dashboard/dashboardPage';
// @ts-expect-error: a plain JavaScript module of the benches, without types
import { chapterPair } from './generateCorpus.mjs';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 500);
const LINES = Number(process.env.BENCH_LINES ?? 40);
const root = path.join(__dirname, '..');
const { resolved: config } = resolveConfig({}, '/bench', undefined, () => '');
const WORDS: DashboardWords = {
  title: 'Workspace dashboard', folder: 'Folder', allFolders: 'All folders', severity: 'Severity', severities: { all: 'All', error: 'Errors', warning: 'Warnings', info: 'Notes' },
  progress: 'In step with the other language', progressOf: { en: 'English', fr: 'French' }, chapters: 'Findings per chapter', chartLabel: 'Bar chart', pairs: 'Pairs',
  columns: { pair: 'Pair', findings: 'Findings', outdated: 'Outdated', untranslated: 'Untranslated', toTranslate: 'To translate' }, openReview: 'Open the aligned review', checkAll: 'Check all pairs', none: 'No pair',
};

/** The editor's first paint of the dashboard: the model, the chart and the page. */
function paint(pairs: Array<{ en: string; fr: string }>, findings: readonly Finding[]): { html: string; ms: number } {
  const started = performance.now();
  const dashboard = buildDashboard(pairs, [], findings);
  const html = dashboardHtml({
    nonce: 'bench', scriptUri: 'dashboard.js', styleUri: 'dashboard.css', lang: 'en', dashboard, folders: dashboard.chapters.map((c) => c.chapter), filter: { folder: '', severity: 'all' },
    chartSvg: chapterChart(dashboard.chapters, WORDS.chartLabel, 'en'), words: WORDS,
  });
  return { html, ms: performance.now() - started };
}

async function main(): Promise<void> {
  // 500 pairs; every third French file reviewed against its English, so edits make it outdated.
  const texts: Record<string, string> = {};
  for (let i = 0; i < PAIRS; i++) {
    const { en, fr } = chapterPair(i, LINES) as { en: string; fr: string };
    const base = `chapter-${String(i % 10).padStart(2, '0')}/page-${String(i).padStart(3, '0')}`;
    // Defects a real workspace has, so the dashboard has findings to count: a date changed in
    // every fifth French file, an English paragraph left in every fourth.
    let french = i % 5 === 0 ? fr.replace(/\b202(\d)\b/, (_: string, d: string) => `202${(Number(d) + 1) % 10}`) : fr;
    if (i % 4 === 0) french += `\n${en.split('\n').find((l: string) => l.length > 80)}\n`;
    if (i % 3 === 0) {
      const edit = reviewEdit(buildDocument(`${base}.en.md`, en, 'en'), buildDocument(`${base}.fr.md`, french, 'fr'), { kind: 'file' });
      if (edit.ok) french = french.slice(0, edit.edit.start) + edit.edit.text + french.slice(edit.edit.end);
    }
    texts[`${base}.en.md`] = en;
    texts[`${base}.fr.md`] = french;
  }
  const bytes = Object.values(texts).reduce((n, t) => n + Buffer.byteLength(t), 0);
  let started = performance.now();
  const result = await checkProject(Object.entries(texts).map(([p, text]) => ({ path: p, text })), config);
  console.log(`${result.pairs.length} pairs (${(bytes / 1e6).toFixed(1)} MB) checked on one thread in ${((performance.now() - started) / 1000).toFixed(1)} s: ${result.findings.length} findings`);

  const first = paint(result.pairs, result.findings);
  const again = [1, 2, 3, 4, 5].map(() => paint(result.pairs, result.findings).ms).sort((a, b) => a - b);
  console.log(`dashboard first paint (model + chart + page, ${(first.html.length / 1024).toFixed(0)} KB of HTML): ${first.ms.toFixed(1)} ms; again: median ${again[2].toFixed(1)} ms`);

  // An edit of one reviewed English file: its pair is checked on a worker, then the dashboard drawn again.
  const pool = new WorkerPool({ script: { file: path.join(root, 'dist', 'engine-worker.js'), execArgv: [] }, size: 2, budgetMs: config.timeBudgetMs, setup: { config, pairs: result.pairs, incremental: true } });
  try {
    const pair = result.pairs[3];
    const task = { kind: 'pair' as const, en: pair.en, fr: pair.fr };
    const sources = (en: string) => [{ path: pair.en, text: en }, { path: pair.fr, text: texts[pair.fr] }];
    await pool.run({ kind: 'check', task, sources: sources(texts[pair.en]) }).promise; // the worker warm, as after the start-up check
    const edited = texts[pair.en].replace(/^(The |Each |Before |Community )/m, 'Since the review, $1');
    const times: number[] = [];
    let outdated = 0;
    for (let round = 0; round < 5; round++) {
      started = performance.now();
      const checked = await pool.run({ kind: 'check', task, sources: sources(round % 2 ? texts[pair.en] : edited) }).promise;
      const others = result.findings.filter((f) => f.file !== pair.en && f.file !== pair.fr);
      const redrawn = paint(result.pairs, [...others, ...checked.findings]);
      times.push(performance.now() - started);
      if (round === 0) outdated = checked.findings.filter((f) => f.rule === 'stale').length;
      void redrawn;
    }
    const sorted = times.slice().sort((a, b) => a - b);
    console.log(`re-check after an edit of ${pair.en} until the dashboard is drawn again: first ${times[0].toFixed(1)} ms, median ${sorted[2].toFixed(1)} ms, max ${sorted[4].toFixed(1)} ms (${outdated} outdated section${outdated === 1 ? '' : 's'} after the edit)`);
  } finally {
    await pool.close();
  }
}

void main();
