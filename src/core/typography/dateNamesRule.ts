import { defineMessages } from '../messages/catalog';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { documentWords, proseToSource } from '../markdown/prose';
import { findInOwnLanguage } from '../language/ownLanguageProse';
import { dateNameIssues } from './dateNames';

const messages = defineMessages({
  en: {
    dateNameCapital: 'French writes month and day names in lower case inside a sentence: “{replacement}”, not “{word}”.',
    fixDateName: 'Change to “{replacement}”',
  },
  fr: {
    dateNameCapital: 'En français, les noms de mois et de jours s’écrivent en minuscules dans une phrase\u00A0: «\u00A0{replacement}\u00A0», et non «\u00A0{word}\u00A0».',
    fixDateName: 'Remplacer par «\u00A0{replacement}\u00A0»',
  },
});

/** Month and day names with a capital inside a French sentence (`le 15 Mars 2026`), lower-cased as a safe fix. */
function checkDateNames(ctx: DocumentRuleContext<'date-case', keyof typeof messages.en>): void {
  const { doc } = ctx;
  if (doc.lang !== 'fr' || !ctx.languageKnown) return;
  // A name the English file writes too (a street, a person, the planet) is not a month of French prose.
  const names = ctx.counterpart ? documentWords(ctx.counterpart) : new Set<string>();
  for (const { unit, found } of findInOwnLanguage(doc, (u) => dateNameIssues(u, names))) {
    for (const { word, replacement } of found) {
      const start = proseToSource(unit, word.start);
      const end = proseToSource(unit, word.end);
      const exact = doc.text.slice(start, end) === word.text;
      const args = { word: word.text, replacement };
      ctx.report('date-case', { start, end }, 'dateNameCapital', args, exact ? { fix: { start, end, text: replacement, titleId: 'fixDateName', titleArgs: { replacement } } } : undefined);
    }
  }
}

export const dateNamesRule = defineRule({
  ids: [
    {
      id: 'date-case',
      severity: 'info',
      fixAll: true,
      description: {
        en: 'French prose writes month and day names in lower case inside a sentence (le 15 mars 2026, lundi).',
        fr: 'Le texte français écrit les noms de mois et de jours en minuscules dans une phrase (le 15\u00A0mars 2026, lundi).',
      },
      docs: 'a French month or day name with a capital inside a sentence (`le 15 Mars 2026`), lower-cased by its quick fix and `--fix`; left alone: the first word of a sentence, heading, item or cell, quotations, words in capitals, names of several capitalised words, `Mars`, `Mai`, `Juin`, `Avril`, `Août` with no date beside them, and words the English file writes too',
    },
  ],
  messages,
  document: checkDateNames,
});
