import { strict as assert } from 'node:assert';
import { pairFiles } from '../../../src/core/pairing/pairFiles';
import { fileLanguage } from '../../../src/core/pairing/fileLanguage';

const pair = (inputs: Array<{ path: string; frontMatter?: Record<string, unknown> }>, map: Record<string, string> = {}) =>
  pairFiles(inputs, new Map(Object.entries(map)));

describe('pairing', () => {
  it('tells a file’s language from front matter, then suffix, then folder', () => {
    assert.deepEqual(fileLanguage('docs/en/a.md', { lang: 'fr-CA' }), { lang: 'fr', source: 'front-matter' });
    assert.deepEqual(fileLanguage('docs/en/a.fr.md', undefined), { lang: 'fr', source: 'suffix' });
    assert.deepEqual(fileLanguage('docs/fr/guides/a.md', undefined), { lang: 'fr', source: 'folder' });
    assert.equal(fileLanguage('docs/a.md', { language: 'Klingon' }), undefined);
  });

  it('pairs by translationKey first, whatever the names', () => {
    const r = pair([
      { path: 'x/governance.md', frontMatter: { lang: 'en', translationKey: 'gov' } },
      { path: 'y/gouvernance.md', frontMatter: { lang: 'fr', translationKey: 'gov' } },
    ]);
    assert.deepEqual(r.pairs, [{ en: 'x/governance.md', fr: 'y/gouvernance.md', pairedBy: 'translationKey' }]);
  });

  it('uses the explicit map, which also gives the languages', () => {
    const r = pair([{ path: 'a/standards.md' }, { path: 'b/normes.md' }], { 'a/standards.md': 'b/normes.md' });
    assert.deepEqual(r.pairs, [{ en: 'a/standards.md', fr: 'b/normes.md', pairedBy: 'map' }]);
    const missing = pair([{ path: 'a/standards.md' }], { 'a/standards.md': 'b/normes.md' });
    assert.deepEqual(missing.missingMapEntries.map((m) => m.missing), [['b/normes.md']]);
  });

  it('pairs name suffixes in the same folder, and parallel en/fr trees', () => {
    const r = pair([{ path: 'ch/intro.en.md' }, { path: 'ch/intro.fr.md' }, { path: 'docs/en/x/y.md' }, { path: 'docs/fr/x/y.md' }, { path: 'ch/other.en-CA.md' }, { path: 'ch/other.fr-CA.md' }]);
    assert.deepEqual(r.pairs.map((p) => `${p.pairedBy}:${p.en}>${p.fr}`).sort(), ['folders:docs/en/x/y.md>docs/fr/x/y.md', 'suffix:ch/intro.en.md>ch/intro.fr.md', 'suffix:ch/other.en-CA.md>ch/other.fr-CA.md']);
  });

  it('lets the first matching rule win', () => {
    // By suffix, a.en.md would pair with a.fr.md; the translationKey pairs it with b.fr.md instead.
    const r = pair([
      { path: 'a.en.md', frontMatter: { translationKey: 'k' } },
      { path: 'a.fr.md' },
      { path: 'b.fr.md', frontMatter: { translationKey: 'k' } },
    ]);
    assert.deepEqual(r.pairs.map((p) => `${p.en}>${p.fr}`), ['a.en.md>b.fr.md']);
    assert.deepEqual(r.unpaired, [{ path: 'a.fr.md', lang: 'fr' }]);
  });

  it('lists unpaired files, files of unknown language and duplicate keys', () => {
    const r = pair([
      { path: 'lonely.en.md' },
      { path: 'README.md' },
      { path: 'one.fr.md', frontMatter: { translationKey: 'dup' } },
      { path: 'two.fr.md', frontMatter: { translationKey: 'dup' } },
    ]);
    assert.deepEqual(r.unpaired.map((u) => u.path), ['lonely.en.md', 'one.fr.md', 'two.fr.md']);
    assert.deepEqual(r.undetermined, ['README.md']);
    assert.deepEqual(r.duplicateKeys.map((d) => d.path), ['two.fr.md']);
  });
});
