import type { Finding, Severity } from '../findings';
import { decodeProblemFinding, fileFinding } from './fileFindings';
import type { ResolvedConfig } from '../config/configTypes';
import type { ParsedDocument } from '../markdown/documentModel';
import { buildDocument } from '../markdown/buildDocument';
import { decodeMarkdownBytes } from '../text/decode';
import { pairFiles, type FilePair, type PairingResult } from '../pairing/pairFiles';
import { pairKeyLookup } from '../pairing/pairKeyLookup';
import { checkPair } from '../parity/checkPair';
import { checkDocument } from '../parity/checkDocument';
import { languageName, type CheckOptions } from '../parity/pairContext';
import { quickFrontMatter } from './quickFrontMatter';
import type { Lang } from '../messages/catalog';
import type { LibraryLookup } from '../clauses/clauseDrift';
import type { ClauseCatalogue } from '../clauses/clauseCatalogue';
import { clauseFindingsOfDocument, clauseFindingsOfPair, mentionsClauses } from './clauseChecks';
import { applyGradedSeverities } from './gradedSeverity';

/** One file handed to the engine: its bytes or text, or why it could not be read. */
export interface SourceFile {
  /** Path relative to the configuration root, with `/`. */
  path: string;
  bytes?: Uint8Array;
  text?: string;
  /** Set when the file could not be read at all (permissions, a folder, a vanished file). */
  readError?: string;
}

export interface ProjectResult {
  files: number;
  pairs: FilePair[];
  unpaired: string[];
  undetermined: string[];
  findings: Finding[];
  /** Some file could not be read (an I/O error rather than a finding about content). */
  ioError: boolean;
}

export function checkOptionsFrom(config: ResolvedConfig, pairKeyOf?: (path: string) => string | undefined, clauses?: LibraryLookup): CheckOptions {
  return { severities: config.severities, ruleOptions: config.ruleOptions, hostPairs: config.hostPairs, sourceLanguage: config.sourceLanguage, pairKeyOf, clauses };
}

export interface ProjectOptions {
  /**
   * The clause library (ours and the configured clauseFolders), loaded only when needed: a
   * file holds a clause marker, or the configuration names clause folders to check.
   */
  clauses?: () => ClauseCatalogue;
}

/** What reading and pairing a set of files found, before any pair is compared. */
export interface ProjectPlan {
  files: number;
  /** Texts of the files that could be read as Markdown; a task's texts are dropped once it ran. */
  texts: Map<string, string>;
  readable: Set<string>;
  pairing: PairingResult;
  /** Findings about files that could not be read, and about the clause library. */
  findings: Finding[];
  ioError: boolean;
  /** Some file holds a clause marker, or the configuration names clause folders. */
  wantsClauses: boolean;
}

/** One unit of checking work: a pair, or a file on its own. */
export type ProjectTask = { kind: 'pair'; en: string; fr: string } | { kind: 'single'; path: string; lang?: Lang };

/** Reads the files (refusing what is not UTF-8 Markdown, or too large) and pairs them. */
export function planProject(files: SourceFile[], config: ResolvedConfig): ProjectPlan {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  let ioError = false;
  const fileSeverity = config.severities.get('file') ?? 'error';
  const report = (finding: Finding) => fileSeverity !== 'off' && findings.push(finding);
  for (const file of files) {
    if (file.readError !== undefined) {
      ioError = true;
      report(fileFinding(file.path, 'fileUnreadable', { reason: file.readError }, fileSeverity as Severity));
      continue;
    }
    const size = file.bytes?.length ?? file.text?.length ?? 0;
    if (size > config.maxFileSize) {
      report(fileFinding(file.path, 'fileTooLarge', { size, limit: config.maxFileSize }, fileSeverity as Severity));
      continue;
    }
    if (file.text !== undefined) {
      texts.set(file.path, file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
      continue;
    }
    const decoded = decodeMarkdownBytes(file.bytes ?? new Uint8Array());
    if (decoded.ok) texts.set(file.path, decoded.text);
    else report(decodeProblemFinding(file.path, decoded.problem, fileSeverity as Severity));
  }
  const pairing = pairFiles(
    files.map((f) => ({ path: f.path, frontMatter: texts.has(f.path) ? quickFrontMatter(texts.get(f.path)!) : undefined })),
    config.pairs,
  );
  const wantsClauses = config.clauseFolders.length > 0 || [...texts.values()].some(mentionsClauses);
  return { files: files.length, texts, readable: new Set(texts.keys()), pairing, findings, ioError, wantsClauses };
}

/** The pairs to compare, then the readable files that are in no pair. */
export function projectTasks(plan: ProjectPlan): ProjectTask[] {
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

/** Parses what a task needs, checks it and lets the parsed documents go. */
export function runProjectTask(task: ProjectTask, textOf: (path: string) => string | undefined, options: CheckOptions): Finding[] {
  if (task.kind === 'pair') {
    const en = textOf(task.en);
    const fr = textOf(task.fr);
    if (en === undefined || fr === undefined) return [];
    return checkParsedPair(buildDocument(task.en, en, 'en'), buildDocument(task.fr, fr, 'fr'), options);
  }
  const text = textOf(task.path);
  if (text === undefined) return [];
  return checkSingleDocument(buildDocument(task.path, text, task.lang ?? 'en'), options, task.lang !== undefined);
}

/** Adds the pairing findings (unpaired files, duplicate keys, missing configured pairs) and sorts. */
export function finishProject(plan: ProjectPlan, config: ResolvedConfig, taskFindings: Finding[]): ProjectResult {
  const findings = [...plan.findings, ...taskFindings];
  const { pairing } = plan;
  const unpairedSeverity = config.severities.get('unpaired') ?? 'warning';
  if (unpairedSeverity !== 'off') {
    const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
    for (const u of pairing.unpaired) {
      if (plan.readable.has(u.path)) findings.push(unpairedFinding(u.path, u.lang, unpairedSeverity));
    }
    for (const d of pairing.duplicateKeys) {
      findings.push({ file: d.path, range: at, severity: unpairedSeverity, rule: 'unpaired', messageId: 'duplicateTranslationKey', args: { key: d.key, other: d.other } });
    }
    for (const m of pairing.missingMapEntries) {
      findings.push({ file: config.file ? configRelative(config) : m.en, range: at, severity: unpairedSeverity, rule: 'unpaired', messageId: 'mapEntryMissing', args: { en: m.en, fr: m.fr, missing: m.missing.join(', ') } });
    }
  }
  findings.sort(compareFindings);
  return { files: plan.files, pairs: pairing.pairs, unpaired: pairing.unpaired.map((u) => u.path), undetermined: pairing.undetermined, findings, ioError: plan.ioError };
}

/** The check options of a planned project: pairing for links, the clause library when needed. */
export function projectCheckOptions(plan: ProjectPlan, config: ResolvedConfig, catalogue?: ClauseCatalogue): CheckOptions {
  return checkOptionsFrom(config, pairKeyLookup(plan.pairing.pairs), catalogue?.library);
}

/**
 * Checks a set of files: reads them, pairs English with French, compares each pair and reports
 * what is unpaired. Never throws on bad input: every problem becomes a finding about its file.
 * Each pair is parsed, checked and let go in turn, so memory stays that of one pair.
 */
export function checkProject(files: SourceFile[], config: ResolvedConfig, projectOptions: ProjectOptions = {}): ProjectResult {
  const plan = planProject(files, config);
  return checkPlannedProject(plan, config, plan.wantsClauses ? projectOptions.clauses?.() : undefined);
}

/** Checks a planned project on this thread, one task at a time. */
export function checkPlannedProject(plan: ProjectPlan, config: ResolvedConfig, catalogue?: ClauseCatalogue): ProjectResult {
  addCatalogueProblems(plan, config, catalogue);
  const options = projectCheckOptions(plan, config, catalogue);
  const findings: Finding[] = [];
  for (const task of projectTasks(plan)) {
    findings.push(...runProjectTask(task, (path) => plan.texts.get(path), options));
    for (const path of filesOfTask(task)) plan.texts.delete(path);
  }
  return finishProject(plan, config, findings);
}

/** Problems of the clause library's files are findings of the project. */
export function addCatalogueProblems(plan: ProjectPlan, config: ResolvedConfig, catalogue?: ClauseCatalogue): void {
  if (catalogue) plan.findings.push(...applyGradedSeverities(catalogue.problems, config.severities));
}

export function filesOfTask(task: ProjectTask): string[] {
  return task.kind === 'pair' ? [task.en, task.fr] : [task.path];
}

function configRelative(config: ResolvedConfig): string {
  const file = config.file!.replace(/\\/g, '/');
  const root = config.root.replace(/\\/g, '/').replace(/\/$/, '');
  return file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}

/** The finding on a file in a known language that has no counterpart. */
export function unpairedFinding(path: string, lang: Lang, severity: Finding['severity']): Finding {
  const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return { file: path, range: at, severity, rule: 'unpaired', messageId: 'unpairedFile', args: { lang: languageName(lang === 'en' ? 'fr' : 'en') } };
}

/**
 * Everything about one parsed pair: the parity rules, then each file on its own (front matter,
 * passages in the wrong language), without reporting a passage twice as untranslated.
 */
export function checkParsedPair(en: ParsedDocument, fr: ParsedDocument, options: CheckOptions): Finding[] {
  const findings = checkPair(en, fr, options);
  if (options.clauses) findings.push(...clauseFindingsOfPair(en, fr, options.clauses, options.severities));
  const reported = new Map<string, Set<number>>();
  for (const f of findings) {
    if (f.rule !== 'untranslated') continue;
    const doc = f.file === en.path ? en : fr;
    const set = reported.get(f.file) ?? new Set<number>();
    set.add(doc.lines.offset(f.range.start));
    reported.set(f.file, set);
  }
  findings.push(...checkDocument(en, options, reported.get(en.path)), ...checkDocument(fr, options, reported.get(fr.path)));
  return findings;
}

/** A file with no counterpart: its own checks; language checks only when its language is known. */
export function checkSingleDocument(doc: ParsedDocument, options: CheckOptions, languageKnown: boolean): Finding[] {
  const own = checkDocument(doc, options);
  // Without a known language, a clause cannot be compared with its template's text either.
  if (options.clauses && languageKnown) own.push(...clauseFindingsOfDocument(doc, options.clauses, options.severities));
  return languageKnown ? own : own.filter((f) => f.rule !== 'untranslated');
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
