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

  it('offers to say « (en anglais seulement) » after such a link, which the rule then accepts', async () => {
    const fr = 'Voir [la page](https://www.canada.ca/en/x.html).\n';
    const [finding] = ofRule(await checkPairTexts('See [the page](https://www.canada.ca/en/x.html).\n', fr), 'link-language');
    assert.equal(finding.fix?.text, ' (en anglais seulement)');
    const start = finding.fix!.range.start.column;
    const fixed = fr.slice(0, start) + finding.fix!.text + fr.slice(finding.fix!.range.end.column);
    assert.equal(fixed, 'Voir [la page](https://www.canada.ca/en/x.html) (en anglais seulement).\n');
    assert.deepEqual(ofRule(await checkPairTexts('See [the page](https://www.canada.ca/en/x.html).\n', fixed), 'link-language'), []);
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
    assert.deepEqual(ofRule(wrong.findings, 'links').map((x) => x.messageId), ['linkWrongPage']);
  });

  it('counts reference-style and HTML links like inline ones', async () => {
    const en = 'See [the guide][g] and <a href="https://b.example">b</a>.\n\n[g]: https://a.example\n';
    assert.deepEqual(await links(en, 'Voir [le guide][g] et <a href="https://b.example">b</a>.\n\n[g]: https://a.example\n'), []);
    assert.equal((await links(en, 'Voir [le guide][g].\n\n[g]: https://a.example\n')).length, 1);
  });
});

/** One pair `fr/<name>.md` ↔ `en/<name>.md` per entry, each with one linking paragraph. */
function pairsOf(entries: Record<string, [string, string]>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, [en, fr]] of Object.entries(entries)) {
    files[`en/${name}.md`] = `# ${name}\n\nSee [the page](${en}).\n`;
    files[`fr/${name}.md`] = `# ${name}\n\nVoir [la page](${fr}).\n`;
  }
  return files;
}
const workspaceLinks = async (files: Record<string, string>, config = {}) => ofRule((await checkTexts(files, config)).findings, 'links');

describe('links: language markers (look-alike passes, defect found)', () => {
  const cases: Array<[string, [string, string], [string, string]]> = [
    ['locale segments and a default language at the root', ['https://example.ca/about/', 'https://example.ca/fr/about/'], ['https://example.ca/about/', 'https://example.ca/fr/about/2/']],
    ['eng / fra suffixes', ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=32593', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=32593'], ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=32593', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=32592']],
    ['locale parameters', ['https://support.example.com/a?hl=en&topic=7', 'https://support.example.com/a?topic=7&hl=fr'], ['https://support.example.com/a?hl=en&topic=7', 'https://support.example.com/a?topic=8&hl=fr']],
    ['tracking parameters and values naming the language', ['https://list.example.com/s?form=EN_blog&utm_source=blog', 'https://list.example.com/s?form=FR_blog&utm_source=blogue'], ['https://list.example.com/s?form=EN_blog', 'https://list.example.com/s?form=FR_news']],
    ['en. / fr. subdomains', ['https://en.wikipedia.org/wiki/Open_data', 'https://fr.wikipedia.org/wiki/Open_data'], ['https://en.wikipedia.org/wiki/Open_data', 'https://fr.wiktionary.org/wiki/Open_data']],
    // The French text names the appendix, the English the whole directive: one document, not another id.
    ['one document narrowed to a part of it by more parameters', ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=15249', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=15249&section=procedure&p=C#appC'], ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=15249', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=15250&section=procedure&p=C']],
    ['the part on the English side, the anchor on the French', ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=15249&section=procedure&p=C', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=15249#appC'], ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=15249&section=procedure&p=C', 'https://www.tbs-sct.gc.ca/pol/autre-fra.aspx?id=15249']],
    ['a parameter added to an address that had none is not a part of it', ['https://video.example.com/watch?v=abc', 'https://video.example.com/watch?v=abc'], ['https://video.example.com/watch', 'https://video.example.com/watch?v=abc']],
  ];
  for (const [what, ok, defect] of cases) {
    it(what, async () => {
      assert.deepEqual(show(await workspaceLinks(pairsOf({ a: ok }))), []);
      assert.deepEqual((await workspaceLinks(pairsOf({ a: defect }))).map((f) => f.messageId), ['linkTarget']);
    });
  }
});

describe('links: template expressions', () => {
  const html = (en: string, fr: string) => ({ 'doc.en.md': `See <a href="${en}">the page</a>.\n`, 'doc.fr.md': `Voir <a href="${fr}">la page</a>.\n` });
  it('compares them without their spacing, and finds another expression', async () => {
    assert.deepEqual(show(await workspaceLinks(html('{{links.errorMessage}}', '{{ links.errorMessage }}'))), []);
    assert.deepEqual((await workspaceLinks(html('{{links.errorMessage}}', '{{ links.errorSummary }}'))).map((f) => f.messageId), ['linkTarget']);
  });

  it('takes per-language twins of one name for counterparts (figmaEn ↔ figmaFr), not another name', async () => {
    assert.deepEqual(show(await workspaceLinks(html('{{ links.figmaFr }}', '{{ links.figmaEn }}'))), []);
    assert.deepEqual((await workspaceLinks(html('{{ links.figmaFr }}', '{{ links.figmaTokens }}'))).map((f) => f.messageId), ['linkTarget']);
  });

  // Eleventy and Jekyll render the expression before Markdown sees it: the reader gets a link.
  it('reads a Markdown link whose address is an expression with spaces as a link, and finds it dropped', async () => {
    const en = { 'doc.en.md': 'Use [error messages]({{ links.errorMessage }}) for missing entries.\n' };
    assert.deepEqual(show(await workspaceLinks({ ...en, 'doc.fr.md': 'Utilisez les [messages d’erreur]({{ links.errorMessage }}) pour les saisies manquantes.\n' })), []);
    assert.deepEqual(show(await workspaceLinks({ ...en, 'doc.fr.md': 'Utilisez les [messages d’erreur](/fr/composants/message-derreur/) et un [message](/fr/composants/message-derreur/).\n' })), []);
    const dropped = await checkTexts({ ...en, 'doc.fr.md': 'Utilisez des messages d’erreur pour les saisies manquantes.\n' });
    assert.deepEqual(dropped.findings.filter((f) => f.rule === 'links' || f.rule === 'placeholders').map((f) => [f.rule, f.messageId, f.args?.url]), [['links', 'linkMissing', '{{ links.errorMessage }}']]);
  });
});

describe('links: pages of the workspace, through the pairing', () => {
  const site = {
    'content/en/about.md': '---\ntranslationKey: about\nurl: /en/about-us/\n---\n# About\n',
    'content/fr/a-propos.md': '---\ntranslationKey: about\nurl: /fr/a-propos/\n---\n# À propos\n',
    'content/en/blog/how-we-work.md': '---\ntranslationKey: how\nslug: how-we-work\n---\n# How we work\n',
    'content/fr/blog/comment-nous-travaillons.md': '---\ntranslationKey: how\n---\n# Comment nous travaillons\n',
    'content/en/guide.md': '---\ntranslationKey: guide\n---\n# Guide\n\nRead [about us](/en/about-us/) and [how we work](https://digital.example.ca/en/blog/how-we-work/).\n',
  };
  const fr = (about: string, how: string) => ({ ...site, 'content/fr/guide.md': `---\ntranslationKey: guide\n---\n# Guide\n\nLisez [à propos](${about}) et [notre façon de travailler](${how}).\n` });
  const config = { siteHosts: ['digital.example.ca', 'numerique.example.ca'] };

  it('accepts each page linked to its counterpart, by front matter url, slug, path and site host', async () => {
    assert.deepEqual(show(await workspaceLinks(fr('/fr/a-propos/', 'https://numerique.example.ca/fr/blog/comment-nous-travaillons/'), config)), []);
  });

  it('finds a page linked to the wrong counterpart, naming both pages', async () => {
    const f = await workspaceLinks(fr('/fr/blog/comment-nous-travaillons/', 'https://numerique.example.ca/fr/blog/comment-nous-travaillons/'), config);
    assert.deepEqual(f.map((x) => x.messageId), ['linkWrongPage']);
    assert.deepEqual(f[0].args && [f[0].args.page, f[0].args.otherPage, f[0].args.expected], ['blog/comment-nous-travaillons.md', '../en/about.md', 'a-propos.md']);
  });

  it('falls back to the shape of the address when a page cannot be found', async () => {
    // `/fr/equipe/` is no page of the workspace, but has the shape of `/en/about-us/`'s counterpart.
    assert.deepEqual(show(await workspaceLinks(fr('/fr/equipe/', 'https://numerique.example.ca/fr/blog/comment-nous-travaillons/'), config)), []);
    assert.deepEqual((await workspaceLinks(fr('/fr/equipe/2019/', 'https://numerique.example.ca/fr/blog/comment-nous-travaillons/'), config)).map((x) => x.messageId), ['linkTarget']);
  });

  it('works without the site hosts for relative and root-relative links', async () => {
    assert.deepEqual(show(await workspaceLinks({ ...fr('/fr/a-propos/', 'https://numerique.example.ca/fr/blog/comment-nous-travaillons/') })), ['links content/fr/guide.md:6: This link goes to numerique.example.ca/fr/blog/comment-nous-travaillons/; the English one (line 6) goes to digital.example.ca/en/blog/how-we-work/.']);
  });

  it('warns when the French page links to the English version of a workspace page', async () => {
    const f = (await checkTexts(fr('/en/about-us/', 'https://numerique.example.ca/fr/blog/comment-nous-travaillons/'), config)).findings;
    assert.deepEqual(ofRule(f, 'link-language').map((x) => x.messageId), ['linkEnglishInFrench']);
  });
});

describe('links: hosts', () => {
  it('accepts paired hosts with paths of the same shape, and finds another date or another host', async () => {
    const ok = pairsOf({ a: ['https://digital.canada.ca/2019/12/02/how-we-work/', 'https://numerique.canada.ca/2019/12/02/comment-nous-travaillons/'] });
    assert.deepEqual(show(await workspaceLinks(ok)), []);
    const date = pairsOf({ a: ['https://digital.canada.ca/2019/12/02/how-we-work/', 'https://numerique.canada.ca/2019/12/03/comment-nous-travaillons/'] });
    assert.deepEqual((await workspaceLinks(date)).map((f) => f.messageId), ['linkTarget']);
    const other = pairsOf({ a: ['https://digital.canada.ca/2019/12/02/how-we-work/', 'https://ouvert.canada.ca/2019/12/02/comment-nous-travaillons/'] });
    assert.deepEqual((await workspaceLinks(other)).map((f) => f.messageId), ['linkTarget']);
  });

  it('accepts a configured host pair', async () => {
    const files = pairsOf({ a: ['https://city.example.ca/services/parking', 'https://ville.example.ca/services/stationnement'] });
    assert.equal((await workspaceLinks(files)).length, 1);
    assert.deepEqual(await workspaceLinks(files, { hostPairs: { 'city.example.ca': 'ville.example.ca' } }), []);
  });

  it('does not take translated paths on a site without language in its addresses for counterparts', async () => {
    assert.deepEqual((await workspaceLinks(pairsOf({ a: ['https://github.com/cds-snc/notify', 'https://github.com/cds-snc/notification'] }))).map((f) => f.messageId), ['linkTarget']);
  });

  it('learns host pairs the workspace uses consistently in several pairs', async () => {
    const learned = pairsOf({
      a: ['https://city.example/services/parking', 'https://ville.example/services/stationnement'],
      b: ['https://city.example/news/2024/budget', 'https://ville.example/nouvelles/2024/budget'],
    });
    assert.deepEqual(show(await workspaceLinks(learned)), []);
    // Once only, or contradicted by a third host: still errors.
    assert.equal((await workspaceLinks(pairsOf({ a: ['https://city.example/services/parking', 'https://ville.example/services/stationnement'] }))).length, 1);
    const contradicted = { ...learned, ...pairsOf({ c: ['https://city.example/services/taxes', 'https://autre.example/services/impots'] }) };
    assert.equal((await workspaceLinks(contradicted)).length, 3);
  });

  it('notes presumed counterparts as link-unverified when that rule is on (off by default)', async () => {
    const files = pairsOf({ a: ['https://www.canada.ca/en/services/jobs.html', 'https://www.canada.ca/fr/services/emplois.html'] });
    assert.deepEqual(ofRule((await checkTexts(files)).findings, 'link-unverified'), []);
    const on = ofRule((await checkTexts(files, { rules: { 'link-unverified': 'info' } })).findings, 'link-unverified');
    assert.deepEqual(on.map((f) => [f.severity, f.messageId]), [['info', 'linkUnverified']]);
  });

  it('warns when the French file links to the English host of a known pair', async () => {
    const f = (await checkTexts(pairsOf({ a: ['https://digital.canada.ca/blog/', 'https://digital.canada.ca/blog/'] }))).findings;
    assert.deepEqual(ofRule(f, 'link-language').map((x) => x.messageId), ['linkEnglishInFrench']);
    assert.deepEqual(ofRule((await checkTexts(pairsOf({ a: ['https://digital.canada.ca/blog/', 'https://numerique.canada.ca/blogue/'] }))).findings, 'link-language'), []);
  });
});

describe('links: language-specific accounts and ids', () => {
  const twice = pairsOf({ a: ['https://twitter.com/CDS_GC', 'https://twitter.com/SNC_GC'], b: ['https://twitter.com/CDS_GC/status/1', 'https://twitter.com/SNC_GC/status/2'] });

  it('accepts an account used consistently in its place across the workspace', async () => {
    const files = pairsOf({ a: ['https://twitter.com/CDS_GC', 'https://twitter.com/SNC_GC'], b: ['https://twitter.com/CDS_GC', 'https://twitter.com/SNC_GC'] });
    assert.deepEqual(show(await workspaceLinks(files)), []);
    const list = pairsOf({ a: ['https://x.list-manage.com/subscribe?u=9f3&id=a1b2c3', 'https://x.list-manage.com/subscribe?u=9f3&id=d4e5f6'], b: ['https://x.list-manage.com/subscribe?u=9f3&id=a1b2c3', 'https://x.list-manage.com/subscribe?u=9f3&id=d4e5f6'] });
    assert.deepEqual(show(await workspaceLinks(list)), []);
  });

  it('finds an account used once, or two French accounts for one English one', async () => {
    assert.equal((await workspaceLinks(pairsOf({ a: ['https://twitter.com/CDS_GC', 'https://twitter.com/SNC_GC'] }))).length, 1);
    const contradicted = { ...twice, ...pairsOf({ c: ['https://twitter.com/CDS_GC', 'https://twitter.com/quelquun'] }) };
    assert.ok((await workspaceLinks(contradicted)).length >= 2);
  });

  it('never learns a number: another id stays an error however often it is repeated', async () => {
    const ids = pairsOf({ a: ['https://example.ca/en/news/28108', 'https://example.ca/fr/news/28109'], b: ['https://example.ca/en/news/28108', 'https://example.ca/fr/news/28109'] });
    assert.equal((await workspaceLinks(ids)).length, 2);
  });

  it('keeps a different e-mail address an error, even when used consistently', async () => {
    const mails = pairsOf({ a: ['mailto:open@city.ca', 'mailto:ouvert@ville.ca'], b: ['mailto:open@city.ca', 'mailto:ouvert@ville.ca'] });
    assert.deepEqual((await workspaceLinks(mails)).map((f) => f.messageId), ['mailtoDiffers', 'mailtoDiffers']);
  });
});

describe('links: messages', () => {
  it('shows both targets shortened, not whole 300-character addresses', async () => {
    const long = (tail: string) => `https://www.canada.ca/en/treasury-board-secretariat/services/information-technology/open-source-software/${tail}.html?utm_source=x&id=${'a'.repeat(120)}`;
    const [f] = await workspaceLinks(pairsOf({ a: [long('guidance-one'), long('guidance-two').replace('?', '?x=1&')] }));
    const text = show([f])[0];
    assert.ok(text.length < 300, text);
    assert.match(text, /guidance-two/);
    assert.match(text, /guidance-one/);
  });
});

describe('links: Markdown files', () => {
  const files = {
    'en/guide.md': 'See [the definitions](definitions.md).\n',
    'en/definitions.md': '# Definitions\n',
    'fr/lexique.md': '# Définitions\n',
  };
  const config = { pairs: { 'en/definitions.md': 'fr/lexique.md', 'en/guide.md': 'fr/guide.md' } };
  it('accepts the counterpart file and finds a link to a file that does not exist', async () => {
    assert.deepEqual(show(await workspaceLinks({ ...files, 'fr/guide.md': 'Voir [les définitions](lexique.md).\n' }, config)), []);
    assert.deepEqual((await workspaceLinks({ ...files, 'fr/guide.md': 'Voir [les définitions](lexiqe.md).\n' }, config)).map((f) => f.messageId), ['linkTarget']);
  });
});

describe('links: repeated links and template expressions', () => {
  it('takes a target linked again in the same block for no extra link, and still finds a dropped one', async () => {
    const en = 'Use [error messages](/en/error/) for missing entries.\n';
    assert.deepEqual(show(await links(en, 'Utilisez les [messages](/fr/erreur/) et un [message](/fr/erreur/) par champ.\n')), []);
    const two = 'Use [errors](/en/error/) and [summaries](/en/summary/).\n';
    assert.deepEqual((await links(two, 'Utilisez les [erreurs](/fr/erreur/) et les [erreurs](/fr/erreur/).\n')).map((f) => f.messageId), ['linkMissing']);
  });

  it('cannot verify a template expression against an address, and compares two expressions', async () => {
    const html = (en: string, fr: string) => ({ 'doc.en.md': `See <a href="${en}">the page</a>.\n`, 'doc.fr.md': `Voir <a href="${fr}">la page</a>.\n` });
    assert.deepEqual(show(await workspaceLinks(html('{{ links.errorMessage }}', '/fr/composants/message-derreur/'))), []);
    assert.deepEqual((await workspaceLinks(html('{{ links.errorMessage }}', '{{ links.errorSummary }}'))).map((f) => f.messageId), ['linkTarget']);
  });
});
