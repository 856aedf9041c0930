import type { Finding, MessageArgs } from '../findings';
import type { ParsedDocument } from '../markdown/documentModel';
import type { Range } from '../text/position';
import type { PairingResult } from '../pairing/pairFiles';
import type { ResolvedConfig } from '../config/configTypes';
import type { LoadProblem } from '../project/loadSource';
import { alignDocuments } from '../align/alignDocuments';
import { PairContext, type CheckOptions } from '../parity/pairContext';
import { reportEmptyTarget } from '../parity/rules/sectionsRule';
import { toFix } from './fix';
import { BudgetExceeded, CheckCancelled } from '../project/checkControl';
import { RULES } from './registry';
import type { DocumentRuleContext, ProjectRuleContext, ReportExtra, Rule } from './rule';

/** Lets a long check stop between rules: a newer edit arrived, or the time budget ran out. */
export interface CheckControl {
  /** Throws (a CheckCancelled, say) when the check should stop now. */
  checkpoint?(): void;
}

type AnyRule = Rule<string, string>;
const rules = RULES as readonly AnyRule[];

/** A rule does no work when every id it reports under is switched off, nor outside its phase. */
function active(rule: AnyRule, options: CheckOptions): boolean {
  const phase = options.phase ?? 'all';
  if (phase !== 'all' && (phase === 'spellerOnly') !== (rule.usesSpeller === true)) return false;
  return rule.ids.some((i) => options.rules.enabled(i.id));
}

/**
 * Runs a document rule. One that reads the dictionaries and fails (a dictionary that cannot be
 * loaded) gives one finding of its own instead of failing the file: no other rule's findings
 * depend on the speller. Cancellation and the time budget still stop the check.
 */
async function runDocumentRule(rule: AnyRule, ctx: DocumentContext): Promise<void> {
  if (!rule.usesSpeller) return rule.document!(ctx);
  try {
    await rule.document!(ctx);
  } catch (e) {
    if (e instanceof CheckCancelled || e instanceof BudgetExceeded) throw e;
    const reason = e instanceof Error ? e.message || e.name : String(e);
    for (const id of rule.ids) if (ctx.enabled(id.id)) ctx.report(id.id, { start: 0, end: 0 }, 'spellerFailed', { reason });
  }
}

/**
 * Every rule on one pair: the pair rules on the aligned documents, then each file's document
 * rules (told what the pair rules already reported, so a passage is not reported twice).
 */
export async function runPairRules(en: ParsedDocument, fr: ParsedDocument, options: CheckOptions, control: CheckControl = {}): Promise<Finding[]> {
  // The dictionaries' rules are document rules: their phase needs no alignment.
  if (options.phase === 'spellerOnly') return [...(await runDocumentRules(en, options, true, control, [], fr)), ...(await runDocumentRules(fr, options, true, control, [], en))];
  const ctx = new PairContext(en, fr, alignDocuments(en, fr, options.hostPairs), options);
  control.checkpoint?.();
  if (!reportEmptyTarget(ctx as never)) {
    for (const rule of rules) {
      if (!rule.pair || !active(rule, options)) continue;
      await rule.pair(ctx);
      control.checkpoint?.();
    }
  }
  const findings = ctx.findings;
  for (const doc of [en, fr]) for (const f of await runDocumentRules(doc, options, true, control, findings, ctx.other(doc))) findings.push(f);
  return findings;
}

/**
 * Every document rule on one file. `fromPair` are the pair's findings so far (the document rules
 * skip what they already say); `languageKnown` is false for a file whose language is a guess.
 */
export async function runDocumentRules(
  doc: ParsedDocument,
  options: CheckOptions,
  languageKnown: boolean,
  control: CheckControl = {},
  fromPair: readonly Finding[] = [],
  counterpart?: ParsedDocument,
): Promise<Finding[]> {
  const ctx = new DocumentContext(doc, options, languageKnown, fromPair, counterpart);
  for (const rule of rules) {
    if (!rule.document || !active(rule, options)) continue;
    await runDocumentRule(rule, ctx);
    control.checkpoint?.();
  }
  return ctx.findings;
}

class DocumentContext implements DocumentRuleContext<string, string> {
  readonly findings: Finding[] = [];
  private reported?: Map<string, Set<number>>;

  constructor(
    readonly doc: ParsedDocument,
    readonly options: CheckOptions,
    readonly languageKnown: boolean,
    private readonly fromPair: readonly Finding[],
    readonly counterpart?: ParsedDocument,
  ) {}

  enabled(rule: string): boolean {
    return this.options.rules.enabled(rule);
  }

  option<T>(rule: string, name: string): T {
    return this.options.rules.option<T>(rule, name);
  }

  reportedAt(rule: string, offset: number): boolean {
    if (!this.reported) {
      this.reported = new Map();
      for (const f of this.fromPair) {
        if (f.file !== this.doc.path) continue;
        const set = this.reported.get(f.rule) ?? new Set<number>();
        set.add(this.doc.lines.offset(f.range.start));
        this.reported.set(f.rule, set);
      }
    }
    return this.reported.get(rule)?.has(offset) ?? false;
  }

  report(rule: string, at: { start: number; end: number }, messageId: string, args?: MessageArgs, extra: ReportExtra = {}): void {
    const severity = this.options.rules.severity(rule, extra.grade);
    if (severity === 'off') return;
    const finding: Finding = { file: this.doc.path, range: this.doc.lines.range(at.start, at.end), severity, rule: rule as Finding['rule'], messageId, ...(args ? { args } : {}) };
    if (extra.fix) finding.fix = toFix(this.doc, extra.fix);
    if (extra.alternatives?.length) finding.alternatives = extra.alternatives.map((a) => toFix(this.doc, a));
    if (extra.data) finding.data = extra.data;
    this.findings.push(finding);
  }

  reportGraded(finding: Finding): void {
    pushGraded(this.findings, finding, this.options);
  }
}

/** What the project rules see of a whole run. */
export interface ProjectInputs {
  config: ResolvedConfig;
  pairing: PairingResult;
  readable: ReadonlySet<string>;
  loadProblems: readonly LoadProblem[];
  libraryProblems: readonly Finding[];
}

/**
 * The project rules, once every pair is checked: what could not be read, what is unpaired,
 * the libraries' problems; they may also take back pair findings the whole run disproves.
 * Returns the findings of the run, the pairs' ones included.
 */
export async function runProjectRules(inputs: ProjectInputs, options: CheckOptions, pairFindings: Finding[]): Promise<Finding[]> {
  const ctx = new ProjectContext(inputs, options, pairFindings);
  for (const rule of rules) {
    if (!rule.project || !active(rule, options)) continue;
    await rule.project(ctx);
  }
  return ctx.all();
}

class ProjectContext implements ProjectRuleContext<string, string> {
  private readonly own: Finding[] = [];
  private kept: Finding[];
  readonly config: ResolvedConfig;
  readonly pairing: PairingResult;
  readonly readable: ReadonlySet<string>;
  readonly loadProblems: readonly LoadProblem[];
  readonly libraryProblems: readonly Finding[];

  constructor(inputs: ProjectInputs, private readonly options: CheckOptions, pairFindings: Finding[]) {
    ({ config: this.config, pairing: this.pairing, readable: this.readable, loadProblems: this.loadProblems, libraryProblems: this.libraryProblems } = inputs);
    this.kept = pairFindings;
  }

  get findings(): readonly Finding[] {
    return this.kept;
  }

  enabled(rule: string): boolean {
    return this.options.rules.enabled(rule);
  }

  option<T>(rule: string, name: string): T {
    return this.options.rules.option<T>(rule, name);
  }

  retract(test: (finding: Finding) => boolean): void {
    this.kept = this.kept.filter((f) => !test(f));
  }

  report(rule: string, at: { file: string; range: Range }, messageId: string, args?: MessageArgs, extra: ReportExtra = {}): void {
    const severity = this.options.rules.severity(rule, extra.grade);
    if (severity === 'off') return;
    this.own.push({ file: at.file, range: at.range, severity, rule: rule as Finding['rule'], messageId, ...(args ? { args } : {}), ...(extra.related ? { related: extra.related } : {}), ...(extra.data ? { data: extra.data } : {}) });
  }

  reportGraded(finding: Finding): void {
    pushGraded(this.own, finding, this.options);
  }

  all(): Finding[] {
    return [...this.own, ...this.kept];
  }
}

function pushGraded(into: Finding[], finding: Finding, options: CheckOptions): void {
  const severity = options.rules.severity(finding.rule, finding.severity);
  if (severity !== 'off') into.push(severity === finding.severity ? finding : { ...finding, severity });
}
