import type { Lang } from '../lang';
import { defineMessages } from '../messages/catalog';
import { documentWords, proseToSource } from '../markdown/prose';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { findInOwnLanguage } from '../language/ownLanguageProse';
import { CANADIAN_SPELLING, nonCanadianSpellings } from './canadianSpelling';

const messages = defineMessages({
  en: {
    canadianSpelling: 'Canadian spelling is “{replacement}”, not “{word}”.',
    fixCanadianSpelling: 'Change to “{replacement}”',
  },
  fr: {
    canadianSpelling: 'L’orthographe canadienne est «\u00A0{replacement}\u00A0», et non «\u00A0{word}\u00A0».',
    fixCanadianSpelling: 'Remplacer par «\u00A0{replacement}\u00A0»',
  },
});

/** Spellings Canadian English does not use in an English document's prose, each with the Canadian form as a fix. */
function checkCanadianSpelling(ctx: DocumentRuleContext<'canadian-spelling', keyof typeof messages.en>): void {
  const { doc } = ctx;
  if (doc.lang !== 'en' || !ctx.languageKnown) return;
  // A word the French file writes too is a name (`Kennedy Center`) or a term of the trade, and the project's own words stay.
  const keep = new Set([...(ctx.counterpart ? documentWords(ctx.counterpart) : []), ...(ctx.option<Partial<Record<Lang, string[]>>>('canadian-spelling', 'words')?.en ?? []), ...(CANADIAN_SPELLING.accepted ?? [])].map((w) => w.toLowerCase()));
  for (const { unit, found } of findInOwnLanguage(doc, (u) => nonCanadianSpellings(u, keep))) {
    for (const { word, replacement, entry } of found) {
      const start = proseToSource(unit, word.start);
      const end = proseToSource(unit, word.end);
      const exact = doc.text.slice(start, end) === word.text;
      const args = { word: word.text, replacement };
      ctx.report('canadian-spelling', { start, end }, 'canadianSpelling', args, { ...(exact ? { fix: { start, end, text: replacement, titleId: 'fixCanadianSpelling', titleArgs: { replacement } } } : {}), data: { entry: entry.id } });
    }
  }
}

export const canadianSpellingRule = defineRule({
  ids: [
    {
      id: 'canadian-spelling',
      severity: 'info',
      fixAll: true,
      description: {
        en: 'English prose uses Canadian spelling: colour, centre, a licence (to license), travelled, catalogue, program; -ize and -ise both accepted.',
        fr: 'Le texte anglais suit l’orthographe canadienne\u00A0: colour, centre, a licence (to license), travelled, catalogue, program; -ize et -ise sont acceptés.',
      },
      docs: 'a spelling Canadian English does not use in English prose (`color`, `center`, `a license` but not `to license`, `5 meters` but not `a water meter`, `traveled`, `catalog`, `programme`), from [`terms/canadian-spelling.json`](terms/canadian-spelling.json) with its sources, the Canadian form as the fix; -ize and -ise both accepted; left alone: code, addresses, identifiers, names (a capitalised word inside a sentence or before another), words the French file writes too, and the project’s `words`',
      options: {
        words: {
          schema: {
            type: 'object',
            description: 'Words the project keeps as they are (a product name written in lower case): `{ "en": ["color"] }`.',
            properties: { en: { type: 'array', items: { type: 'string' } } },
            additionalProperties: false,
          },
          default: {},
        },
      },
    },
  ],
  messages,
  document: checkCanadianSpelling,
});
