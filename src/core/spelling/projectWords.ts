import type { ResolvedConfig } from '../config/configTypes';

/** Where the project's dictionary is when the configuration names none (relative to the workspace root). */
export const DEFAULT_WORDS_FILE = 'project-words.txt';

/**
 * The project's dictionary file named by the configuration (`rules.spelling.wordsFile`), relative
 * to its root, `/`-separated. Undefined for a path that leaves the root (absolute, or through
 * `..`): the editor writes to this file, and a repository must not point that anywhere else.
 */
export function wordsFileOf(config: Pick<ResolvedConfig, 'ruleOptions'>): string | undefined {
  const named = config.ruleOptions.get('spelling')?.wordsFile;
  const file = typeof named === 'string' && named.trim() ? named.trim() : DEFAULT_WORDS_FILE;
  if (/^([a-z]:)?[\\/]/i.test(file)) return undefined;
  const parts: string[] = [];
  for (const part of file.split(/[\\/]+/)) {
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else if (part && part !== '.') parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}

/**
 * The words of a project dictionary: one per line, as cspell's plain word lists are written;
 * blank lines and `#` comments left out, surrounding spaces trimmed.
 */
export function parseProjectWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const word = line.replace(/#.*$/, '').trim();
    if (word) words.push(word);
  }
  return words;
}

/**
 * The text to insert to add `word` to a project dictionary whose text is `text` (empty when the
 * file does not exist yet): a line of its own at the end, after a newline if the last line has none.
 * Undefined when the file already lists the word (in any case).
 */
export function projectWordAddition(text: string, word: string): string | undefined {
  if (parseProjectWords(text).some((w) => w.toLowerCase() === word.toLowerCase())) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text.length && !text.endsWith('\n') ? eol : ''}${word}${eol}`;
}
