import type { Lang } from '../messages/catalog';

type Tinyld = typeof import('tinyld');
let tinyld: Tinyld | undefined;

/** The identifier's tables take ~0.3 s to build: loaded on the first passage that needs them. */
function identifier(): Tinyld {
  tinyld ??= require('tinyld') as Tinyld;
  return tinyld;
}

export interface LanguageGuess {
  lang: Lang;
  /** How much more likely the guess is than the other language (0–1). */
  confidence: number;
}

/**
 * Says whether a passage is English or French, on its letters alone: code, addresses, numbers
 * and capitalised names (mid-sentence) are removed first, since they belong to no language.
 * Returns undefined when too little prose is left to tell.
 */
export function detectProseLanguage(text: string, minLetters: number, expected?: Lang): LanguageGuess | undefined {
  // An editor re-checks the same passages on every keystroke: remember recent answers.
  const key = `${minLetters}\u0000${expected ?? ''}\u0000${text}`;
  if (memo.has(key)) return memo.get(key);
  const guess = guessLanguage(text, minLetters, expected);
  memo.set(key, guess);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return guess;
}

const MEMO_SIZE = 20_000;
const memo = new Map<string, LanguageGuess | undefined>();

function guessLanguage(text: string, minLetters: number, expected?: Lang): LanguageGuess | undefined {
  const prose = proseOnly(text);
  const letters = prose.replace(/[^\p{L}]/gu, '').length;
  if (letters < minLetters) return undefined;
  const words = prose.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 5) return undefined;
  // Clear cases are settled by function words, which is much cheaper than the identifier.
  const counts = functionWordCounts(words);
  const clear = verdict(counts);
  if (clear) return { lang: clear, confidence: 1 };
  // Where a language is expected, its function words with none of the other's settle it too:
  // the identifier (slow to load) is kept for passages that show some sign of the other language.
  if (expected && counts[expected] >= 1 && counts[expected === 'en' ? 'fr' : 'en'] === 0) return { lang: expected, confidence: 0.5 };
  const guesses = identifier().detectAll(prose, { only: ['en', 'fr'] });
  const en = guesses.find((g) => g.lang === 'en')?.accuracy ?? 0;
  const fr = guesses.find((g) => g.lang === 'fr')?.accuracy ?? 0;
  if (en === 0 && fr === 0) return undefined;
  const lang: Lang = en >= fr ? 'en' : 'fr';
  return { lang, confidence: Math.abs(en - fr) / Math.max(en, fr) };
}

const ENGLISH_WORDS = new Set('the and of to is are was were that this with for be by from which will should have has it its not can their they would must these those when where who what been an into than also such'.split(' '));
const FRENCH_WORDS = new Set('le la les des du et est sont une pour que qui dans par sur avec ce cette ces aux au leur leurs doit peut être été pas ne il elle nous vous se sa ses lors afin ainsi entre été selon'.split(' '));

/**
 * English or French when the passage's function words leave no doubt (at least 5, four
 * times as many of one language's as of the other's); otherwise undefined.
 */
export function functionWordVerdict(words: string[]): Lang | undefined {
  return verdict(functionWordCounts(words));
}

function functionWordCounts(words: string[]): Record<Lang, number> {
  const counts = { en: 0, fr: 0 };
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/^(l|d|qu|n|s|c|j)['’]/, '');
    if (ENGLISH_WORDS.has(w)) counts.en++;
    else if (FRENCH_WORDS.has(w)) counts.fr++;
  }
  return counts;
}

function verdict({ en, fr }: Record<Lang, number>): Lang | undefined {
  if (Math.max(en, fr) < 5) return undefined;
  if (en >= 4 * fr) return 'en';
  if (fr >= 4 * en) return 'fr';
  return undefined;
}

/**
 * What of a passage's words says something of its language: numbers and capitalised words
 * after the first word of a sentence (names and titles) are taken out. Code, addresses and
 * placeholders are already out of the words a prose unit gives (markdown/prose.ts).
 */
export function proseOnly(text: string): string {
  return text
    .replace(/[\d.,:%$]+/g, ' ')
    // Capitalised words after the first word of a sentence are mostly names and titles.
    .replace(/([^.!?:;«"“(\s]\s+)((?:\p{Lu}[\p{L}'’-]*\s*)+)/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}
