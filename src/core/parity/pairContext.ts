import type { Finding, MessageArgs, MessageRef } from '../findings';
import type { Block, ParsedDocument, Section } from '../markdown/documentModel';
import type { DocumentAlignment } from '../align/alignDocuments';
import type { Lang } from '../lang';
import type { BlockKind } from '../markdown/documentModel';
import type { LibraryLookup } from '../clauses/clauseDrift';
import type { ReportExtra } from '../rules/rule';
import type { SeverityPolicy } from '../rules/severityPolicy';
import { toFix } from '../rules/fix';
import type { SiteRoutes } from '../links/siteRoutes';
import type { Speller } from '../spelling/speller';
import type { TermEntry } from '../terminology/termBase';

/** What the checks need to know beyond the two documents. */
export interface CheckOptions {
  /** Configured severities and options of every rule id (see rules/severityPolicy.ts). */
  rules: SeverityPolicy;
  hostPairs: Record<string, string>;
  /** The language written first; findings about a pair go into the other language's file. */
  sourceLanguage: Lang;
  /**
   * For links between documents: the English path of the pair a workspace-relative path belongs
   * to (either language), or undefined for a file that is not paired.
   */
  pairKeyOf?: (path: string) => string | undefined;
  /** The clause library in force; without it, clause markers are not checked. */
  clauses?: LibraryLookup;
  /** Hosts of the project's own site (config `siteHosts`): links there are links between pages. */
  siteHosts?: readonly string[];
  /** Where each page of the workspace is published, to follow links between pages. */
  siteRoutes?: SiteRoutes;
  /** The dictionaries, given by the front end (they are files); without it, spelling is not checked. */
  speller?: Speller;
  /** The term base in force (built-in merged with the configuration's `termBase` file); the built-in one when absent. */
  terms?: readonly TermEntry[];
  /**
   * Which rules run: all of them (the default), all but those that read the dictionaries, or only
   * those. A front end whose dictionaries are not loaded yet shows the others' findings first.
   */
  phase?: 'all' | 'withoutSpeller' | 'spellerOnly';
}

export interface Located {
  doc: ParsedDocument;
  start: number;
  end: number;
  /** How the related location is described; by default, as the counterpart. */
  relatedMessageId?: string;
}

/** Source and target blocks of one alignment step. */
export interface SideBySide {
  source: Block[];
  target: Block[];
  /** The sections the step belongs to: where a missing block goes, what an extra one is near. */
  targetSection?: Section;
  sourceSection?: Section;
}

/**
 * The state shared by the rules while one pair is checked: both documents seen from the
 * source language's side, the alignment, and a reporter that applies the configured severities.
 */
export class PairContext {
  readonly findings: Finding[] = [];
  readonly source: ParsedDocument;
  readonly target: ParsedDocument;
  readonly steps: SideBySide[];

  constructor(
    readonly en: ParsedDocument,
    readonly fr: ParsedDocument,
    readonly alignment: DocumentAlignment,
    readonly options: CheckOptions,
  ) {
    const enIsSource = options.sourceLanguage === 'en';
    this.source = enIsSource ? en : fr;
    this.target = enIsSource ? fr : en;
    this.steps = alignment.blocks.map((s) =>
      enIsSource
        ? { source: s.en, target: s.fr, targetSection: s.section.fr, sourceSection: s.section.en }
        : { source: s.fr, target: s.en, targetSection: s.section.en, sourceSection: s.section.fr },
    );
  }

  other(doc: ParsedDocument): ParsedDocument {
    return doc === this.en ? this.fr : this.en;
  }

  enabled(rule: string): boolean {
    return this.options.rules.enabled(rule);
  }

  option<T>(rule: string, name: string): T {
    return this.options.rules.option<T>(rule, name);
  }

  /**
   * Records a finding on `at.doc`; `counterpart` is where the matching thing sits in the other
   * file. `{lang}` and `{line}` are filled in from the counterpart, so messages can name them.
   */
  report(rule: string, at: Located, messageId: string, args: MessageArgs = {}, counterpart?: Located, extra: ReportExtra = {}): void {
    const severity = this.options.rules.severity(rule, extra.grade);
    if (severity === 'off') return;
    const other = counterpart?.doc ?? this.other(at.doc);
    const filled: MessageArgs = { lang: languageName(other.lang), ...args };
    const finding: Finding = { file: at.doc.path, range: at.doc.lines.range(at.start, at.end), severity, rule: rule as Finding['rule'], messageId, args: filled };
    if (counterpart) {
      const range = counterpart.doc.lines.range(counterpart.start, counterpart.end);
      if (filled.line === undefined && !counterpart.relatedMessageId) filled.line = range.start.line + 1;
      finding.related = [{ file: counterpart.doc.path, range, messageId: counterpart.relatedMessageId ?? 'counterpartHere', args: { lang: languageName(counterpart.doc.lang) } }];
    }
    if (extra.fix) finding.fix = toFix(at.doc, extra.fix);
    if (extra.data) finding.data = extra.data;
    this.findings.push(finding);
  }

  /** A finding built by a sub-engine (the clause library) with its own grade. */
  reportGraded(finding: Finding): void {
    const severity = this.options.rules.severity(finding.rule, finding.severity);
    if (severity !== 'off') this.findings.push(severity === finding.severity ? finding : { ...finding, severity });
  }
}

export function languageName(lang: Lang): MessageRef {
  return { messageId: lang === 'en' ? 'langEnglish' : 'langFrench' };
}

export function kindName(kind: BlockKind): MessageRef {
  const ids: Record<BlockKind, string> = {
    heading: 'kindHeading',
    paragraph: 'kindParagraph',
    list: 'kindList',
    table: 'kindTable',
    code: 'kindCode',
    blockquote: 'kindBlockquote',
    footnote: 'kindFootnote',
  };
  return { messageId: ids[kind] };
}

/** The first line of a block only: a finding about a whole table should not underline all of it. */
export function blockStart(doc: ParsedDocument, blocks: Block[]): Located {
  const start = blocks[0].start;
  const line = doc.lines.position(start).line;
  const lineEnd = start + doc.lines.lineText(line).length - doc.lines.position(start).column;
  return { doc, start, end: Math.min(blocks[0].end, Math.max(start + 1, lineEnd)) };
}
