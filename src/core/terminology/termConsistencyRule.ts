import { defineMessages } from '../messages/catalog';
import type { Block, ParsedDocument } from '../markdown/documentModel';
import { isMasked, proseToSource } from '../markdown/prose';
import { defineRule, type PairRuleContext } from '../rules/rule';
import { detectProseLanguage } from '../language/detectLanguage';
import type { Lang } from '../lang';
import { findApproved, findForbidden, type TermLang } from './findTerms';
import type { TermEntry } from './termBase';
import { termBaseOf } from './termBaseOption';

type Context = PairRuleContext<'term-consistency', keyof typeof messages.en>;

/** Enough letters to tell a passage's language. */
const MIN_LETTERS = 20;

/** A term found in the prose of a run of blocks, where it is in the source. */
interface Use {
  entry: TermEntry;
  start: number;
  end: number;
}

/** The entries whose approved term the blocks' prose uses (code, placeholders and masked spans left out). */
function termsUsed(blocks: readonly Block[], base: readonly TermEntry[], lang: TermLang): Use[] {
  const uses: Use[] = [];
  for (const block of blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      for (const m of findApproved(unit.raw, base, lang)) {
        if (!isMasked(unit, m.start, m.end)) uses.push({ entry: m.entry, start: proseToSource(unit, m.start), end: proseToSource(unit, m.end) });
      }
    }
  }
  // A term inside a longer one is that one's (« open data » in « open data lead »).
  // Every entry is looked for, so that a checked term inside an unchecked longer one is dropped too.
  return uses.filter((u) => u.entry.consistency && !uses.some((v) => v !== u && v.start <= u.start && v.end >= u.end && v.end - v.start > u.end - u.start));
}

/** The blocks' prose text, lower-cased: a term written the same on the other side is a name or a quotation. */
function proseText(blocks: readonly Block[]): string {
  return blocks.flatMap((b) => (b.kind === 'code' ? [] : b.prose.map((u) => u.raw))).join(' ').toLowerCase();
}

/** Whether the blocks' prose writes one of the entry's forbidden variants (the terminology rule's finding then). */
function usesVariant(blocks: readonly Block[], base: readonly TermEntry[], entry: TermEntry, lang: TermLang): boolean {
  return blocks.some((b) => b.kind !== 'code' && b.prose.some((u) => findForbidden(u.raw, base, lang).some((m) => m.entry === entry)));
}

/** The blocks' prose reads as the other language (left untranslated: the untranslated rule's finding). */
function inOtherLanguage(blocks: readonly Block[], lang: Lang): boolean {
  const text = proseText(blocks);
  const guess = detectProseLanguage(text, MIN_LETTERS, lang)?.lang;
  return guess !== undefined && guess !== lang;
}

/**
 * A French block aligned with an English block that uses an approved term uses its approved
 * French term (or an accepted form), and the reverse. Only entries marked `consistency` are
 * checked; a term inside a longer one counts as the longer one. Silent where the other side
 * writes a forbidden variant (the terminology rule reports it), where a side is left in the other
 * language, where the other side has the same words (a name, a quoted term), and where the term
 * is in the blocks just before or after (a translator moved it to the next sentence, or used a
 * pronoun after it).
 */
function checkTermConsistency(ctx: Context): void {
  const base = termBaseOf(ctx.options);
  if (!base.some((e) => e.consistency)) return;
  const enIsSource = ctx.source === ctx.en;
  const steps = ctx.steps.map((s) => (enIsSource ? { en: s.source, fr: s.target } : { en: s.target, fr: s.source }));
  const used = steps.map((s) => ({ en: termsUsed(s.en, base, 'en'), fr: termsUsed(s.fr, base, 'fr') }));
  const near = (i: number, lang: TermLang, entry: TermEntry) => [i - 1, i + 1].some((j) => used[j]?.[lang].some((u) => u.entry === entry));
  steps.forEach((step, i) => {
    if (!step.en.length || !step.fr.length) return;
    if (inOtherLanguage(step.en, 'en') || inOtherLanguage(step.fr, 'fr')) return;
    const texts = { en: proseText(step.en), fr: proseText(step.fr) };
    for (const [lang, other] of [['en', 'fr'], ['fr', 'en']] as const) {
      const doc = other === 'fr' ? ctx.fr : ctx.en;
      const from = other === 'fr' ? ctx.en : ctx.fr;
      const seen = new Set<TermEntry>();
      for (const use of used[i][lang]) {
        const { entry } = use;
        if (seen.has(entry)) continue;
        seen.add(entry);
        const written = from.text.slice(use.start, use.end);
        if (used[i][other].some((u) => u.entry === entry) || near(i, other, entry) || usesVariant(step[other], base, entry, other)) continue;
        // The same words on the other side: a name kept as it is (« Open Data Commons ») or a quoted term.
        if (texts[other].includes(written.toLowerCase())) continue;
        const blocks = step[other].filter((b) => b.kind !== 'code');
        if (!blocks.length) continue;
        const at = { doc, start: blocks[0].start, end: Math.min(blocks[0].end, blocks[0].start + firstLineLength(doc, blocks[0])) };
        const counterpart = { doc: from, start: use.start, end: use.end };
        const args = { term: written, expected: other === 'fr' ? entry.fr.term : entry.en };
        ctx.report('term-consistency', at, other === 'fr' ? 'termMissingFr' : 'termMissingEn', args, counterpart, { data: { term: entry.id } });
      }
    }
  });
}

function firstLineLength(doc: ParsedDocument, block: Block): number {
  const line = doc.lines.position(block.start).line;
  return Math.max(1, doc.lines.lineText(line).length - doc.lines.position(block.start).column);
}

const messages = defineMessages({
  en: {
    termMissingFr: 'The English (line {line}) says “{term}”; the term base gives “{expected}” in French, and this block does not use it.',
    termMissingEn: 'The French (line {line}) says “{term}”; the term base gives “{expected}” in English, and this block does not use it.',
  },
  fr: {
    termMissingFr: 'L’anglais (ligne {line}) dit «\u00A0{term}\u00A0»; la base terminologique donne «\u00A0{expected}\u00A0» en français, et ce bloc ne l’emploie pas.',
    termMissingEn: 'Le français (ligne {line}) dit «\u00A0{term}\u00A0»; la base terminologique donne «\u00A0{expected}\u00A0» en anglais, et ce bloc ne l’emploie pas.',
  },
});

export const termConsistencyRule = defineRule({
  ids: [
    {
      id: 'term-consistency',
      severity: 'warning',
      description: {
        en: 'Aligned English and French blocks use the approved terms of each other: where the English says “open data”, the French says « données ouvertes », and the reverse.',
        fr: 'Les blocs anglais et français alignés emploient les termes approuvés l’un de l’autre\u00A0: là où l’anglais dit «\u00A0open data\u00A0», le français dit «\u00A0données ouvertes\u00A0», et inversement.',
      },
      docs: 'an aligned block that does not use the approved term of a term the other language’s block uses (“open data” ↔ « données ouvertes », “council champion” ↔ « membre répondant du conseil »), for the term base’s entries marked `consistency`; plurals, elisions and accepted forms count; left alone where the other side writes a forbidden variant (a `terminology` finding), is in the other language, or has the term in the block just before or after (moved, or a pronoun)',
    },
  ],
  messages,
  pair: checkTermConsistency,
});
