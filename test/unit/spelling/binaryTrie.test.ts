import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeBinaryTrie } from '../../../scripts/binaryTrie.mjs';
import { createCspellSpeller } from '../../../src/speller/cspellSpeller';
import { ALL_DICTIONARY_PACKAGES, DICTIONARY_PACKAGES, dictionaryDefinitions, dictionaryFolder } from '../../../src/speller/dictionaries';

// The build's binary tries (scripts/binaryTrie.mjs) must answer as the text tries they come from.
const words = ['colour', 'color', 'neighbour', 'recieve', 'teh', 'viewport', 'Canada', 'canada', 'Ottawa', "isn't", 'isnt', 'dataset', 'open-source', 'accessibilty', 'municipality', 'judgement', 'organisation', 'organization', 'xyzzyq'];

/** A bundle folder (dist's layout) holding the English dictionary packages as installed. */
function englishBundle(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'toolkit-btrie-'));
  for (const pkg of DICTIONARY_PACKAGES.en) cpSync(dictionaryFolder(pkg), path.join(dir, 'dictionaries', pkg), { recursive: true });
  return dir;
}

describe('binary word tries', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('know and suggest the same English words as the text trie (with cspell’s size of each given back)', async () => {
    const text = englishBundle();
    const binary = englishBundle();
    dirs.push(text, binary);
    for (const d of dictionaryDefinitions('en', binary)) await writeBinaryTrie(d.path, d.path);
    const binaryDefs = dictionaryDefinitions('en', binary);
    assert.ok(binaryDefs.some((d) => typeof d.btrie === 'string' && d.btrie.endsWith('en_CA.btrie.gz')), 'the binary trie is used');
    assert.ok(dictionaryDefinitions('en', text).every((d) => d.btrie === undefined));
    // cspell's size of the trie, measured once by the build, handed back at load (src/speller/knownSizes).
    const btrie = binaryDefs.find((d) => typeof d.btrie === 'string')!.btrie as string;
    assert.match(readFileSync(`${btrie}.size`, 'utf8'), /^[1-9]\d*\n$/);
    const [a, b] = await Promise.all([createCspellSpeller(text).forLanguage('en'), createCspellSpeller(binary).forLanguage('en')]);
    assert.deepEqual(
      words.map((w) => [w, b.isKnown(w), b.suggest(w, 5)]),
      words.map((w) => [w, a.isKnown(w), a.suggest(w, 5)]),
    );
  });

  it('are built for every dictionary package the speller reads (scripts/build.mjs copies them)', () => {
    const build = readFileSync(path.join(__dirname, '../../../scripts/build.mjs'), 'utf8');
    const copied = /for \(const pkg of \[([^\]]*)\]\)/.exec(build)?.[1].match(/'[^']+'/g)?.map((q) => q.slice(1, -1)) ?? [];
    assert.deepEqual([...copied].sort(), [...ALL_DICTIONARY_PACKAGES].sort());
  });
});
