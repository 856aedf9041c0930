import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../core/config/configTypes';
import { parseProjectWords, wordsFileOf } from '../core/spelling/projectWords';
import type { SpellerConfigProblem } from '../core/spelling/speller';

/** The project's dictionary as the command line reads it: missing is no words; unreadable is a problem the spelling rule reports. */
export function readProjectWords(config: Pick<ResolvedConfig, 'root' | 'ruleOptions'>): { words: string[]; problems: SpellerConfigProblem[] } {
  const file = wordsFileOf(config);
  if (file === undefined) return { words: [], problems: [{ file: String(config.ruleOptions.get('spelling')?.wordsFile), reason: 'the project dictionary must be inside the workspace' }] };
  try {
    return { words: parseProjectWords(readFileSync(path.join(config.root, file), 'utf8')), problems: [] };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { words: [], problems: [] };
    return { words: [], problems: [{ file, reason: (e as Error).message }] };
  }
}

/** cspell configuration files at a folder's top (cspell.json, .cspell.json, cspell.config.yaml, cSpell.json…). */
const CSPELL_CONFIG = /^\.?c[sS]pell(\.config)?\.(json|jsonc|ya?ml|js|cjs|mjs|toml)$/;

/**
 * What the spelling findings depend on beyond the files and the configuration, for the command
 * line's result cache: the project's dictionary and the cspell configuration files at the root.
 * (A cspell configuration in a subfolder is not seen here: clear the cache after changing one.)
 */
export function spellingCacheContext(config: Pick<ResolvedConfig, 'root' | 'ruleOptions'>): string {
  const read = (file: string) => {
    try {
      return readFileSync(path.join(config.root, file), 'utf8');
    } catch {
      return '';
    }
  };
  let names: string[] = [];
  try {
    names = readdirSync(config.root).filter((n) => CSPELL_CONFIG.test(n)).sort();
  } catch {
    // No root folder to read: nothing of spelling to add.
  }
  const words = wordsFileOf(config);
  return JSON.stringify([words === undefined ? '' : read(words), ...names.map((n) => [n, read(n)])]);
}
