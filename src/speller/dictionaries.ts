import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../core/lang';

/**
 * The dictionary packages of each language (npm dependencies, copied into dist/dictionaries by
 * the build). English technical prose uses software terms (`checkbox`, `viewport`) no general
 * dictionary lists; French gets none of them, so an English word in French prose is still seen.
 */
export const DICTIONARY_PACKAGES: Record<Lang, readonly string[]> = { en: ['@cspell/dict-en-ca', '@cspell/dict-software-terms'], fr: ['@cspell/dict-fr-fr'] };

/**
 * Dictionaries a word is accepted from only when all of them list it. The en-CA word list is much
 * smaller than the American and British ones (it lacks `impactful`, `uptime`, `licensor`, `bona
 * fide`): a word both of them spell the same way is spelt so in Canada too, since Canadian spelling
 * differs from theirs only where they differ from each other (`color`/`colour`, `center`/`centre`),
 * and those variants are the `canadian-spelling` rule's. Never used for suggestions.
 */
export const AGREEMENT_PACKAGES: Record<Lang, readonly string[]> = { en: ['@cspell/dict-en_us', '@cspell/dict-en-gb-mit'], fr: [] };

/** Every dictionary package the speller reads: what the build copies beside the bundle. */
export const ALL_DICTIONARY_PACKAGES: readonly string[] = [...new Set([...Object.values(DICTIONARY_PACKAGES), ...Object.values(AGREEMENT_PACKAGES)].flat())];

/** A cspell dictionary definition as the package's cspell-ext.json gives it, its path made absolute. */
export interface DictionaryDefinition {
  name: string;
  path: string;
  [key: string]: unknown;
}

/**
 * Where a language's dictionary package is: beside the bundle (dist/dictionaries/<package>, what
 * the .vsix carries), or in node_modules when running from source. Offline either way.
 */
export function dictionaryFolder(pkg: string, bundleDir: string = __dirname): string {
  const bundled = path.join(bundleDir, 'dictionaries', pkg);
  if (existsSync(path.join(bundled, 'cspell-ext.json'))) return bundled;
  return path.dirname(require.resolve(`${pkg}/cspell-ext.json`));
}

/** The definitions of a language's dictionaries, read from its package's cspell-ext.json. */
export function dictionaryDefinitions(lang: Lang, bundleDir?: string): DictionaryDefinition[] {
  return DICTIONARY_PACKAGES[lang].flatMap((pkg) => packageDefinitions(pkg, bundleDir));
}

/** The definitions of one dictionary package, read from its cspell-ext.json. */
export function packageDefinitions(pkg: string, bundleDir?: string): DictionaryDefinition[] {
  const folder = dictionaryFolder(pkg, bundleDir);
  const ext = JSON.parse(readFileSync(path.join(folder, 'cspell-ext.json'), 'utf8')) as { dictionaryDefinitions: DictionaryDefinition[] };
  return ext.dictionaryDefinitions.map((d) => withBinaryTrie({ ...d, path: path.join(folder, d.path) }));
}

/**
 * The build writes each word trie again as a binary trie (scripts/build.mjs), the same words that
 * cspell loads without parsing; from source (node_modules) there is none and the text trie is read.
 */
function withBinaryTrie(d: DictionaryDefinition): DictionaryDefinition {
  const binary = d.path.replace(/\.trie(\.gz)?$/, '.btrie.gz');
  return binary !== d.path && existsSync(binary) ? { ...d, btrie: binary } : d;
}
