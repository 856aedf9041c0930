import type { Finding, MessageArgs, MessageRef, Severity } from '../findings';
import type { Block, ParsedDocument, Section } from '../markdown/documentModel';
import type { DocumentAlignment } from '../align/alignDocuments';
import type { Lang } from '../messages/catalog';
import type { BlockKind } from '../markdown/documentModel';
import type { LibraryLookup } from '../clauses/clauseDrift';
import './parityMessages';

/** What the checks need to know beyond the two documents. */
export interface CheckOptions {
  severities: Map<string, Severity | 'off'>;
  ruleOptions: Map<string, Record<string, unknown>>;
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
    return (this.options.severities.get(rule) ?? 'warning') !== 'off';
  }

  /**
   * Records a finding on `at.doc`; `counterpart` is where the matching thing sits in the other
   * file. `{lang}` and `{line}` are filled in from the counterpart, so messages can name them.
   */
  report(rule: string, at: Located, messageId: string, args: MessageArgs = {}, counterpart?: Located, data?: Record<string, unknown>): void {
    const severity = this.options.severities.get(rule) ?? 'warning';
    if (severity === 'off') return;
    const other = counterpart?.doc ?? this.other(at.doc);
    const filled: MessageArgs = { lang: languageName(other.lang), ...args };
    const finding: Finding = { file: at.doc.path, range: at.doc.lines.range(at.start, at.end), severity, rule, messageId, args: filled };
    if (counterpart) {
      const range = counterpart.doc.lines.range(counterpart.start, counterpart.end);
      if (filled.line === undefined && !counterpart.relatedMessageId) filled.line = range.start.line + 1;
      finding.related = [{ file: counterpart.doc.path, range, messageId: counterpart.relatedMessageId ?? 'counterpartHere', args: { lang: languageName(counterpart.doc.lang) } }];
    }
    if (data) finding.data = data;
    this.findings.push(finding);
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
  const lineEnd = doc.text.slice(start).search(/\r?\n|\r|$/);
  return { doc, start, end: Math.min(blocks[0].end, start + Math.max(1, lineEnd)) };
}
