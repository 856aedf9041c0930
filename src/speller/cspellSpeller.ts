// The dictionaries of the spelling rule, through cspell-lib. This module is its own bundle
// (dist/speller.js, about 1.6 MB): the engine loads it only when a spelling check runs.
import type { Lang } from '../core/lang';
import type { LanguageSpeller, Speller } from '../core/spelling/speller';
import { dictionaryDefinitions } from './dictionaries';

/** A bound for a pathological word only: a search cut by time would make suggestions differ from run to run. */
const SUGGEST_TIMEOUT_MS = 5000;

async function loadLanguage(lang: Lang, bundleDir?: string): Promise<LanguageSpeller> {
  const { getDictionary } = await import('cspell-lib');
  const definitions = dictionaryDefinitions(lang, bundleDir);
  const dictionary = await getDictionary({ dictionaryDefinitions: definitions as never, dictionaries: definitions.map((d) => d.name) });
  // Prose repeats its words: each is looked up once.
  const known = new Map<string, boolean>();
  const suggested = new Map<string, string[]>();
  return {
    isKnown(word) {
      let k = known.get(word);
      // Strict: by default cspell also accepts a word without its accents (`evenement`), a misspelling in French.
      if (k === undefined) known.set(word, (k = dictionary.has(word, { ignoreCase: false })));
      return k;
    },
    suggest(word, count) {
      const key = `${count}\u0000${word}`;
      let s = suggested.get(key);
      if (!s) suggested.set(key, (s = dictionary.suggest(word, { numSuggestions: count, timeout: SUGGEST_TIMEOUT_MS }).map((x) => x.word)));
      return s;
    },
  };
}

/** A speller that loads each language's dictionary once, on first use. */
export function createCspellSpeller(bundleDir?: string): Speller {
  const loaded = new Map<Lang, Promise<LanguageSpeller>>();
  return {
    forLanguage(lang) {
      let l = loaded.get(lang);
      if (!l) loaded.set(lang, (l = loadLanguage(lang, bundleDir)));
      return l;
    },
  };
}
