import { defineMessages } from '../messages/catalog';
import { isMasked, proseToSource } from '../markdown/prose';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { approvedForms, findForbidden } from './findTerms';
import { termBaseOf } from './termBaseOption';
import { findInOwnLanguage } from '../language/ownLanguageProse';

const messages = defineMessages({
  en: {
    termForbidden: 'The term base gives “{approved}” in French, not “{found}”.',
    termForbiddenEn: 'The term base gives “{approved}” in English, not “{found}”.',
    fixTerm: 'Change to “{approved}”',
  },
  fr: {
    termForbidden: 'La base terminologique donne «\u00A0{approved}\u00A0» en français, et non «\u00A0{found}\u00A0».',
    termForbiddenEn: 'La base terminologique donne «\u00A0{approved}\u00A0» en anglais, et non «\u00A0{found}\u00A0».',
    fixTerm: 'Remplacer par «\u00A0{approved}\u00A0»',
  },
});

/** Forbidden variants (anglicisms, calques; English misspellings) in a document's prose, each with its approved term as a fix. */
function checkTerminology(ctx: DocumentRuleContext<'terminology', keyof typeof messages.en>): void {
  const { doc } = ctx;
  if (!ctx.languageKnown) return;
  const lang = doc.lang;
  const base = termBaseOf(ctx.options);
  for (const { unit, found: matches } of findInOwnLanguage(doc, (u) => findForbidden(u.raw, base, lang))) {
    const lower = unit.raw.toLowerCase();
    for (const m of matches) {
      if (isMasked(unit, m.replaceFrom, m.end)) continue;
      // A passage that names the approved term too is about the terms (a definition, « courriel,
      // et non e-mail »): the variant is mentioned, not used.
      if (approvedForms(m.entry, lang).some((t) => lower.includes(t.toLowerCase()))) continue;
      const start = proseToSource(unit, m.start);
      const end = proseToSource(unit, m.end);
      // A variant split by markup (`data *set*`) has no single source range to replace.
      if (doc.text.slice(start, end).replace(/\s+/g, ' ') !== m.found.replace(/\s+/g, ' ')) continue;
      const from = proseToSource(unit, m.replaceFrom);
      const fixable = m.replacement !== undefined && doc.text.slice(from, start) === unit.raw.slice(m.replaceFrom, m.start);
      const args = { approved: m.approved, found: m.found };
      const fix = fixable ? { start: from, end, text: m.replacement!, titleId: 'fixTerm', titleArgs: { approved: m.replacement! } } : undefined;
      ctx.report('terminology', { start, end }, lang === 'fr' ? 'termForbidden' : 'termForbiddenEn', args, { fix, data: { term: m.entry.id } });
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
        en: 'Prose uses the approved terms of the term base, not the anglicisms and calques it lists (« courriel », not « e-mail »).',
        fr: 'Le texte emploie les termes approuvés de la base terminologique, et non les anglicismes et calques qu’elle répertorie («\u00A0courriel\u00A0», et non «\u00A0e-mail\u00A0»).',
      },
      docs: 'a variant the term base ([`terms/term-base.json`](terms/term-base.json), extended by the configuration’s `termBase` file) forbids in French prose (anglicisms and calques: « e-mail », « ensemble de données ») or in English prose (`councilor`), plurals, elisions and any case included, with the approved term as a quick fix (the elided article mended: « l’ensemble de données » → « le jeu de données »); code, addresses, names (`MIT License`) and longer words left alone',
    },
  ],
  messages,
  document: checkTerminology,
});
