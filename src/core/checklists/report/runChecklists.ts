import type { ClauseCatalogue } from '../../clauses/clauseCatalogue';
import type { Finding, MessageRef } from '../../findings';
import type { Lang } from '../../lang';
import type { FilePair } from '../../pairing/pairFiles';
import { fileLanguage } from '../../pairing/fileLanguage';
import { buildDocument } from '../../markdown/buildDocument';
import { applicableChecklists, frontMatterTicks, type ChecklistSelection } from '../applicableChecklists';
import { evaluateChecklist, type ChecklistResult } from '../evaluateChecklist';
import type { ChecklistLibrary } from '../loadChecklists';
import type { ParsedDocument } from '../../markdown/documentModel';

/** One file's checklists, evaluated. */
export interface FileChecklists {
  file: string;
  lang: Lang;
  counterpart: string | null;
  results: ChecklistResult[];
  unknownLists: MessageRef[];
}

export interface ChecklistRunInput {
  /** The files to report on (paths relative to the configuration's root) and their texts, counterparts included. */
  texts: ReadonlyMap<string, string>;
  report: readonly string[];
  pairs: readonly FilePair[];
  findings: readonly Finding[];
  library: ChecklistLibrary;
  clauses?: ClauseCatalogue;
  sourceLanguage: Lang;
  /** Lists switched off and lists given by glob (the configuration). */
  selection?: ChecklistSelection;
}

/**
 * Evaluates the checklists of each file to report: its own findings, its counterpart, the
 * clause library; manual ticks are those of its front matter and of its counterpart's, so a
 * tick recorded in either file of a pair counts for both.
 */
export function runChecklists(input: ChecklistRunInput): FileChecklists[] {
  const counterpartOf = new Map<string, string>();
  for (const p of input.pairs) {
    counterpartOf.set(p.en, p.fr);
    counterpartOf.set(p.fr, p.en);
  }
  const docs = new Map<string, ParsedDocument | null>();
  const docOf = (path: string): ParsedDocument | null => {
    if (docs.has(path)) return docs.get(path)!;
    const text = input.texts.get(path);
    let doc: ParsedDocument | null = null;
    if (text !== undefined) {
      try {
        const probe = buildDocument(path, text, input.sourceLanguage);
        const lang = fileLanguage(path, probe.frontMatter?.data)?.lang ?? input.sourceLanguage;
        doc = lang === probe.lang ? probe : buildDocument(path, text, lang);
      } catch {
        // A file the parser refuses is already a `file` finding of the check; it has no checklist.
        doc = null;
      }
    }
    docs.set(path, doc);
    return doc;
  };
  const out: FileChecklists[] = [];
  for (const path of input.report) {
    const doc = docOf(path);
    if (!doc) continue;
    const counterpart = counterpartOf.get(path) ?? null;
    const other = counterpart ? docOf(counterpart) : null;
    const { lists, unknown } = applicableChecklists(doc.frontMatter, input.library, path, input.selection);
    const ticks = new Set([...frontMatterTicks(doc.frontMatter), ...frontMatterTicks(other?.frontMatter)]);
    const findings = input.findings.filter((f) => f.file === path);
    const results = lists.map((list) => evaluateChecklist(list, { doc, clauses: input.clauses?.library, findings, counterpart, ticks }));
    out.push({ file: path, lang: doc.lang, counterpart, results, unknownLists: unknown });
  }
  return out;
}
