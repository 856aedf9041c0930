import type { ParsedDocument } from '../markdown/documentModel';
import { readReviewRecord, REVIEW_KEY } from './reviewRecord';
import { sectionEntries } from './sectionEntries';

/** A replacement in the French file's text (offsets), the one change marking it reviewed. */
export interface ReviewTextEdit {
  start: number;
  end: number;
  text: string;
}

/** What is marked reviewed: the whole file, or the English section of one key (the others keep their record). */
export type ReviewScope = { kind: 'file' } | { kind: 'section'; key: string };

export type ReviewEditResult =
  | { ok: true; edit: ReviewTextEdit; entries: number }
  /** The French front matter cannot take the record safely (it does not parse): nothing is written. */
  | { ok: false; reason: 'frontMatterBroken' | 'unknownSection' };

/**
 * The edit that records a review of `fr` against the English as it is now. The record is the
 * `reviewedAgainst` table of the French front matter, one line per English section in the
 * English order: small, and two reviews of different sections touch different lines. The rest
 * of the front matter is left byte for byte; a file without front matter gets a YAML block.
 */
export function reviewEdit(en: ParsedDocument, fr: ParsedDocument, scope: ReviewScope): ReviewEditResult {
  const fm = fr.frontMatter;
  if (fm?.problems.length || fr.problems.some((p) => p.messageId === 'frontMatterUnclosed')) return { ok: false, reason: 'frontMatterBroken' };
  const current = sectionEntries(en);
  let entries: Array<[string, string]>;
  if (scope.kind === 'file') entries = current.map((e) => [e.key, e.hash]);
  else {
    const target = current.find((e) => e.key === scope.key);
    if (!target) return { ok: false, reason: 'unknownSection' };
    const record = readReviewRecord(fr);
    const old = record.kind === 'record' ? record.entries : new Map<string, string>();
    const merged = new Map(old);
    merged.set(target.key, target.hash);
    // The English order first, then keys of sections gone since (still reported as removed).
    const order = [...current.map((e) => e.key).filter((k) => merged.has(k)), ...[...old.keys()].filter((k) => !current.some((e) => e.key === k))];
    entries = order.map((k) => [k, merged.get(k)!]);
  }
  const eol = fr.text.includes('\r\n') ? '\r\n' : '\n';
  const format = fm?.format ?? 'yaml';
  const lines = format === 'yaml'
    ? [`${REVIEW_KEY}:`, ...entries.map(([k, h]) => `  ${JSON.stringify(k)}: ${JSON.stringify(h)}`)]
    : [`[${REVIEW_KEY}]`, ...entries.map(([k, h]) => `${JSON.stringify(k)} = ${JSON.stringify(h)}`)];
  const block = lines.join(eol) + eol;
  if (!fm) return { ok: true, edit: { start: 0, end: 0, text: `---${eol}${block}---${eol}${fr.text.length && !/^\r?\n/.test(fr.text) ? eol : ''}` }, entries: entries.length };
  const bodyStart = fr.lines.offset({ line: fm.range.start.line + 1, column: 0 });
  const closing = fr.lines.offset({ line: fm.range.end.line, column: 0 });
  const existing = findBlock(fr.text, bodyStart, closing, format);
  const at = existing ?? { start: closing, end: closing };
  return { ok: true, edit: { start: at.start, end: at.end, text: block }, entries: entries.length };
}

/**
 * Where the record already stands in the front matter body: from its key's line to the next
 * line of another key (YAML: not indented; TOML: the next table header), blank lines before
 * that next key left where they are.
 */
function findBlock(text: string, bodyStart: number, bodyEnd: number, format: 'yaml' | 'toml'): { start: number; end: number } | undefined {
  const head = format === 'yaml' ? new RegExp(`^${REVIEW_KEY}\\s*:`, 'i') : new RegExp(`^\\[\\s*${REVIEW_KEY}\\s*\\]`, 'i');
  const isNext = format === 'yaml' ? (line: string) => /^\S/.test(line) : (line: string) => /^\s*\[/.test(line);
  let start: number | undefined;
  let end = bodyEnd;
  let lastContent = bodyEnd;
  for (let at = bodyStart; at < bodyEnd; ) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 || nl + 1 > bodyEnd ? bodyEnd : nl + 1;
    const line = text.slice(at, next).replace(/\r?\n$/, '');
    if (start === undefined) {
      if (head.test(line)) {
        start = at;
        lastContent = next;
      }
    } else if (isNext(line)) {
      end = at;
      break;
    } else if (line.trim() !== '') lastContent = next;
    at = next;
  }
  if (start === undefined) return undefined;
  return { start, end: Math.min(end, lastContent) };
}
