/**
 * `npm run precision`: runs the built `toolkit-check` over the real corpora in ../shared/corpora/
 * and prints, per corpus and rule, how many findings there are and how many of a hand-labelled
 * sample are true (labels in test/fixtures/precision/<corpus>.labels.json and any
 * <corpus>.<topic>.labels.json beside it, read in both files).
 *
 *   --json       the scores as one JSON document
 *   --all        also list the unlabelled typography (info) notes one by one
 *
 * Exit code 1 when a finding labelled true is gone (a regression), 0 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusRuns, GOAL, labelFilesOf, ossConfig, parseLabels, score, type CorpusScore, type Finding, type Label } from './precision/score';

const ROOT = resolve(__dirname, '..');
const CORPORA = resolve(ROOT, '..', 'shared', 'corpora');
const CLI = join(ROOT, 'dist', 'cli.js');
const LABELS = join(ROOT, 'test', 'fixtures', 'precision');

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const listAll = argv.includes('--all');

if (!existsSync(CLI)) fail(`${CLI} is missing: run npm run build first.`);
if (!existsSync(CORPORA)) fail(`No corpora in ${CORPORA}: nothing to measure.`);

const configDir = mkdtempSync(join(tmpdir(), 'precision-config-'));
const scores: CorpusScore[] = [];
try {
  writeFileSync(join(configDir, 'opendata-toolkit.json'), ossConfig(CORPORA));
  for (const run of corpusRuns(CORPORA, configDir)) {
    const cwd = join(CORPORA, run.name);
    if (!existsSync(cwd)) {
      process.stderr.write(`skipped ${run.name}: ${cwd} is missing\n`);
      continue;
    }
    // The CLI exits 1 when it finds errors: that is its normal answer here, so only stdout counts.
    const r = spawnSync(process.execPath, [CLI, ...run.args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    let findings: Finding[];
    try {
      findings = JSON.parse(r.stdout).diagnostics;
    } catch {
      fail(`${run.name}: toolkit-check did not print JSON (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    }
    const labels: Label[] = labelFilesOf(readdirSync(LABELS), run.name).flatMap((f) => parseLabels(readFileSync(join(LABELS, f), 'utf8'), f));
    scores.push(score(run.name, findings, labels));
  }
} finally {
  rmSync(configDir, { recursive: true, force: true });
}

if (asJson) process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
else for (const s of scores) printCorpus(s);
const regressions = scores.flatMap((s) => s.gone.filter((l) => l.verdict === 'true'));
process.exitCode = regressions.length ? 1 : 0;

function printCorpus(s: CorpusScore): void {
  const out: string[] = [`\n== ${s.corpus} ==`, pad(['rule', 'severity', 'findings', 'labelled', 'true', 'false', 'debatable', 'precision', ''])];
  for (const r of s.rules) {
    const p = r.precision === undefined ? '-' : `${(r.precision * 100).toFixed(0)} %`;
    const flag = r.flagged ? (r.precision === undefined ? 'NOT LABELLED' : `BELOW ${GOAL * 100} %`) : '';
    out.push(pad([r.rule, r.severity, r.findings, r.labelled, r.true, r.false, r.debatable, p, flag]));
  }
  const trueGone = s.gone.filter((l) => l.verdict === 'true');
  if (trueGone.length) {
    out.push(`\n!! REGRESSION: ${trueGone.length} finding(s) labelled TRUE are gone:`);
    for (const l of trueGone) out.push(`!!   ${l.file}:${l.line} ${l.rule} — ${l.reason}`);
  }
  const otherGone = s.gone.filter((l) => l.verdict !== 'true');
  if (otherGone.length) {
    out.push(`\ngone (${otherGone.length}, labelled false or debatable, no longer reported):`);
    for (const l of otherGone) out.push(`  ${l.file}:${l.line} ${l.rule} [${l.verdict}] — ${l.reason}`);
  }
  const shown = listAll ? s.toLabel : s.toLabel.filter((f) => f.severity !== 'info');
  out.push(`\nto label: ${s.toLabel.length}${shown.length < s.toLabel.length ? ` (${s.toLabel.length - shown.length} info notes not listed; --all lists them)` : ''}`);
  for (const f of shown) out.push(`  ${f.file}:${f.line} ${f.rule} — ${f.message.slice(0, 110)}`);
  process.stdout.write(out.join('\n') + '\n');
}

function pad(cells: (string | number)[]): string {
  const widths = [22, 9, 9, 9, 5, 6, 10, 10, 0];
  return cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ').trimEnd();
}

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}
