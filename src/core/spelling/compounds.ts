import type { Lang } from '../lang';

/**
 * Words made of known words that dictionaries do not list. English technical prose writes its
 * compounds closed (`checkbox`, `fieldset`, `stylesheet`, `viewport`), French builds words with
 * learned prefixes (`intraligne`, `multilignes`, `préconstruites`, `téléverseur`). A run-together
 * pair of words led by a function word (`theuser`) is a missing space, and French has no closed
 * compounds of two words (`avantdans`), so both are still reported.
 */
const PREFIXES: Record<Lang, readonly string[]> = {
  en: ['anti', 'auto', 'co', 'counter', 'cross', 'de', 'hyper', 'inter', 'intra', 'micro', 'mid', 'mini', 'multi', 'non', 'over', 'post', 'pre', 're', 'semi', 'sub', 'super', 'un', 'under'],
  fr: ['anti', 'auto', 'bi', 'co', 'contre', 'extra', 'hyper', 'inter', 'intra', 'micro', 'mini', 'multi', 'non', 'pluri', 'post', 'pré', 're', 'ré', 'semi', 'sous', 'super', 'sur', 'télé', 'tri', 'ultra'],
};

/** English words that begin a phrase, never a compound: `theuser`, `andthen`, `forall`. */
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'you', 'are', 'not', 'with', 'this', 'that', 'from', 'but', 'our', 'its', 'can', 'all', 'any', 'has', 'have', 'was', 'were', 'will', 'your', 'their', 'they', 'them', 'then', 'than', 'into', 'onto', 'who', 'what', 'when', 'how', 'why', 'use', 'set', 'get']);

const MIN_PART = 3;

/** Whether `part` is a learned prefix of the language, written apart (`pre-` of `pre-selecting`, `auto-` of `l’auto-évaluation`). */
export function isPrefix(part: string, lang: Lang): boolean {
  return PREFIXES[lang].includes(part);
}

/**
 * Whether swapping two neighbouring letters gives a known word (`triggre`, `recieve`): the most
 * common typing slip, which also splits into two short words (`trig` + `gre`). Such a word is a
 * typo before it is a compound.
 */
export function isTransposition(word: string, known: (w: string) => boolean): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    if (known(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}

/** Whether `word` is a known word after a learned prefix, or (English) two known words run together. */
export function isCompound(word: string, lang: Lang, known: (w: string) => boolean): boolean {
  if (isTransposition(word, known)) return false;
  for (const prefix of PREFIXES[lang]) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= MIN_PART && known(rest.replace(/^-/, ''))) return true;
  }
  if (lang !== 'en') return false;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    if (!FUNCTION_WORDS.has(head) && known(head) && known(word.slice(i))) return true;
  }
  return false;
}

/**
 * Nouns of quality made from an adjective in -able/-ible, the most productive suffix of both
 * languages and one dictionaries list only for the common ones: `scannability` (scannable),
 * `substitutability`, `découvrabilité` (découvrable).
 */
const QUALITY_NOUNS: Record<Lang, ReadonlyArray<[RegExp, string]>> = {
  en: [[/abilit(?:y|ies)$/u, 'able'], [/ibilit(?:y|ies)$/u, 'ible']],
  fr: [[/abilités?$/u, 'able'], [/ibilités?$/u, 'ible']],
};

/** Whether `word` is a noun of quality whose adjective in -able/-ible is a known word. */
export function isQualityNoun(word: string, lang: Lang, known: (w: string) => boolean): boolean {
  return QUALITY_NOUNS[lang].some(([suffix, adjective]) => {
    const m = suffix.exec(word);
    return m !== null && m.index >= MIN_PART && known(word.slice(0, m.index) + adjective);
  });
}
