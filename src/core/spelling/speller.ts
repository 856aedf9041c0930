import type { Lang } from '../lang';

/** A spelling configuration of the workspace that could not be read (a cspell.json with a syntax error, say). */
export interface SpellerConfigProblem {
  /** The configuration file, relative to the workspace root when inside it. */
  file: string;
  /** 0-based line and column of the fault, when the parser says where. */
  line?: number;
  column?: number;
  reason: string;
}

/** One language's dictionary, loaded: a lookup and its suggestions, both synchronous once loaded. */
export interface LanguageSpeller {
  /** Whether the dictionary knows the word as written (case folded where the dictionary allows it). */
  isKnown(word: string): boolean;
  /** Whether the workspace's configuration forbids the word (cspell `flagWords`), known or not. */
  isForbidden?(word: string): boolean;
  /** Up to `count` corrections, best first. */
  suggest(word: string, count: number): string[];
  /** Configuration files that apply to the file and could not be read: the check goes on without them. */
  readonly configProblems?: readonly SpellerConfigProblem[];
}

/**
 * The dictionaries, as the front end provides them (CLI, engine worker): loading reads files, so
 * the engine never loads them itself (src/core is pure). Each language loads once, on first use;
 * `file` (relative to the workspace root) adds the workspace's spelling configuration for that
 * file (cspell.json and its overrides, the project's words).
 */
export interface Speller {
  forLanguage(lang: Lang, file?: string): Promise<LanguageSpeller>;
}
