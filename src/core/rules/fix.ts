import type { Fix } from '../findings';
import type { ParsedDocument } from '../markdown/documentModel';
import type { ReportExtra } from './rule';

/** A fix given as offsets in a document, as the finding carries it: a range and a titled text. */
export function toFix(doc: ParsedDocument, fix: NonNullable<ReportExtra['fix']>): Fix {
  return { range: doc.lines.range(fix.start, fix.end), text: fix.text, title: { messageId: fix.titleId, ...(fix.titleArgs ? { args: fix.titleArgs } : {}) } };
}
