// The workspace's own cspell configuration (cspell.json, .cspell.json, cspell.config.*…), found
// and read by cspell-lib's configuration search, as the cspell CLI and Code Spell Checker do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type ParseError } from 'jsonc-parser';
import type { SpellingDictionaryCollection } from 'cspell-lib';
import type { SpellerConfigProblem } from '../core/spelling/speller';

/** What the configuration in force for one file adds to the dictionaries. */
export interface WorkspaceLayer {
  /** Its words, ignoreWords, flagWords and dictionaries (overrides applied); none when it adds nothing. */
  dictionary?: SpellingDictionaryCollection;
  problems: SpellerConfigProblem[];
}

/** The settings that change what is a word; the rest (language, patterns) is the engine's business. */
const WORD_SETTINGS = ['words', 'ignoreWords', 'flagWords', 'dictionaries', 'dictionaryDefinitions'] as const;

/**
 * Reads the cspell configuration of a file (searched from its folder up to `root`) with its
 * `overrides` for that file. A configuration that cannot be read is a problem, never a throw.
 * `collections` keeps one dictionary per distinct set of settings (files share them).
 */
export async function workspaceLayer(root: string, file: string, collections: Map<string, Promise<SpellingDictionaryCollection>>): Promise<WorkspaceLayer> {
  const cspell = await import('cspell-lib');
  const absolute = path.resolve(root, file);
  let found: Awaited<ReturnType<typeof cspell.searchForConfig>>;
  try {
    found = await cspell.searchForConfig(pathToFileURL(absolute), { stopSearchAt: pathToFileURL(root) });
  } catch (e) {
    return { problems: [{ file: '(cspell configuration)', reason: messageOf(e) }] };
  }
  if (!found) return { problems: [] };
  const problems = cspell.extractImportErrors(found).map((e) => problemOf(root, e.filename, e.error));
  const settings = cspell.calcOverrideSettings(found, absolute);
  const picked: Record<string, unknown> = {};
  for (const key of WORD_SETTINGS) if (Array.isArray(settings[key]) && settings[key].length) picked[key] = settings[key];
  if (!Object.keys(picked).length) return { problems };
  const key = JSON.stringify(picked);
  let dictionary = collections.get(key);
  if (!dictionary) collections.set(key, (dictionary = cspell.getDictionary(cspell.finalizeSettings(picked))));
  try {
    return { dictionary: await dictionary, problems };
  } catch (e) {
    // A dictionary file named in the configuration that cannot be read.
    return { problems: [...problems, problemOf(root, String(found.__importRef?.filename ?? '(cspell configuration)'), e)] };
  }
}

function problemOf(root: string, filename: string, error: unknown): SpellerConfigProblem {
  const relative = path.relative(root, filename);
  const file = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : filename;
  return { file, ...jsonFaultAt(filename), reason: messageOf(error) };
}

/** The innermost cause's message: the parser's own words (`Unexpected token 'o'…`), not the wrappers', on one line. */
function messageOf(error: unknown): string {
  let e = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

/** A parser may quote the whole file in its message. */
const MAX_REASON = 160;

/** Where a JSON configuration's first syntax error is (cspell-lib's error says only that it failed). */
function jsonFaultAt(filename: string): { line?: number; column?: number } {
  if (!/\.jsonc?$/i.test(filename)) return {};
  let text: string;
  try {
    text = readFileSync(filename, 'utf8');
  } catch {
    return {};
  }
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: true });
  if (!errors.length) return {};
  const before = text.slice(0, errors[0]!.offset).split('\n');
  return { line: before.length - 1, column: before[before.length - 1]!.length };
}
