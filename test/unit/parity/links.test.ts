import { strict as assert } from 'node:assert';
import { neutralUrl, urlLanguage } from '../../../src/core/links/localizedUrl';
import { checkPairTexts, checkTexts, describe as show, ofRule } from '../helpers/checkTexts';

const links = async (en: string, fr: string) => ofRule(await checkPairTexts(en, fr), 'links');

describe('links: localized addresses', () => {
  const pairs: Array<[string, string]> = [
    ['https://www.canada.ca/en/services.html', 'https://www.canada.ca/fr/services.html'],
    ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=32593', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=32593'],
    ['https://laws-lois.justice.gc.ca/eng/acts/c-42/', 'https://laws-lois.justice.gc.ca/fra/lois/c-42/'],
    ['https://en.wikipedia.org/wiki/Open_data', 'https://fr.wikipedia.org/wiki/Open_data'],
    ['https://example.ca/english/about', 'https://example.ca/francais/about'],
    ['https://example.ca/page?lang=en', 'https://example.ca/page?lang=fr'],
    ['https://open.canada.ca/data/en/dataset', 'https://ouvert.canada.ca/data/fr/dataset'],
    ['https://example.ca/report-en.pdf', 'https://example.ca/report-fr.pdf'],
  ];
  for (const [en, fr] of pairs) {
    it(`accepts ${en} ↔ ${fr}`, async () => {
      assert.deepEqual(show(await links(`See [the page](${en}).\n`, `Voir [la page](${fr}).\n`)), []);
    });
  }

  it('neutralises markers and tells the language of an address', () => {
    assert.equal(neutralUrl('https://www.canada.ca/en/x', 'en'), neutralUrl('https://www.canada.ca/fr/x', 'fr'));
    assert.equal(urlLanguage('https://www.canada.ca/fr/x'), 'fr');
    assert.equal(urlLanguage('https://example.org/x'), undefined);
  });

  it('accepts a page whose whole path is translated on a bilingual site', async () => {
    const f = await links(
      'See [D9](https://www.canada.ca/en/government/system/digital-government/digital9charter.html).\n',
      'Voir [D9](https://www.canada.ca/fr/gouvernement/systeme/gouvernement-numerique/chartedigital9.html).\n',
    );
    assert.deepEqual(show(f), []);
  });
});

describe('links: differences', () => {
  it('finds a link that goes somewhere else', async () => {
    const f = await links('See [the guide](https://example.org/guide).\n', 'Voir [le guide](https://example.org/autre).\n');
    assert.equal(f.length, 1);
    assert.equal(f[0].messageId, 'linkTarget');
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].related?.[0].file, 'doc.en.md');
  });

  it('finds a localized page whose identifier changed', async () => {
    const f = await links('See [the policy](https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=28108).\n', 'Voir [la politique](https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=28109).\n');
    assert.deepEqual(f.map((x) => x.messageId), ['linkTarget']);
  });

  it('finds a missing link and an extra one', async () => {
    assert.deepEqual((await links('See [a](https://a.example) and [b](https://b.example).\n', 'Voir [a](https://a.example) et b.\n')).map((x) => x.messageId), ['linkMissing']);
    assert.deepEqual((await links('See [a](https://a.example).\n', 'Voir [a](https://a.example) et [b](https://b.example).\n')).map((x) => x.messageId), ['linkCount']);
  });

  it('compares e-mail addresses exactly', async () => {
    assert.deepEqual((await links('Write to [us](mailto:open@city.ca).\n', 'Écrivez-nous à [nous](mailto:ouvert@ville.ca).\n')).map((x) => x.messageId), ['mailtoDiffers']);
    assert.deepEqual(await links('Write to [us](mailto:open@city.ca).\n', 'Écrivez-nous à [nous](mailto:OPEN@city.ca).\n'), []);
  });

  it('warns when the French file links to the English version of a page', async () => {
    const f = await checkPairTexts('See [the page](https://www.canada.ca/en/x.html).\n', 'Voir [la page](https://www.canada.ca/en/x.html).\n');
    assert.deepEqual(ofRule(f, 'links'), []);
    assert.deepEqual(ofRule(f, 'link-language').map((x) => x.messageId), ['linkEnglishInFrench']);
  });

  it('accepts an English-only page that the French text says is in English only', async () => {
    const f = await checkPairTexts('See [the charter](https://opendatacharter.org/en/principles).\n', 'Voir [la charte](https://opendatacharter.org/en/principles) (en anglais seulement).\n');
    assert.deepEqual(show(f), []);
  });

  it('follows links between documents through the pairing', async () => {
    const files = {
      'en/guide.md': 'See [the definitions](definitions.md).\n',
      'fr/guide.md': 'Voir [les définitions](lexique.md).\n',
      'en/definitions.md': '# Definitions\n',
      'fr/lexique.md': '# Définitions\n',
    };
    const ok = await checkTexts(files, { pairs: { 'en/definitions.md': 'fr/lexique.md' } });
    assert.deepEqual(show(ofRule(ok.findings, 'links')), []);
    const wrong = await checkTexts({ ...files, 'fr/guide.md': 'Voir [les définitions](guide.md).\n' }, { pairs: { 'en/definitions.md': 'fr/lexique.md' } });
    assert.deepEqual(ofRule(wrong.findings, 'links').map((x) => x.messageId), ['linkTarget']);
  });

  it('counts reference-style and HTML links like inline ones', async () => {
    const en = 'See [the guide][g] and <a href="https://b.example">b</a>.\n\n[g]: https://a.example\n';
    assert.deepEqual(await links(en, 'Voir [le guide][g] et <a href="https://b.example">b</a>.\n\n[g]: https://a.example\n'), []);
    assert.equal((await links(en, 'Voir [le guide][g].\n\n[g]: https://a.example\n')).length, 1);
  });
});
