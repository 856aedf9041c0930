import { readFileSync } from 'node:fs';
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
