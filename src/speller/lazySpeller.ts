import path from 'node:path';
import type { Speller } from '../core/spelling/speller';

type SpellerModule = typeof import('./cspellSpeller');

/**
 * The speller, its module (cspell-lib and its dictionaries) required on first use: a front end
 * that never checks spelling never pays for it. Bundled, the module is dist/speller.js beside
 * this bundle; from source (tests), the TypeScript module.
 */
export function lazySpeller(fromDir: string = __dirname, fromFile: string = __filename): Speller {
  let speller: Speller | undefined;
  return {
    forLanguage(lang) {
      if (!speller) {
        // A computed path, so the bundler leaves cspell-lib out of the bundle that requires it.
        const file = fromFile.endsWith('.ts') ? path.join(path.dirname(fromFile), 'cspellSpeller.ts') : path.join(fromDir, 'speller.js');
        const load = require as (id: string) => SpellerModule;
        speller = load(file).createCspellSpeller(fromFile.endsWith('.ts') ? undefined : fromDir);
      }
      return speller.forLanguage(lang);
    },
  };
}
