// Word tries as binary tries (.btrie.gz) for cspell, written by the build beside the dictionaries.
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
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(source).mtimeMs) return;
  // cspell-lib's own trie library (a dependency of it), the one that reads the result.
  const { convertToBTrie } = await import('cspell-trie-lib');
  const converted = await convertToBTrie({ url: pathToFileURL(file), content: new Uint8Array(readFileSync(file)) });
  writeFileSync(out, gzipSync(converted.content));
}
