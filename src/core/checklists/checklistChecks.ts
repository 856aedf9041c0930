import type { MessageRef, Severity } from '../findings';
import type { Range } from '../text/position';
import { findClauseMarkers } from '../clauses/clauseMarkers';
import { proseWords } from '../markdown/prose';
import type { ChecklistContext } from './checklistContext';
import type { ChecklistCheck } from './checklistTypes';

/** What one automatic check decided: proven or not, why, and where (the place that satisfies it, or the first that fails it). */
export interface CheckOutcome {
  proven: boolean;
  reason: MessageRef;
  at?: Range;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Runs the one check an item names. Pure: reads the context only. */
export function runCheck(check: ChecklistCheck, ctx: ChecklistContext): CheckOutcome {
  if ('heading' in check) return headingCheck(check.heading[ctx.doc.lang], ctx);
  if ('clause' in check) return clauseCheck(check.clause, ctx);
  if ('provision' in check) return provisionCheck(check.provision, ctx);
  if ('frontMatter' in check) return frontMatterCheck(check.frontMatter, ctx);
  if ('counterpart' in check) return counterpartCheck(ctx);
  if ('noFindings' in check) return noFindingsCheck(check.noFindings, ctx);
  if ('imagesAlt' in check) return imagesAltCheck(ctx);
  if ('minWords' in check) return minWordsCheck(check.minWords, ctx);
  return linkCheck(check.link, ctx);
}

const msg = (messageId: string, args?: MessageRef['args']): MessageRef => (args ? { messageId, args } : { messageId });

/** Lower case, accents and apostrophe kinds aside: “Références” matches “references”, “d’apprentissage” “d'apprentissage”. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `phrase` occurs in `text` as whole words (folded). */
export function containsPhrase(text: string, phrase: string): boolean {
  const hay = foldText(text);
  const needle = foldText(phrase);
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return false;
    const before = hay[at - 1];
    const after = hay[at + needle.length];
    const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

function headingCheck(words: readonly string[], ctx: ChecklistContext): CheckOutcome {
  const heading = ctx.doc.blocks.find((b) => b.kind === 'heading' && words.some((w) => containsPhrase(b.text, w)));
  if (heading) return { proven: true, reason: msg('checklists.headingFound', { heading: heading.text }), at: heading.range };
  // Quoted the way the reader's language quotes.
  const quoted = { en: words.map((w) => `“${w}”`).join(', '), fr: words.map((w) => `«\u00A0${w}\u00A0»`).join(', ') };
  return { proven: false, reason: msg('checklists.headingMissing', { words: quoted }) };
}

function markers(ctx: ChecklistContext) {
  return findClauseMarkers(ctx.doc.text, ctx.doc.path).clauses;
}

function clauseCheck(want: { id: string } | { category: string }, ctx: ChecklistContext): CheckOutcome {
  if ('id' in want) {
    const found = markers(ctx).find((m) => m.id === want.id);
    return found ? { proven: true, reason: msg('checklists.clauseFound', { id: found.id }), at: found.openRange } : { proven: false, reason: msg('checklists.clauseMissing', { id: want.id }) };
  }
  if (!ctx.clauses) return { proven: false, reason: msg('checklists.noClauseLibrary') };
  const library = ctx.clauses;
  const found = markers(ctx).find((m) => library.byId.get(m.id)?.category === want.category);
  return found ? { proven: true, reason: msg('checklists.clauseFound', { id: found.id }), at: found.openRange } : { proven: false, reason: msg('checklists.categoryMissing', { category: want.category }) };
}

function provisionCheck(source: string, ctx: ChecklistContext): CheckOutcome {
  if (!ctx.clauses) return { proven: false, reason: msg('checklists.noClauseLibrary') };
  const library = ctx.clauses;
  const found = markers(ctx).find((m) => library.byId.get(m.id)?.sources.includes(source));
  return found ? { proven: true, reason: msg('checklists.provisionFound', { id: found.id, source }), at: found.openRange } : { proven: false, reason: msg('checklists.provisionMissing', { source }) };
}

/** A value is filled when it says something: not absent, null, blank, nor an empty list or mapping. */
function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(filled);
  if (typeof value === 'object' && !(value instanceof Date)) return Object.values(value).some(filled);
  return true;
}

function frontMatterCheck(key: string, ctx: ChecklistContext): CheckOutcome {
  const fm = ctx.doc.frontMatter;
  let value: unknown = fm?.data;
  for (const part of key.split('.')) value = value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, part) ? (value as Record<string, unknown>)[part] : undefined;
  if (!filled(value)) return { proven: false, reason: msg('checklists.frontMatterMissing', { key }), at: fm?.range };
  const written = fm?.keys.find((k) => k.key === key.split('.')[0]);
  return { proven: true, reason: msg('checklists.frontMatterFound', { key }), at: written?.range ?? fm?.range };
}

function counterpartCheck(ctx: ChecklistContext): CheckOutcome {
  if (ctx.counterpart) return { proven: true, reason: msg('checklists.counterpartFound', { file: ctx.counterpart }) };
  return { proven: false, reason: msg('checklists.counterpartMissing') };
}

function noFindingsCheck(params: { rules?: string[]; severity?: Severity }, ctx: ChecklistContext): CheckOutcome {
  if (!ctx.findings) return { proven: false, reason: msg('checklists.findingsUnknown') };
  const floor = SEVERITY_RANK[params.severity ?? 'info'];
  const rules = params.rules && params.rules.length ? new Set(params.rules) : undefined;
  const hits = ctx.findings
    .filter((f) => f.file === ctx.doc.path && SEVERITY_RANK[f.severity] >= floor && (!rules || rules.has(f.rule)))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  if (!hits.length) return { proven: true, reason: msg('checklists.noFindingsOk') };
  return { proven: false, reason: msg('checklists.findingsFound', { count: hits.length, line: hits[0].range.start.line + 1 }), at: hits[0].range };
}

function imagesAltCheck(ctx: ChecklistContext): CheckOutcome {
  const images = ctx.doc.blocks.flatMap((b) => b.images);
  const missing = images.filter((i) => !i.hasAlt);
  if (!missing.length) return { proven: true, reason: msg('checklists.imagesAltOk', { count: images.length }) };
  const at = ctx.doc.lines.range(missing[0].start, missing[0].end);
  return { proven: false, reason: msg('checklists.imagesAltMissing', { count: missing.length, line: at.start.line + 1 }), at };
}

/** Words of the prose, code aside (headings count: they are read too). */
export function wordCount(ctx: ChecklistContext): number {
  return ctx.doc.blocks.filter((b) => b.kind !== 'code').reduce((n, b) => n + b.prose.reduce((m, u) => m + proseWords(u).length, 0), 0);
}

function minWordsCheck(min: number, ctx: ChecklistContext): CheckOutcome {
  const count = wordCount(ctx);
  return count >= min ? { proven: true, reason: msg('checklists.wordsOk', { count }) } : { proven: false, reason: msg('checklists.wordsMissing', { count, min }) };
}

function linkCheck(targets: readonly string[], ctx: ChecklistContext): CheckOutcome {
  const folded = targets.map((t) => t.toLowerCase());
  const link = ctx.doc.blocks.flatMap((b) => b.links).find((l) => folded.some((t) => l.url.toLowerCase().includes(t)));
  if (link) return { proven: true, reason: msg('checklists.linkFound', { url: link.url }), at: ctx.doc.lines.range(link.start, link.end) };
  return { proven: false, reason: msg('checklists.linkMissing', { targets: targets.join(', ') }) };
}
