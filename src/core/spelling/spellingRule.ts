import type { Lang } from '../lang';
import type { ProseUnit } from '../markdown/documentModel';
import { documentWords, proseToSource, proseWords, type ProseWord } from '../markdown/prose';
import { defineMessages } from '../messages/catalog';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import type { LanguageSpeller } from './speller';
import { isCheckable, isInclusiveWritingPiece, lookupForms } from './wordShape';
import { isCompound } from './compounds';
import { termWords } from '../terminology/termBase';
import { termBaseOf } from '../terminology/termBaseOption';

const messages = defineMessages({
  en: {
    spellingUnknown: '“{word}” is not in the {language} dictionary.',
    spellingUnknownSuggest: '“{word}” is not in the {language} dictionary: did you mean “{suggestion}”?',
    fixSpelling: 'Change to “{suggestion}”',
    langEn: 'English',
    langFr: 'French',
  },
  fr: {
    spellingUnknown: '«\u00A0{word}\u00A0» ne figure pas dans le dictionnaire {language}.',
    spellingUnknownSuggest: '«\u00A0{word}\u00A0» ne figure pas dans le dictionnaire {language}\u00A0: vouliez-vous écrire «\u00A0{suggestion}\u00A0»?',
    fixSpelling: 'Remplacer par «\u00A0{suggestion}\u00A0»',
    langEn: 'anglais',
    langFr: 'français',
  },
});

type Ctx = DocumentRuleContext<'spelling', keyof typeof messages.en>;

/** Suggestions offered as quick fixes (the first is the preferred one). */
const SUGGESTIONS = 3;

function knows(speller: LanguageSpeller, word: string): boolean {
  return lookupForms(word).some((w) => speller.isKnown(w));
}

/**
 * The words of a unit the file's dictionary does not know. A word the other language's
 * dictionary knows is left alone when it stands in a run of such words (a quotation, a title
 * in the other language): one on its own among words of the file's language (`example` in
 * French prose) is still a misspelling.
 */
function unknownWords(unit: ProseUnit, lang: Lang, own: LanguageSpeller, other: LanguageSpeller, accepted: (w: string) => boolean): ProseWord[] {
  const ownKnows = (w: string) => knows(own, w) || lookupForms(w).some((f) => isCompound(f, lang, (p) => own.isKnown(p)));
  const words = proseWords(unit);
  const verdict = words.map((w) => {
    if (!isCheckable(w.text) || isInclusiveWritingPiece(unit.raw, w.start, w.end) || accepted(w.text.toLowerCase()) || ownKnows(w.text)) return 'ok' as const;
    return knows(other, w.text) ? ('other' as const) : ('unknown' as const);
  });
  // Which language each word belongs to alone: words both dictionaries know (`la`, `the`, `fox`)
  // and words neither knows say nothing, and a run of the other language looks past them.
  const side = words.map((w, i) => {
    if (verdict[i] === 'other') return 'other';
    const inOwn = knows(own, w.text.toLowerCase());
    const inOther = knows(other, w.text.toLowerCase());
    return inOwn === inOther ? 'neutral' : inOwn ? 'own' : 'other';
  });
  const WINDOW = 3;
  const nearest = (i: number, step: 1 | -1) => {
    for (let j = i + step, n = 0; j >= 0 && j < words.length && n < WINDOW; j += step, n++) if (side[j] !== 'neutral') return side[j];
    return undefined;
  };
  return words.filter((_, i) => verdict[i] === 'unknown' || (verdict[i] === 'other' && nearest(i, -1) !== 'other' && nearest(i, 1) !== 'other'));
}

async function checkSpelling(ctx: Ctx): Promise<void> {
  const { doc, options } = ctx;
  if (!options.speller || !ctx.languageKnown) return;
  const lang: Lang = doc.lang;
  const otherLang: Lang = lang === 'en' ? 'fr' : 'en';
  const [own, other] = await Promise.all([options.speller.forLanguage(lang), options.speller.forLanguage(otherLang)]);
  const projectWords = new Set((ctx.option<Partial<Record<Lang, string[]>>>('spelling', 'words')?.[lang] ?? []).map((w) => w.toLowerCase()));
  const inCounterpart = new Set([...(ctx.counterpart ? documentWords(ctx.counterpart) : [])].map((w) => w.toLowerCase()));
  const terms = termWords(termBaseOf(options))[lang];
  const accepted = (w: string) => projectWords.has(w) || terms.has(w) || inCounterpart.has(w);
  const language = { messageId: lang === 'en' ? 'langEn' : 'langFr' };
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      for (const w of unknownWords(unit, lang, own, other, accepted)) {
        const start = proseToSource(unit, w.start);
        const end = proseToSource(unit, w.end);
        // Only words the dictionary knows as written (its search ignores accents: `forcage`), not
        // the same word in other case, nor split in two (rarely what was meant).
        const suggestions = own
          .suggest(w.text, SUGGESTIONS + 3)
          .filter((s) => !/\s/.test(s) && s.toLowerCase() !== w.text.toLowerCase() && own.isKnown(s))
          .slice(0, SUGGESTIONS);
        const [best, ...rest] = suggestions;
        const fixOf = (s: string) => ({ start, end, text: s, titleId: 'fixSpelling', titleArgs: { suggestion: s } });
        ctx.report('spelling', { start, end }, best ? 'spellingUnknownSuggest' : 'spellingUnknown', { word: w.text, language, ...(best ? { suggestion: best } : {}) }, best ? { fix: fixOf(best), alternatives: rest.map(fixOf) } : undefined);
      }
    }
  }
}

export const spellingRule = defineRule({
  ids: [
    {
      id: 'spelling',
      severity: 'info',
      description: {
        en: 'Words that are not in the dictionary of the file’s language (Canadian English, French), names and code left out.',
        fr: 'Mots absents du dictionnaire de la langue du fichier (anglais canadien, français), sauf les noms propres et le code.',
      },
      docs: 'words not in the Canadian English or French dictionary of the file’s language, with suggestions as quick fixes; left alone: code, addresses, placeholders, capitalised words (names, acronyms), words written the same in both files of a pair, a run of words in the other language, and the project’s `words`',
      options: {
        words: {
          schema: {
            type: 'object',
            description: 'The project’s own words, accepted by the spelling check, for each language: `{ "en": ["geospatial"], "fr": ["géomatique"] }`.',
            properties: { en: { type: 'array', items: { type: 'string' } }, fr: { type: 'array', items: { type: 'string' } } },
            additionalProperties: false,
          },
          default: {},
        },
      },
    },
  ],
  messages,
  document: checkSpelling,
});
