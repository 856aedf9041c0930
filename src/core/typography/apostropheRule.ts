import { defineMessages } from '../messages/catalog';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { proseToSource } from '../markdown/prose';
import { findInOwnLanguage } from '../language/ownLanguageProse';
import { apostrophesOf, prevailingApostrophe, TYPOGRAPHIC_APOSTROPHE, type ApostropheUse } from './apostrophes';

const messages = defineMessages({
  en: {
    apostropheMixed: 'This file writes the apostrophe as {prevailing} ({count, plural, one {# time} other {# times}}): use it here too, not {found}.',
    fixApostrophe: 'Change to {prevailing}',
  },
  fr: {
    apostropheMixed: 'Ce fichier écrit l’apostrophe {prevailing} ({count, plural, one {une fois} other {# fois}})\u00A0: employez-la ici aussi, et non {found}.',
    fixApostrophe: 'Remplacer par {prevailing}',
  },
});

/** How a message shows an apostrophe: the character, with its name so a straight one can be told apart. */
const shown = (c: ApostropheUse['char']) => ({ en: c === TYPOGRAPHIC_APOSTROPHE ? '’ (typographic)' : "' (straight)", fr: c === TYPOGRAPHIC_APOSTROPHE ? '’ (typographique)' : "' (droite)" });

/**
 * One apostrophe throughout a French file's prose: where it writes both ’ and ', the one it
 * writes less is reported, with the other as a safe fix. Code, addresses, placeholders, front
 * matter and passages in English are not counted.
 */
function checkApostrophes(ctx: DocumentRuleContext<'apostrophes', keyof typeof messages.en>): void {
  const { doc } = ctx;
  if (doc.lang !== 'fr' || !ctx.languageKnown) return;
  const uses: Array<{ use: ApostropheUse; offset: number }> = [];
  for (const { unit, found } of findInOwnLanguage(doc, apostrophesOf)) {
    for (const use of found) uses.push({ use, offset: proseToSource(unit, use.at) });
  }
  const prevailing = prevailingApostrophe(uses.map((u) => u.use));
  if (!prevailing) return;
  const count = uses.filter((u) => u.use.char === prevailing).length;
  for (const { use, offset } of uses) {
    if (use.char === prevailing) continue;
    const exact = doc.text[offset] === use.char;
    const args = { prevailing: shown(prevailing), found: shown(use.char), count };
    ctx.report('apostrophes', { start: offset, end: offset + 1 }, 'apostropheMixed', args, exact ? { fix: { start: offset, end: offset + 1, text: prevailing, titleId: 'fixApostrophe', titleArgs: { prevailing: shown(prevailing) } } } : undefined);
  }
}

export const apostropheRule = defineRule({
  ids: [
    {
      id: 'apostrophes',
      severity: 'info',
      fixAll: true,
      description: {
        en: 'A French file writes its apostrophes one way throughout (’ or \'), the way it writes most of them.',
        fr: 'Un fichier français écrit ses apostrophes d’une seule façon (’ ou \'), celle qu’il emploie le plus.',
      },
      docs: 'a French file that writes both apostrophes (`l’eau` and `l\'eau`): the one it writes less, with the other as the fix (the typographic ’ on a tie); code, addresses, placeholders, front matter, quotes around a word and passages in English are not counted',
    },
  ],
  messages,
  document: checkApostrophes,
});
