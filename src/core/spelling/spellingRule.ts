import type { MessageArgs } from '../findings';
import type { Lang } from '../lang';
import type { ParsedDocument, ProseUnit } from '../markdown/documentModel';
import { documentWords, proseToSource, proseWords, type ProseWord } from '../markdown/prose';
import { defineMessages } from '../messages/catalog';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import type { LanguageSpeller, SpellerConfigProblem } from './speller';
import { dictionaryForm, hyphenPieces, isCheckable, isInclusiveWritingPiece, isKeyCombinationPiece, lookupForms, splitElision } from './wordShape';
import { isCompound, isPrefix, isQualityNoun } from './compounds';
import { inlineCodeWords } from './codeWords';
import { termWords } from '../terminology/termBase';
import { termBaseOf } from '../terminology/termBaseOption';
import { DEFAULT_WORDS_FILE } from './projectWords';

const messages = defineMessages({
  en: {
    spellingUnknown: '“{word}” is not in the {language} dictionary.',
    spellingUnknownSuggest: '“{word}” is not in the {language} dictionary: did you mean “{suggestion}”?',
    spellingForbidden: '“{word}” is a word the project’s spelling configuration forbids.',
    spellingForbiddenSuggest: '“{word}” is a word the project’s spelling configuration forbids: did you mean “{suggestion}”?',
    spellingConfigBroken: 'The spelling configuration {file} could not be read: {reason}. Spelling is checked without it.',
    spellingConfigBrokenAt: 'The spelling configuration {file} could not be read (line {line}, column {column}): {reason}. Spelling is checked without it.',
    spellingConfigHere: 'The spelling configuration',
    spellerFailed: 'The spelling check could not run: {reason}.',
    fixSpelling: 'Change to “{suggestion}”',
    langEn: 'English',
    langFr: 'French',
  },
  fr: {
    spellingUnknown: '«\u00A0{word}\u00A0» ne figure pas dans le dictionnaire {language}.',
    spellingUnknownSuggest: '«\u00A0{word}\u00A0» ne figure pas dans le dictionnaire {language}\u00A0: vouliez-vous écrire «\u00A0{suggestion}\u00A0»?',
    spellingForbidden: '«\u00A0{word}\u00A0» est un mot que la configuration orthographique du projet interdit.',
    spellingForbiddenSuggest: '«\u00A0{word}\u00A0» est un mot que la configuration orthographique du projet interdit\u00A0: vouliez-vous écrire «\u00A0{suggestion}\u00A0»?',
    spellingConfigBroken: 'La configuration orthographique {file} est illisible\u00A0: {reason}. L’orthographe est vérifiée sans elle.',
    spellingConfigBrokenAt: 'La configuration orthographique {file} est illisible (ligne {line}, colonne {column})\u00A0: {reason}. L’orthographe est vérifiée sans elle.',
    spellingConfigHere: 'La configuration orthographique',
    spellerFailed: 'La vérification orthographique n’a pas pu s’exécuter\u00A0: {reason}.',
    fixSpelling: 'Remplacer par «\u00A0{suggestion}\u00A0»',
    langEn: 'anglais',
    langFr: 'français',
  },
});

type Ctx = DocumentRuleContext<'spelling', keyof typeof messages.en>;

/** Suggestions offered as quick fixes (the first is the preferred one). */
const SUGGESTIONS = 3;

/** The word in capitals and capitalised, when it differs: an acronym or a name written in lower case. */
function caseForms(word: string): string[] {
  const forms = [word.toLocaleUpperCase(), word[0].toLocaleUpperCase() + word.slice(1)];
  return [...new Set(forms)].filter((f) => f !== word);
}

const lowerFirst = (w: string) => w[0].toLocaleLowerCase() + w.slice(1);
const CAPITALISED = /^\p{Lu}[\p{Ll}'’]{2,}$/u;
/** What may stand between a sentence's end and its first word: spaces, emphasis, opening quotes and brackets. */
const OPENERS = /[\s*_«"“‘([]/u;
const SENTENCE_END = /[.!?]/;

/**
 * A capitalised word that opens a sentence (`Recieve the file.`): capitalised only by its place,
 * so checked like any word unless the document writes it capitalised inside a sentence too (a
 * name), or the pair writes it in both files.
 */
function isSentenceStart(raw: string, w: ProseWord): boolean {
  if (!CAPITALISED.test(w.text)) return false;
  // A look back over the few characters before the word, never the whole unit (that was
  // quadratic in a long paragraph of capitalised words).
  let at = w.start;
  while (at > 0 && OPENERS.test(raw[at - 1])) at--;
  return at === 0 || (SENTENCE_END.test(raw[at - 1]) && /\s/u.test(raw[at]));
}

/** The capitalised words a document writes inside a sentence: names, wherever else they stand. */
function namesOf(doc: Pick<ParsedDocument, 'blocks'>): Set<string> {
  const names = new Set<string>();
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) for (const w of proseWords(unit)) if (CAPITALISED.test(w.text) && !isSentenceStart(unit.raw, w)) names.add(w.text);
  }
  return names;
}

function knows(speller: LanguageSpeller, word: string): boolean {
  return lookupForms(word).some((w) => speller.isKnown(w));
}

/**
 * The words of a unit the file's dictionary does not know. A word the other language's
 * dictionary knows is left alone when it stands in a run of such words (a quotation, a title
 * in the other language): one on its own among words of the file's language (`example` in
 * French prose) is still a misspelling.
 */
function unknownWords(unit: ProseUnit, lang: Lang, own: LanguageSpeller, other: LanguageSpeller, accepted: (w: string) => boolean, names: ReadonlySet<string>): ProseWord[] {
  const known = (p: string) => own.isKnown(p);
  const ownKnows = (w: string) => knows(own, w) || lookupForms(w).some((f) => isCompound(f, lang, known) || isQualityNoun(f, lang, known));
  // A hyphenated compound neither dictionary lists, nor the pair or the project, is checked piece by
  // piece (a learned prefix written apart is one): `well-knwon` is a misspelling, `gcds-notice` in
  // both files of a pair an identifier.
  const pieces = (w: ProseWord) =>
    accepted(w.text.toLowerCase()) || ownKnows(w.text) || knows(other, w.text) ? [w] : hyphenPieces(w).filter((p) => !isPrefix(dictionaryForm(p.text), lang));
  const words = proseWords(unit).flatMap((w) => (w.text.includes('-') ? pieces(w) : [w]));
  const verdict = words.map((w) => {
    // A word the workspace's configuration forbids is reported whatever its shape.
    if (own.isForbidden && lookupForms(w.text).some((f) => own.isForbidden!(f) || own.isForbidden!(f.toLowerCase()))) return 'forbidden' as const;
    if (isSentenceStart(unit.raw, w) && !accepted(w.text.toLowerCase()) && !names.has(w.text) && !knows(own, w.text) && !ownKnows(lowerFirst(w.text)) && !knows(other, w.text) && !knows(other, lowerFirst(w.text))) return 'unknown' as const;
    if (!isCheckable(w.text) || isInclusiveWritingPiece(unit.raw, w.start, w.end) || isKeyCombinationPiece(unit.raw, w.start, w.end) || accepted(w.text.toLowerCase()) || ownKnows(w.text)) return 'ok' as const;
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
  return words.filter((_, i) => verdict[i] === 'unknown' || verdict[i] === 'forbidden' || (verdict[i] === 'other' && nearest(i, -1) !== 'other' && nearest(i, 1) !== 'other'));
}

/**
 * A cspell configuration that could not be read, on the first line of each file it applies to,
 * with where the fault is as a related location: the spelling check runs on without it.
 */
function reportConfigProblem(ctx: Ctx, problem: SpellerConfigProblem): void {
  const at = { line: problem.line ?? 0, column: problem.column ?? 0 };
  const where: MessageArgs = problem.line !== undefined ? { line: problem.line + 1, column: (problem.column ?? 0) + 1 } : {};
  ctx.reportGraded({
    file: ctx.doc.path,
    range: ctx.doc.lines.range(0, 0),
    severity: 'info',
    rule: 'spelling',
    messageId: problem.line !== undefined ? 'spellingConfigBrokenAt' : 'spellingConfigBroken',
    args: { file: problem.file, reason: problem.reason, ...where },
    related: [{ file: problem.file, range: { start: at, end: at }, messageId: 'spellingConfigHere' }],
  });
}

async function checkSpelling(ctx: Ctx): Promise<void> {
  const { doc, options } = ctx;
  if (!options.speller || !ctx.languageKnown) return;
  const lang: Lang = doc.lang;
  const otherLang: Lang = lang === 'en' ? 'fr' : 'en';
  const [own, other] = await Promise.all([options.speller.forLanguage(lang, doc.path), options.speller.forLanguage(otherLang, doc.path)]);
  for (const problem of own.configProblems ?? []) reportConfigProblem(ctx, problem);
  const projectWords = new Set((ctx.option<Partial<Record<Lang, string[]>>>('spelling', 'words')?.[lang] ?? []).map((w) => w.toLowerCase()));
  const inCounterpart = new Set([...(ctx.counterpart ? documentWords(ctx.counterpart) : [])].map((w) => w.toLowerCase()));
  const terms = termWords(termBaseOf(options))[lang];
  const codeWords = inlineCodeWords(doc.text, doc.blocks.filter((b) => b.kind === 'code').map((b) => [b.start, b.end] as const));
  const accepted = (w: string) => projectWords.has(w) || terms.has(w) || inCounterpart.has(w) || codeWords.has(w);
  const names = namesOf(doc);
  const language = { messageId: lang === 'en' ? 'langEn' : 'langFr' };
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      for (const w of unknownWords(unit, lang, own, other, accepted, names)) {
        const start = proseToSource(unit, w.start);
        const end = proseToSource(unit, w.end);
        // Only words the dictionary knows as written (its search ignores accents: `forcage`), not
        // the same word in other case, nor split in two (rarely what was meant).
        // A word the dictionary knows only with capitals (`cdn` for CDN, `canada`) is first offered so.
        // After an elision (`l'empacement`) the word alone is corrected, the elision kept as typed (either apostrophe).
        const { elision, rest: bare } = splitElision(w.text);
        const recased = caseForms(bare).filter((s) => own.isKnown(s));
        const suggestions = [
          ...recased,
          ...own.suggest(bare, SUGGESTIONS + 3).filter((s) => !/\s/.test(s) && s.toLowerCase() !== bare.toLowerCase() && own.isKnown(s)),
        ]
          .slice(0, SUGGESTIONS)
          .map((s) => elision + s);
        const [best, ...rest] = suggestions;
        const fixOf = (s: string) => ({ start, end, text: s, titleId: 'fixSpelling', titleArgs: { suggestion: s } });
        const forbidden = own.isForbidden?.(w.text) || own.isForbidden?.(w.text.toLowerCase());
        const messageId = forbidden ? (best ? 'spellingForbiddenSuggest' : 'spellingForbidden') : best ? 'spellingUnknownSuggest' : 'spellingUnknown';
        // A forbidden word is not one to add to the project's dictionary; an unknown one may be (the editor's quick fix).
        const data = forbidden ? undefined : { dictionaryWord: dictionaryForm(w.text) };
        ctx.report('spelling', { start, end }, messageId, { word: w.text, language, ...(best ? { suggestion: best } : {}) }, { ...(best ? { fix: fixOf(best), alternatives: rest.map(fixOf) } : {}), ...(data ? { data } : {}) });
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
      docs: 'words not in the Canadian English or French dictionary of the file’s language, with suggestions as quick fixes; accepted too: English words the American and British dictionaries both list, nouns in -ability/-abilité of a known adjective; left alone: code and the words the file writes as inline code, addresses, placeholders, capitalised words (names, acronyms; a word capitalised only by opening a sentence is checked), words written the same in both files of a pair (a hyphenated compound otherwise checked piece by piece), a run of words in the other language, and the project’s `words`',
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
        wordsFile: {
          schema: {
            type: 'string',
            description: 'The project’s dictionary, shared by the team: a plain text file relative to the workspace root, one word per line (`#` starts a comment), accepted in both languages. The editor’s “Add to the project dictionary” quick fix writes to it (creating it if missing).',
          },
          default: DEFAULT_WORDS_FILE,
        },
      },
    },
  ],
  messages,
  usesSpeller: true,
  document: checkSpelling,
});
