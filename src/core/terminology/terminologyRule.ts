import { defineMessages } from '../messages/catalog';
import { isMasked, proseToSource } from '../markdown/prose';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { findForbiddenFrench } from './findTerms';
import { TERM_BASE } from './termBase';
import { detectProseLanguage } from '../language/detectLanguage';

/** Enough letters to tell a passage's language. */
const MIN_LETTERS = 20;

const messages = defineMessages({
  en: {
    termForbidden: 'The term base gives “{approved}” in French, not “{found}”.',
    fixTerm: 'Change to “{approved}”',
  },
  fr: {
    termForbidden: 'La base terminologique donne «\u00A0{approved}\u00A0» en français, et non «\u00A0{found}\u00A0».',
    fixTerm: 'Remplacer par «\u00A0{approved}\u00A0»',
  },
});

/** Forbidden French variants (anglicisms, calques) in a French document's prose, each with its approved term as a fix. */
function checkTerminology(ctx: DocumentRuleContext<'terminology', keyof typeof messages.en>): void {
  const { doc } = ctx;
  if (doc.lang !== 'fr' || !ctx.languageKnown) return;
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      const lower = unit.raw.toLowerCase();
      // A passage left in English is the untranslated rule's finding, not a French word to change.
      if (detectProseLanguage(unit.raw, MIN_LETTERS, 'fr')?.lang === 'en') continue;
      for (const m of findForbiddenFrench(unit.raw, TERM_BASE)) {
        if (isMasked(unit, m.start, m.end)) continue;
        // A passage that names the approved term too is about the terms (a definition, « courriel,
        // et non e-mail »): the variant is mentioned, not used.
        if ([m.entry.fr.term, m.entry.fr.plural].some((t) => t && lower.includes(t.toLowerCase()))) continue;
        const start = proseToSource(unit, m.start);
        const end = proseToSource(unit, m.end);
        // A variant split by markup (`data *set*`) has no single source range to replace.
        if (doc.text.slice(start, end).replace(/\s+/g, ' ') !== m.found.replace(/\s+/g, ' ')) continue;
        const args = { approved: m.replacement, found: m.found };
        ctx.report('terminology', { start, end }, 'termForbidden', args, { fix: { start, end, text: m.replacement, titleId: 'fixTerm', titleArgs: { approved: m.replacement } }, data: { term: m.entry.id } });
      }
    }
  }
}

export const terminologyRule = defineRule({
  ids: [
    {
      id: 'terminology',
      severity: 'warning',
      fixAll: true,
      description: {
        en: 'French prose uses the approved terms of the term base, not the anglicisms and calques it lists (« courriel », not « e-mail »).',
        fr: 'Le texte français emploie les termes approuvés de la base terminologique, et non les anglicismes et calques qu’elle répertorie («\u00A0courriel\u00A0», et non «\u00A0e-mail\u00A0»).',
      },
      docs: 'a variant the term base ([`terms/term-base.json`](terms/term-base.json)) forbids in French prose (anglicisms and calques: « e-mail », « ensemble de données »), plurals and elisions included, with the approved term as a quick fix; code, addresses and longer words left alone',
    },
  ],
  messages,
  document: checkTerminology,
});
