/**
 * Precision of the rules on real corpora, measured against hand-labelled findings.
 *
 * Pure functions only (no file system, no process), so that `scripts/precision.ts` and the unit
 * test that guards the labelled-true findings share one definition of "a label matches".
 */
import { join } from 'node:path';

export type Verdict = 'true' | 'false' | 'debatable';

/** One finding read by hand in both files. A label matches the findings with the same file, line and rule. */
export interface Label {
  file: string;
  line: number;
  rule: string;
  verdict: Verdict;
  reason: string;
}

/** The part of a JSON diagnostic the measure needs. */
export interface Finding {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
  related?: { file: string; line: number }[];
}

export interface RuleScore {
  rule: string;
  severity: string;
  findings: number;
  labelled: number;
  true: number;
  false: number;
  debatable: number;
  /** true / labelled (a debatable finding is not counted as true), or undefined when nothing is labelled. */
  precision: number | undefined;
  /** An error or warning rule whose labelled sample is below the goal (or has no labels at all). */
  flagged: boolean;
}

export interface CorpusScore {
  corpus: string;
  rules: RuleScore[];
  /** Findings that no label covers, to be read and labelled. */
  toLabel: Finding[];
  /** Labels that match no finding any more; a true one gone is a regression. */
  gone: Label[];
}

/** The goal of issue 8: every error and warning rule at 90 % or more on its labelled sample. */
export const GOAL = 0.9;

export const keyOf = (x: { file: string; line: number; rule: string }): string => `${x.file}:${x.line} ${x.rule}`;

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

/** Scores one corpus: counts per rule, verdicts of the labels that still match, and what is left over. */
export function score(corpus: string, findings: readonly Finding[], labels: readonly Label[]): CorpusScore {
  const labelByKey = new Map(labels.map((l) => [keyOf(l), l]));
  const findingKeys = new Set(findings.map(keyOf));
  const perRule = new Map<string, RuleScore>();
  const toLabel: Finding[] = [];
  for (const f of findings) {
    let r = perRule.get(f.rule);
    if (!r) {
      r = { rule: f.rule, severity: f.severity, findings: 0, labelled: 0, true: 0, false: 0, debatable: 0, precision: undefined, flagged: false };
      perRule.set(f.rule, r);
    }
    r.findings++;
    const label = labelByKey.get(keyOf(f));
    if (!label) {
      toLabel.push(f);
      continue;
    }
    // Several findings of one rule on one line share their label, and each counts: the measure is
    // the share of what a translator is shown.
    r.labelled++;
    r[label.verdict]++;
  }
  for (const r of perRule.values()) {
    r.precision = r.labelled ? r.true / r.labelled : undefined;
    r.flagged = (r.severity === 'error' || r.severity === 'warning') && (r.precision === undefined || r.precision < GOAL);
  }
  const rules = [...perRule.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.rule.localeCompare(b.rule));
  const gone = labels.filter((l) => !findingKeys.has(keyOf(l)));
  return { corpus, rules, toLabel, gone };
}

/** Checks the shape of a labels file, so that a typo is a clear error rather than a silent miss. */
export function parseLabels(text: string, source: string): Label[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${source}: expected an array of labels`);
  return data.map((x: Partial<Label>, i) => {
    const ok = typeof x.file === 'string' && Number.isInteger(x.line) && typeof x.rule === 'string' && (x.verdict === 'true' || x.verdict === 'false' || x.verdict === 'debatable') && typeof x.reason === 'string' && x.reason.length > 0;
    if (!ok) throw new Error(`${source}: label ${i} needs file, line, rule, verdict (true|false|debatable) and a reason`);
    return x as Label;
  });
}

/**
 * The label files of a corpus among a folder's file names: `<corpus>.labels.json`, then any
 * `<corpus>.<topic>.labels.json` (one engineer's labels for their rules, say spelling), sorted.
 */
export function labelFilesOf(names: readonly string[], corpus: string): string[] {
  const own = `${corpus}.labels.json`;
  const topical = names.filter((n) => n !== own && n.startsWith(`${corpus}.`) && n.endsWith('.labels.json') && !n.slice(corpus.length + 1, -'.labels.json'.length).includes('.') && n.length > own.length).sort();
  return [...(names.includes(own) ? [own] : []), ...topical];
}

export interface CorpusRun {
  name: string;
  /** Arguments of `toolkit-check`, run from inside the corpus folder. */
  args: string[];
}

/**
 * How each real corpus is checked. open-source-logiciel-libre pairs its files with its own
 * `pairs.json`, which a configuration outside the corpus can name only with --allow-outside
 * (as test/unit/core/corpus.test.ts does); gcds-docs is checked as it is.
 */
export function corpusRuns(corporaDir: string, configDir: string): CorpusRun[] {
  const oss = join(corporaDir, 'open-source-logiciel-libre');
  return [
    { name: 'open-source-logiciel-libre', args: [oss, '--config', join(configDir, 'opendata-toolkit.json'), '--allow-outside', oss, '--format', 'json'] },
    { name: 'gcds-docs', args: ['--format', 'json'] },
  ];
}

/** The configuration file that `corpusRuns` expects in `configDir`. */
export const ossConfig = (corporaDir: string): string => JSON.stringify({ pairs: join(corporaDir, 'open-source-logiciel-libre', 'pairs.json') });
