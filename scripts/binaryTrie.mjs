// Word tries as binary tries (.btrie.gz) for cspell, written by the build beside the dictionaries,
// each with cspell's size of it (.btrie.gz.size).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Beside a word trie (`file`, .trie or .trie.gz, copied from `source`), the same words as a binary
 * trie that cspell loads as it is: parsing the text tries took about 1 s of CPU in every thread
 * that checks spelling. Written again only when `source` is newer (the French one takes seconds).
 */
export async function writeBinaryTrie(source, file) {
  if (!/\.trie(\.gz)?$/.test(file)) return;
  const out = file.replace(/\.trie(\.gz)?$/, '.btrie.gz');
  const sizeFile = `${out}.size`;
  if (existsSync(out) && existsSync(sizeFile) && statSync(out).mtimeMs >= statSync(source).mtimeMs) return;
  // cspell-lib's own trie library (a dependency of it), the one that reads the result.
  const { convertToBTrie } = await import('cspell-trie-lib');
  const converted = await convertToBTrie({ url: pathToFileURL(file), content: new Uint8Array(readFileSync(file)) });
  writeFileSync(out, gzipSync(converted.content));
  writeFileSync(sizeFile, `${await walkedSize(out)}\n`);
}

/**
 * cspell's own size of the dictionary (a walk of the trie's first five levels, which it does to
 * order a collection, seconds of CPU per thread for both languages): written once here, the
 * speller gives it back to cspell (src/speller/knownSizes.ts) so the order is the same.
 */
async function walkedSize(btrie) {
  const { getDictionary } = await import('cspell-lib');
  const collection = await getDictionary({ dictionaryDefinitions: [{ name: 'sized', path: btrie, btrie }], dictionaries: ['sized'] });
  const sized = collection.dictionaries.find((d) => d.name === 'sized');
  if (!sized || !(sized.size > 0)) throw new Error(`cspell could not load ${btrie} to size it`);
  return sized.size;
}
