import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DictionaryDefinition } from './dictionaries';

/** cspell's sizes of the binary tries, as the build wrote them (scripts/binaryTrie.mjs), by the source cspell gives the dictionary. */
const sizes = new Map<string, number>();
let installed = false;

/**
 * cspell orders a dictionary collection by each dictionary's size, which it finds by walking the
 * trie's first five levels: most of loading both languages' dictionaries in every thread. The
 * build measured the same walk once; this hands cspell that number instead, so the order (and
 * every result) stays the same. A trie without its size file is walked as before.
 */
export function useKnownSizes(cspell: { createSpellingDictionary: (...args: never[]) => unknown }, definitions: readonly DictionaryDefinition[]): void {
  for (const d of definitions) {
    const btrie = typeof d.btrie === 'string' ? d.btrie : undefined;
    const file = btrie && `${btrie}.size`;
    if (!file || !existsSync(file)) continue;
    const size = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(size) && size > 0) sizes.set(pathToFileURL(btrie).href, size);
  }
  if (installed) return;
  installed = true;
  // The class of cspell's trie dictionaries is not exported: a word-list dictionary is one.
  const create = cspell.createSpellingDictionary as unknown as (words: string[], name: string, source: string, options: object) => object;
  const proto = Object.getPrototypeOf(create(['x'], 'probe', 'probe', {})) as object;
  const walk = Object.getOwnPropertyDescriptor(proto, 'size')?.get;
  // Another cspell version: leave it as it is (slower, same results).
  if (!walk) return;
  Object.defineProperty(proto, 'size', {
    configurable: true,
    get(this: { _size?: number; source?: string }) {
      if (!this._size && this.source !== undefined) {
        const known = sizes.get(this.source);
        if (known) this._size = known;
      }
      return walk.call(this) as number;
    },
  });
}
