import type { Lang } from '../lang';

/** One language's dictionary, loaded: a lookup and its suggestions, both synchronous once loaded. */
export interface LanguageSpeller {
  /** Whether the dictionary knows the word as written (case folded where the dictionary allows it). */
  isKnown(word: string): boolean;
  /** Up to `count` corrections, best first. */
  suggest(word: string, count: number): string[];
}

/**
 * The dictionaries, as the front end provides them (CLI, engine worker): loading reads files, so
 * the engine never loads them itself (src/core is pure). Each language loads once, on first use.
 */
export interface Speller {
  forLanguage(lang: Lang): Promise<LanguageSpeller>;
}
