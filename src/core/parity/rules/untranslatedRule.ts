import type { Finding } from '../../findings';
import type { ParsedDocument, ProseUnit } from '../../markdown/documentModel';
import { detectProseLanguage } from '../../language/detectLanguage';
import { languageName, type CheckOptions, type PairContext } from '../pairContext';

const DEFAULT_MIN_LETTERS = 40;
/** How sure the identifier must be before a passage is called untranslated. */
const MIN_CONFIDENCE = 0.5;

export function minLetters(options: CheckOptions): number {
  const value = options.ruleOptions.get('untranslated')?.minLength;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_MIN_LETTERS;
}

/** Prose copied unchanged from the other language's file into the aligned place. */
export function checkIdenticalText(ctx: PairContext): void {
  if (!ctx.enabled('untranslated')) return;
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    const sourceUnits = new Map<string, ProseUnit>();
    for (const u of source.flatMap((b) => b.prose)) sourceUnits.set(normalize(u.text), u);
    for (const u of target.flatMap((b) => b.prose)) {
      const twin = sourceUnits.get(normalize(u.text));
      // Only prose: a shared product name or a table cell with a number is not a translation gap.
      if (!twin || !detectProseLanguage(u.text, 20)) continue;
      ctx.report('untranslated', { doc: ctx.target, start: u.start, end: u.end }, 'untranslatedIdentical', {}, { doc: ctx.source, start: twin.start, end: twin.end });
    }
  }
}

/** Passages of a file written in the other language, by a language identifier made for short text. */
export function checkDocumentLanguage(doc: ParsedDocument, options: CheckOptions, skip: Set<number> = new Set()): Finding[] {
  const severity = options.severities.get('untranslated') ?? 'warning';
  if (severity === 'off') return [];
  const min = minLetters(options);
  const findings: Finding[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      if (skip.has(unit.start)) continue;
      const guess = detectProseLanguage(unit.text, min, doc.lang);
      if (!guess || guess.lang === doc.lang || guess.confidence < MIN_CONFIDENCE) continue;
      findings.push({
        file: doc.path,
        range: doc.lines.range(unit.start, unit.end),
        severity,
        rule: 'untranslated',
        messageId: 'untranslatedLanguage',
        args: { detected: languageName(guess.lang), expected: languageName(doc.lang) },
      });
    }
  }
  return findings;
}

function normalize(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim().toLowerCase();
}
