import { strict as assert } from 'node:assert';
import { checkPairTexts, checkTexts, ofRule } from '../helpers/checkTexts';

describe('front matter', () => {
  const en = '---\ntitle: Governance\nlang: en\nweight: 2\ndraft: false\n---\n\n# Governance\n';
  const fr = '---\ntitle: Gouvernance\nlang: fr\nweight: 2\ndraft: false\n---\n\n# Gouvernance\n';

  it('accepts the same keys with translated values', async () => {
    assert.deepEqual(await checkPairTexts(en, fr), []);
  });

  it('finds a key missing on one side and an extra key', async () => {
    const missing = ofRule(await checkPairTexts(en, fr.replace('weight: 2\n', '')), 'front-matter');
    assert.deepEqual(missing.map((f) => [f.messageId, f.args?.key]), [['frontMatterKeyMissing', 'weight']]);
    const extra = ofRule(await checkPairTexts(en, fr.replace('draft: false\n', 'draft: false\nlayout: wide\n')), 'front-matter');
    assert.deepEqual(extra.map((f) => [f.messageId, f.range.start.line]), [['frontMatterKeyExtra', 5]]);
  });

  it('finds a non-text value that differs', async () => {
    const f = ofRule(await checkPairTexts(en, fr.replace('weight: 2', 'weight: 3')), 'front-matter');
    assert.deepEqual(f.map((x) => x.messageId), ['frontMatterValue']);
  });

  it('reports broken YAML with its line, and keeps checking the rest', async () => {
    const broken = '---\ntitle: Gouvernance\nlang: fr\nweight: [2\n---\n\n# Gouvernance\n\nTexte ajouté.\n';
    const result = await checkTexts({ 'doc.en.md': en, 'doc.fr.md': broken });
    const syntax = ofRule(result.findings, 'front-matter-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].file, 'doc.fr.md');
    assert.ok(syntax[0].range.start.line >= 3, JSON.stringify(syntax[0].range));
    assert.ok(ofRule(result.findings, 'blocks').length === 1, 'the body is still compared');
  });

  it('reports front matter that is never closed', async () => {
    const f = (await checkTexts({ 'x.fr.md': '---\ntitle: Sans fin\nlang: fr\n\n# Titre\n' })).findings;
    assert.deepEqual(ofRule(f, 'front-matter-syntax').map((x) => x.messageId), ['frontMatterUnclosed']);
  });
});
