import type { Finding, MessageArgs, RelatedLocation, Severity } from '../findings';
import type { Localized } from '../lang';
import type { MessageCatalog } from '../messages/catalog';
import type { SharedMessageId } from '../messages/sharedMessages';
import type { ParsedDocument } from '../markdown/documentModel';
import type { Range } from '../text/position';
import type { CheckOptions, Located, PairContext } from '../parity/pairContext';
import type { PairingResult } from '../pairing/pairFiles';
import type { ResolvedConfig } from '../config/configTypes';
import type { LoadProblem } from '../project/loadSource';

/** One rule id: the key of its switch in the configuration, with its default severity. */
export interface RuleIdInfo<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  readonly description: Localized;
  /** What it finds, in English Markdown, for the README's rule table and the config schema (generated). */
  readonly docs: string;
  /**
   * The rule grades its own findings (an unclosed clause marker is an error, a marker without
   * a version a warning): left at its default, each finding keeps its grade; any other
   * configured severity applies to all of them.
   */
  readonly graded?: true;
  /** Off unless the configuration turns it on; `severity` is then its default. */
  readonly off?: true;
  /**
   * Its fixes are safe to apply all at once without a person reading each (they touch only the
   * finding's own characters, never code, addresses or front matter): `toolkit-check --fix` and
   * the editor's `source.fixAll.openDataToolkit` apply those of the ids marked so, and no others.
   */
  readonly fixAll?: true;
  /** The rule's options (beside `severity`) in the configuration file, with their defaults. */
  readonly options?: Readonly<Record<string, RuleOptionSpec>>;
}

/** An option of a rule: a JSON Schema for its value (the config schema is generated from it) and its default. */
export interface RuleOptionSpec {
  readonly schema: Readonly<Record<string, unknown>> & { description: string };
  readonly default: unknown;
}

/** What a finding may carry besides its message: where its counterpart is, a safe fix, a grade. */
export interface ReportExtra {
  /** A safe replacement of a range of the finding's own file; `title` names the quick fix. */
  fix?: { start: number; end: number; text: string; titleId: string; titleArgs?: MessageArgs };
  /** Other replacements to offer beside `fix`, never applied without the user choosing one (spelling suggestions). */
  alternatives?: Array<NonNullable<ReportExtra['fix']>>;
  /** The finding's own severity, for graded rules left at their default. */
  grade?: Severity;
  data?: Readonly<Record<string, unknown>>;
  /** For project findings: places in other files that explain the finding (a probable counterpart). */
  related?: RelatedLocation[];
}

/** How rules report: ids are checked by the compiler, severities applied by the engine. */
export interface Reporter<Id extends string> {
  /** Whether a rule id is switched on (a rule can skip work for an id that is off). */
  enabled(rule: Id): boolean;
  /** The configured value of a rule's option, or its default. */
  option<T>(rule: Id, name: string): T;
  /**
   * A finding built whole by a sub-engine (the clause library) with its own grade as severity:
   * the configured severity applies as for `report`.
   */
  reportGraded(finding: Finding & { rule: Id }): void;
}

/** Both documents of a pair, aligned; findings go into the file where the fix belongs. */
export interface PairRuleContext<Id extends string, M extends string> extends Reporter<Id> {
  readonly en: ParsedDocument;
  readonly fr: ParsedDocument;
  readonly source: ParsedDocument;
  readonly target: ParsedDocument;
  readonly steps: PairContext['steps'];
  readonly alignment: PairContext['alignment'];
  readonly options: CheckOptions;
  other(doc: ParsedDocument): ParsedDocument;
  report(rule: Id, at: Located, messageId: M | SharedMessageId, args?: MessageArgs, counterpart?: Located, extra?: ReportExtra): void;
}

/** One document, paired or not, with what the pair's rules already reported on it. */
export interface DocumentRuleContext<Id extends string, M extends string> extends Reporter<Id> {
  readonly doc: ParsedDocument;
  readonly options: CheckOptions;
  /** False for a file whose language could not be told (no front matter, suffix or folder). */
  readonly languageKnown: boolean;
  /** The other file of the pair, when there is one. */
  readonly counterpart?: ParsedDocument;
  /** Whether a pair rule already reported `rule` at this offset of the document. */
  reportedAt(rule: Id, offset: number): boolean;
  report(rule: Id, at: { start: number; end: number }, messageId: M | SharedMessageId, args?: MessageArgs, extra?: ReportExtra): void;
}

/** The whole run: every file read, the pairing, and the findings of every pair. */
export interface ProjectRuleContext<Id extends string, M extends string> extends Reporter<Id> {
  readonly config: ResolvedConfig;
  readonly pairing: PairingResult;
  /** Paths of the files that could be read as Markdown. */
  readonly readable: ReadonlySet<string>;
  /** Files that could not be read as Markdown, and why. */
  readonly loadProblems: readonly LoadProblem[];
  /** Problems of the data libraries in force (clause files, profiles, sources). */
  readonly libraryProblems: readonly Finding[];
  readonly findings: readonly Finding[];
  /** Takes back findings of the pairs that the whole workspace shows to be false (a learned host pair). */
  retract(test: (finding: Finding) => boolean): void;
  report(rule: Id, at: { file: string; range: Range }, messageId: M | SharedMessageId, args?: MessageArgs, extra?: ReportExtra): void;
}

/**
 * A rule: its ids with their defaults, its messages in both languages, and what it checks at
 * each scope. A rule that compares the two files has `pair`; one that reads a file on its own
 * has `document` (it runs on paired and unpaired files); one that needs the whole run has
 * `project`. Adding a rule: its file, its tests and one line in `registry.ts`.
 */
export interface Rule<Id extends string = string, M extends string = string> {
  readonly ids: readonly RuleIdInfo<Id>[];
  readonly messages: MessageCatalog<M>;
  /**
   * The rule reads the dictionaries (CheckOptions.speller), which load for seconds once: the other
   * rules never wait for it (see CheckOptions.phase), and its failure is its own finding only.
   */
  readonly usesSpeller?: true;
  pair?(ctx: PairRuleContext<Id, M>): void | Promise<void>;
  document?(ctx: DocumentRuleContext<Id, M>): void | Promise<void>;
  project?(ctx: ProjectRuleContext<Id, M>): void | Promise<void>;
}

/** Declares a rule; the compiler then checks every id and message id the rule reports. */
export function defineRule<const Id extends string, const M extends string>(rule: Rule<Id, M>): Rule<Id, M> {
  return rule;
}
