import type { Finding } from '../findings';
import type { ResolvedConfig } from '../config/configTypes';
import type { Lang } from '../lang';
import { buildDocument } from '../markdown/buildDocument';
import type { ParseOptions } from '../markdown/parseMarkdown';
import { pairFiles, type FilePair, type PairingResult } from '../pairing/pairFiles';
import { pairKeyLookup } from '../pairing/pairKeyLookup';
import { contentFingerprint } from '../pairing/fingerprint';
import type { CheckOptions } from '../parity/pairContext';
import { quickFrontMatter } from './quickFrontMatter';
import type { LibraryLookup } from '../clauses/clauseDrift';
import type { ClauseCatalogue } from '../clauses/clauseCatalogue';
import { mentionsClauses } from '../clauses/clauseMention';
import { createSeverityPolicy } from '../rules/severityPolicy';
import { runDocumentRules, runPairRules, runProjectRules, type CheckControl, type ProjectInputs } from '../rules/runRules';
import { loadSource, type LoadProblem, type SourceFile } from './loadSource';
import { pairingSiteRoutes, type SiteRoutes } from '../links/siteRoutes';
import { BudgetExceeded, budgetControl, CheckCancelled } from './checkControl';
import { failedTaskResult } from './failedTask';
import { TooComplexError } from '../markdown/tooComplex';
import { MAX_DELIMITERS, MAX_NESTING } from '../markdown/complexity';
import type { TaskResultStore } from './taskCache';
import type { Speller } from '../spelling/speller';
import { teamTermBase } from '../terminology/termBaseOption';

export type { SourceFile } from './loadSource';

export interface ProjectResult {
  files: number;
  pairs: FilePair[];
  unpaired: string[];
  undetermined: string[];
  findings: Finding[];
  /** Some file could not be read (an I/O error rather than a finding about content). */
  ioError: boolean;
  /** The stacks of internal failures reported as `file` findings (the command line shows them with --debug). */
  failures: Array<{ path: string; stack: string }>;
}

/** The rules' view of a configuration: severities and options, host pairs, the pairing for links, the clause library. */
export function checkOptionsFrom(config: ResolvedConfig, pairKeyOf?: (path: string) => string | undefined, clauses?: LibraryLookup, siteRoutes?: SiteRoutes): CheckOptions {
  const options: CheckOptions = { rules: createSeverityPolicy(config.severities, config.ruleOptions), hostPairs: config.hostPairs, sourceLanguage: config.sourceLanguage, pairKeyOf, clauses, siteHosts: config.siteHosts, siteRoutes };
  if (config.termEntries?.length) options.terms = teamTermBase(config.termEntries);
  return options;
}

/** Whether the configuration has the spelling rule on (the editor then checks spelling apart, after the other rules). */
export function spellingEnabled(config: ResolvedConfig): boolean {
  // The severities alone: the rest of the check options (a team term base merged in) is not needed to ask.
  return createSeverityPolicy(config.severities, config.ruleOptions).enabled('spelling');
}

export interface ProjectOptions {
  /**
   * The clause library (ours and the configured clauseFolders), loaded only when needed: a
   * file holds a clause marker, or the configuration names clause folders to check.
   */
  clauses?: () => ClauseCatalogue;
  /** The dictionaries of the spelling rule (the front end's: they are files); without it, no spelling check. */
  speller?: Speller;
}

/** What reading and pairing a set of files found, before any pair is compared. */
export interface ProjectPlan {
  files: number;
  /** Texts of the files that could be read as Markdown; a task's texts are dropped once it ran. */
  texts: Map<string, string>;
  readable: Set<string>;
  pairing: PairingResult;
  /** Files that could not be read as Markdown, and why (the `file` rule reports them). */
  loadProblems: LoadProblem[];
  ioError: boolean;
  /** Some file holds a clause marker, or the configuration names clause folders. */
  wantsClauses: boolean;
  /** Where each readable page is published (from paths and front matter), for links between pages. */
  siteRoutes: SiteRoutes;
}

/** One unit of checking work: a pair, or a file on its own (`lang` when its language is known). */
export type ProjectTask = { kind: 'pair'; en: string; fr: string } | { kind: 'single'; path: string; lang?: Lang };

/** How a plan reads each file's front matter for pairing: quickFrontMatter, or a front end's memo of it (`--cache`). */
export type FrontMatterReader = (text: string) => Record<string, unknown> | undefined;

/** Reads the files (refusing what is not UTF-8 Markdown, or too large) and pairs them. */
export function planProject(files: SourceFile[], config: ResolvedConfig, readFrontMatter: FrontMatterReader = quickFrontMatter): ProjectPlan {
  const texts = new Map<string, string>();
  const loadProblems: LoadProblem[] = [];
  for (const file of files) {
    try {
      const loaded = loadSource(file, config.maxFileSize);
      if ('text' in loaded) texts.set(file.path, loaded.text);
      else loadProblems.push(loaded.problem);
    } catch (e) {
      loadProblems.push(failedTaskResult({ kind: 'single', path: file.path }, { reason: (e as Error).message, stack: (e as Error).stack }).loadProblems[0]);
    }
  }
  const inputs = files.map((f) => {
    const text = texts.get(f.path);
    const frontMatter = text === undefined ? undefined : readFrontMatter(text);
    return { path: f.path, frontMatter, fingerprint: text === undefined ? undefined : () => contentFingerprint(text, frontMatter) };
  });
  const pairing = pairFiles(inputs, config.pairs);
  const siteRoutes = pairingSiteRoutes(inputs.filter((i) => texts.has(i.path)), pairing);
  const wantsClauses = config.clauseFolders.length > 0 || [...texts.values()].some(mentionsClauses);
  return { files: files.length, texts, readable: new Set(texts.keys()), pairing, loadProblems, ioError: loadProblems.some((p) => p.io), wantsClauses, siteRoutes };
}

/** The pairs to compare, then the readable files that are in no pair. */
export function projectTasks(plan: Pick<ProjectPlan, 'pairing' | 'readable'>): ProjectTask[] {
  const tasks: ProjectTask[] = [];
  const inPair = new Set<string>();
  for (const p of plan.pairing.pairs) {
    if (!plan.readable.has(p.en) || !plan.readable.has(p.fr)) continue;
    tasks.push({ kind: 'pair', en: p.en, fr: p.fr });
    inPair.add(p.en).add(p.fr);
  }
  for (const path of plan.readable) if (!inPair.has(path)) tasks.push({ kind: 'single', path, lang: plan.pairing.languages.get(path)?.lang });
  return tasks;
}

export function filesOfTask(task: ProjectTask): string[] {
  return task.kind === 'pair' ? [task.en, task.fr] : [task.path];
}

/** What one task found: its findings, and the files it could not read as Markdown. */
export interface TaskResult {
  findings: Finding[];
  loadProblems: LoadProblem[];
}

export interface TaskInputs {
  /** The task's files as read (bytes or text), by path; a missing path counts as unreadable. */
  sourceOf(path: string): SourceFile | undefined;
  maxFileSize: number;
  /** How to parse each file (the editor keeps a cache of parsed pieces per open file). */
  parseOptionsOf?(path: string): ParseOptions | undefined;
}

/**
 * The one per-pair pipeline of every front end (command line, worker threads, editor, tests):
 * load each file with the file policy, parse it, run every rule, let the documents go.
 */
export async function checkPairTask(task: ProjectTask, inputs: TaskInputs, options: CheckOptions, control: CheckControl = {}): Promise<TaskResult> {
  // The file being worked on, for the finding if anything below throws.
  let current = filesOfTask(task)[0];
  try {
    const loadProblems: LoadProblem[] = [];
    const parse = (path: string, lang: Lang) => {
      current = path;
      const loaded = loadSource(inputs.sourceOf(path) ?? { path, readError: 'file not found' }, inputs.maxFileSize);
      if ('problem' in loaded) {
        loadProblems.push(loaded.problem);
        return undefined;
      }
      try {
        // The budget and cancellation are checked between the pieces of a long parse too.
        return buildDocument(path, loaded.text, lang, { ...inputs.parseOptionsOf?.(path), checkpoint: control.checkpoint });
      } catch (e) {
        if (!(e instanceof TooComplexError)) throw e;
        loadProblems.push(tooComplexProblem(path, e));
        return undefined;
      }
    };
    if (task.kind === 'pair') {
      const en = parse(task.en, 'en');
      control.checkpoint?.();
      const fr = parse(task.fr, 'fr');
      control.checkpoint?.();
      current = task.en;
      if (!en || !fr) return { findings: [], loadProblems };
      return { findings: await runPairRules(en, fr, options, control), loadProblems };
    }
    const doc = parse(task.path, task.lang ?? 'en');
    if (!doc) return { findings: [], loadProblems };
    return { findings: await runDocumentRules(doc, options, task.lang !== undefined, control), loadProblems };
  } catch (e) {
    // A newer edit stops the check: that is the caller's business, not a finding.
    if (e instanceof CheckCancelled) throw e;
    if (e instanceof BudgetExceeded) return failedTaskResult(task, { timeoutMs: e.budgetMs });
    // Any other exception is a fault of ours on this input: one finding, the run goes on.
    return failedTaskResult(task, { reason: e instanceof Error ? e.message || e.name : String(e), stack: e instanceof Error ? e.stack : undefined, path: current });
  }
}

function tooComplexProblem(path: string, e: TooComplexError): LoadProblem {
  const { kind, line, count } = e.detail;
  return kind === 'nesting'
    ? { path, messageId: 'fileTooNested', args: { count, limit: MAX_NESTING }, line, column: 0 }
    : { path, messageId: 'fileTooManyDelimiters', args: { count, limit: MAX_DELIMITERS }, line, column: 0 };
}

/** The check options of a planned project: pairing for links, the clause library when needed. */
export function projectCheckOptions(plan: ProjectPlan, config: ResolvedConfig, catalogue?: ClauseCatalogue, speller?: Speller): CheckOptions {
  return { ...checkOptionsFrom(config, pairKeyLookup(plan.pairing.pairs), catalogue?.library, plan.siteRoutes), ...(speller ? { speller } : {}) };
}

/**
 * The project rules over a run's tasks (unpaired files, unreadable files, the libraries'
 * problems), then the findings in a stable order.
 */
export async function finishProject(plan: ProjectPlan, config: ResolvedConfig, options: CheckOptions, tasks: TaskResult[], catalogue?: ClauseCatalogue): Promise<ProjectResult> {
  const loadProblems = [...plan.loadProblems, ...tasks.flatMap((t) => t.loadProblems)];
  const findings = await projectFindings({ config, pairing: plan.pairing, readable: plan.readable, loadProblems, libraryProblems: catalogue?.problems ?? [] }, options, tasks);
  const { pairing } = plan;
  return { files: plan.files, pairs: pairing.pairs, unpaired: pairing.unpaired.map((u) => u.path), undetermined: pairing.undetermined, findings, ioError: loadProblems.some((p) => p.io), failures: loadProblems.flatMap((p) => (p.stack ? [{ path: p.path, stack: p.stack }] : [])) };
}

/** Every finding of a set of task results once the project rules have run over them, in a stable order. */
export async function projectFindings(inputs: ProjectInputs, options: CheckOptions, tasks: readonly TaskResult[]): Promise<Finding[]> {
  const findings = await runProjectRules(inputs, options, tasks.flatMap((t) => t.findings));
  return findings.sort(compareFindings);
}

/**
 * Checks a set of files: reads them, pairs English with French, compares each pair and reports
 * what is unpaired. Never throws on bad input: every problem becomes a finding about its file.
 * Each pair is parsed, checked and let go in turn, so memory stays that of one pair.
 */
export async function checkProject(files: SourceFile[], config: ResolvedConfig, projectOptions: ProjectOptions = {}): Promise<ProjectResult> {
  const plan = planProject(files, config);
  return checkPlannedProject(plan, config, plan.wantsClauses ? projectOptions.clauses?.() : undefined, undefined, projectOptions.speller);
}

/**
 * Checks a planned project on this thread, one task at a time. A task whose result the store
 * holds is not run; the project rules still see every task's findings. `speller` gives the
 * spelling rule its dictionaries.
 */
export async function checkPlannedProject(plan: ProjectPlan, config: ResolvedConfig, catalogue?: ClauseCatalogue, store?: TaskResultStore, speller?: Speller): Promise<ProjectResult> {
  const options = projectCheckOptions(plan, config, catalogue, speller);
  const tasks = projectTasks(plan);
  const stored = tasks.map((task) => store?.get(task));
  // The dictionaries load before the first task, outside its time budget; not at all when the
  // store holds every result (a re-run with nothing changed: loading them was most of its time).
  if (speller && options.rules.enabled('spelling') && stored.some((r) => !r)) await Promise.all([speller.forLanguage('en'), speller.forLanguage('fr')]).catch(() => undefined); // a failure is each pair's finding
  const results: TaskResult[] = [];
  for (const [i, task] of tasks.entries()) {
    let result = stored[i];
    if (!result) {
      // The same time budget per task as on worker threads, checked at the task's checkpoints.
      result = await checkPairTask(task, planInputs(plan, config), options, budgetControl(config.timeBudgetMs));
      store?.set(task, result);
    }
    results.push(result);
    for (const path of filesOfTask(task)) plan.texts.delete(path);
  }
  return finishProject(plan, config, options, results, catalogue);
}

/** A task's inputs from the plan's texts (already read and decoded). */
export function planInputs(plan: Pick<ProjectPlan, 'texts'>, config: ResolvedConfig): TaskInputs {
  return { sourceOf: (path) => (plan.texts.has(path) ? { path, text: plan.texts.get(path)! } : undefined), maxFileSize: config.maxFileSize };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
