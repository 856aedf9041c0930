import path from 'node:path';
import type { Speller } from '../core/spelling/speller';
import type { SpellerScope } from './cspellSpeller';

type SpellerModule = typeof import('./cspellSpeller');

/**
 * The speller, its module (cspell-lib and its dictionaries) required on first use: a front end
 * that never checks spelling never pays for it. Bundled, the module is dist/speller.js beside
 * this bundle; from source (tests), the TypeScript module. The shipped dictionaries load once per
 * thread, whatever the scopes of the spellers made after.
 */
export function lazySpeller(scope: SpellerScope = {}, fromDir: string = __dirname, fromFile: string = __filename): Speller {
  let speller: Speller | undefined;
  return {
    forLanguage(lang, file) {
      if (!speller) {
        // A computed path, so the bundler leaves cspell-lib out of the bundle that requires it.
        const source = fromFile.endsWith('.ts');
        const module = source ? path.join(path.dirname(fromFile), 'cspellSpeller.ts') : path.join(fromDir, 'speller.js');
        const load = require as (id: string) => SpellerModule;
        speller = load(module).createCspellSpeller(source ? undefined : fromDir, scope);
      }
      return speller.forLanguage(lang, file);
    },
  };
}
