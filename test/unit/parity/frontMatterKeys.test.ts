import { strict as assert } from 'node:assert';
import { checkPairTexts, checkTexts, describe as show, ofRule } from '../helpers/checkTexts';
import type { ToolkitConfigFile } from '../../../src/core/config/configTypes';

const fm = (lines: string, heading: string) => `---\n${lines}\n---\n\n# ${heading}\n`;
const frontMatter = async (en: string, fr: string, config?: ToolkitConfigFile) => show(ofRule(await checkPairTexts(fm(en, 'Budget'), fm(fr, 'Budget'), config), 'front-matter'));

describe('front matter: which keys are compared', () => {
  it('matches keys without regard to case, and still finds a value that differs', async () => {
    assert.deepEqual(await frontMatter('Weight: 2\nDraft: false', 'weight: 2\ndraft: false'), []);
    const f = await frontMatter('Weight: 2', 'weight: 3');
    assert.equal(f.length, 1, f.join('\n'));
    assert.match(f[0], /“weight” is 3 here but 2/);
  });

  it('matches keys as written when configured (Eleventy, Jekyll)', async () => {
    const f = await frontMatter('TranslationKey: budget', 'translationKey: budget', { rules: { 'front-matter': { caseSensitiveKeys: true } } });
    assert.equal(f.length, 2, f.join('\n'));
  });

  it('pairs files whose translationKey is spelled in another case, not files whose keys differ', async () => {
    const same = await checkTexts({ 'a/post.md': fm('lang: en\nTranslationKey: budget-2023', 'Budget'), 'b/billet.md': fm('lang: fr\ntranslationKey: budget-2023', 'Budget') });
    assert.deepEqual(same.pairs.map((p) => [p.en, p.fr, p.pairedBy]), [['a/post.md', 'b/billet.md', 'translationKey']]);
    const other = await checkTexts({ 'a/post.md': fm('lang: en\nTranslationKey: budget-2023', 'Budget'), 'b/billet.md': fm('Lang: FR\ntranslationKey: budget-2022', 'Budget') });
    assert.deepEqual(other.pairs, []);
  });

  it('pairs TOML front matter by translationKey (Hugo)', async () => {
    const toml = (lines: string) => `+++\n${lines}\n+++\n\n# Budget\n`;
    const r = await checkTexts({ 'a/post.md': toml('lang = "en"\ntranslationKey = "budget"\ndate = 2023-04-05T10:02:00-04:00'), 'b/billet.md': toml("lang = 'fr'\ntranslationKey = \"budget\"\ndate = 2023-04-05T10:07:00-04:00") });
    assert.deepEqual(r.pairs.map((p) => p.pairedBy), ['translationKey']);
    assert.deepEqual(show(ofRule(r.findings, 'front-matter')), []);
  });

  it('reads TOML tables and reports TOML that does not parse, with its line', async () => {
    const toml = (lines: string) => `+++\n${lines}\n+++\n\n# Budget\n`;
    const en = toml('title = "Budget"\nweight = 2\n[params]\npartner = "https://github.com/cds-snc/a"');
    const same = await checkPairTexts(en, toml('title = "Budget FR"\nweight = 2\n[params]\npartner = "https://github.com/cds-snc/a"'));
    assert.deepEqual(show(same.filter((f) => f.rule !== 'typography')), []);
    const noTable = ofRule(await checkPairTexts(en, toml('title = "Budget FR"\nweight = 2')), 'front-matter');
    assert.deepEqual(noTable.map((f) => f.args?.key), ['params']);
    const otherPartner = ofRule(await checkPairTexts(en, toml('title = "Budget FR"\nweight = 2\n[params]\npartner = "https://github.com/cds-snc/b"')), 'links');
    assert.equal(otherPartner.length, 1, show(otherPartner).join('\n'));
    const broken = ofRule(await checkPairTexts(en, toml('title = "Budget FR"\nweight = [2\n')), 'front-matter-syntax');
    // Where the parser noticed: the unclosed array's line or the end of the block.
    assert.equal(broken.length, 1);
    assert.ok(broken[0].file === 'doc.fr.md' && broken[0].range.start.line >= 2 && broken[0].range.start.line <= 3, show(broken).join('\n'));
  });

  it('never compares keys written for each language, and does not require them on both sides', async () => {
    const en = 'title: Budget 2023\ndescription: The 2023 budget\nurl: /en/budget-2023/\nslug: budget-2023\nlastmod: 2023-05-01\nweight: 2';
    const fr = 'title: Budget 2023-2024\ndescription: Le budget 2023\nurl: /fr/budget-2023-2024/\nslug: budget-2023-2024\naliases: [/fr/budget/]\nlastmod: 2023-05-09\ntags: [budget]\nimage-alt: Graphique\nweight: 2';
    assert.deepEqual(await frontMatter(en, fr), []);
    // The real defect beside it: a key that is not per-language, in one file only.
    const f = await frontMatter(en + '\nlayout: wide', fr);
    assert.deepEqual(f.length, 1, f.join('\n'));
    assert.match(f[0], /“layout” of the English file/);
  });

  it('reads timestamps of the same calendar day as equal, another day as a difference', async () => {
    assert.deepEqual(await frontMatter('date: 2023-04-05T10:02:00-04:00', 'date: 2023-04-05T10:07:00-04:00'), []);
    assert.deepEqual(await frontMatter('date: 2023-04-05T10:02:00Z', 'date: 2023-04-05'), []);
    assert.deepEqual(await frontMatter('publishDate: "2023-04-05 09:00"', 'publishDate: "2023-04-05 17:30"'), []);
    // One instant written in two time zones.
    assert.deepEqual(await frontMatter('date: 2023-04-05T23:30:00-04:00', 'date: 2023-04-06T03:30:00Z'), []);
    const f = await frontMatter('date: 2023-04-05T10:02:00-04:00', 'date: 2023-04-06T10:02:00-04:00');
    assert.equal(f.length, 1, f.join('\n'));
    assert.match(f[0], /“date” is 2023-04-06T10:02:00-04:00 here/);
  });

  it('requires the same translationKey, whatever it looks like', async () => {
    assert.deepEqual(await frontMatter('translationKey: budget', 'translationKey: budget'), []);
    const f = await frontMatter('translationKey: budget', 'translationKey: budgets');
    assert.equal(f.length, 1, f.join('\n'));
  });

  it('requires the same layout, language markers set aside', async () => {
    assert.deepEqual(await frontMatter('layout: layouts/en/post.njk\ntype: blog', 'layout: layouts/fr/post.njk\ntype: blog'), []);
    const f = await frontMatter('layout: layouts/post.njk', 'layout: layouts/page.njk');
    assert.equal(f.length, 1, f.join('\n'));
  });

  it('takes per-language, compared and ignored keys from the rule options', async () => {
    const en = 'author: Jane Doe\nheroImageCredit: Photo 2023\nbuild: 12';
    const fr = 'author: Jeanne Doe\nbuild: 13';
    // By default: free text is not compared, a key in one file only is reported, a build number is compared.
    assert.equal((await frontMatter(en, fr)).length, 2);
    const config: ToolkitConfigFile = { rules: { 'front-matter': { perLanguageKeys: ['hero-image-credit'], compareKeys: ['Author'], ignoreKeys: ['build'] } } };
    const f = await frontMatter(en, fr, config);
    assert.equal(f.length, 1, f.join('\n'));
    assert.match(f[0], /“author” is Jeanne Doe here but Jane Doe/);
  });
});

describe('front matter: prose and addresses', () => {
  const description = 'Every dataset is checked against the published standard before it is released to the public.';

  it('finds a description copied unchanged, not a short shared name or a translated one', async () => {
    const translated = ofRule(await checkPairTexts(fm(`title: Data quality\ndescription: ${description}`, 'Data'), fm('title: Data quality\ndescription: Chaque jeu de données est vérifié selon la norme publiée avant sa diffusion au public.', 'Données')), 'untranslated');
    assert.deepEqual(show(translated), []);
    const shortName = ofRule(await checkPairTexts(fm('summary: GC Design System', 'Data'), fm('summary: GC Design System', 'Données')), 'untranslated');
    assert.deepEqual(show(shortName), []);
    const copied = ofRule(await checkPairTexts(fm(`title: Data quality\neleventyNavigation:\n  key: dataEN\n  description: ${description}`, 'Data'), fm(`title: Qualité\neleventyNavigation:\n  key: dataFR\n  description: ${description}`, 'Données')), 'untranslated');
    assert.deepEqual(copied.map((f) => [f.file, f.messageId, f.range.start.line]), [['doc.fr.md', 'untranslatedIdentical', 4]]);
  });

  it('finds French front matter prose written in English', async () => {
    const f = ofRule(await checkPairTexts(fm(`image-alt: ${description}`, 'Data'), fm('image-alt: The open data lead reviews every dataset against the published standard before release.', 'Données')), 'untranslated');
    assert.deepEqual(f.map((x) => [x.file, x.messageId, x.range.start.line]), [['doc.fr.md', 'untranslatedLanguage', 1]]);
  });

  it('compares partner links as links: localized counterparts pass, another page is a miss', async () => {
    const links = async (en: string, fr: string) => show(ofRule(await checkPairTexts(fm(en, 'Partner'), fm(fr, 'Partenaire')), 'links'));
    assert.deepEqual(await links('partner: https://www.canada.ca/en/services.html', 'partner: https://www.canada.ca/fr/services.html'), []);
    assert.deepEqual(await links('source:\n  name: TBS\n  url: https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=32593', 'source:\n  name: SCT\n  url: https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=32593'), []);
    // The page's own addresses are written for each language: not compared.
    assert.deepEqual(await links('url: /en/partner/\npermalink: /en/partner/', 'url: /fr/partenaire/\npermalink: /fr/partenaire/'), []);
    const wrong = await links('partner:\n  url: https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=32593', 'partner:\n  url: https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=32594');
    assert.equal(wrong.length, 1, wrong.join('\n'));
    assert.match(wrong[0], /doc\.fr\.md:3: This link goes to/);
  });

  it('learns a field that holds one address per language from several pairs, and keeps a contradicted one', async () => {
    const figma = (id: string) => `figma: https://www.figma.com/community/file/${id}`;
    const files = (frIds: string[]) =>
      Object.fromEntries(frIds.flatMap((id, i) => [[`p${i}.en.md`, fm(figma('1128687821123298228'), 'Page')], [`p${i}.fr.md`, fm(figma(id), 'Page')]]));
    // The English and the French edition of one design file, in every pair: counterparts.
    assert.deepEqual(show(ofRule((await checkTexts(files(['1369337721343886324', '1369337721343886324']))).findings, 'links')), []);
    // One French page pointing at another file contradicts it: every such pair stays a finding.
    const f = ofRule((await checkTexts(files(['1369337721343886324', '1369337721343886324', '1369337721343886325']))).findings, 'links');
    assert.equal(f.length, 3, show(f).join('\n'));
    // A single pair teaches nothing.
    assert.equal(ofRule((await checkTexts(files(['1369337721343886324']))).findings, 'links').length, 1);
  });
});

describe('front matter: a Hugo blog exported from a CMS', () => {
  // The shape of a real post pair: times of the same day, a processing time in milliseconds,
  // a banner per language, the same picture moved to the CMS's storage in one language.
  const en = [
    'layout: blog',
    'title: How we implemented the service',
    'author: \'Kelly Galbraith, Service Canada\'',
    'date: 2020-03-05T15:28:44.137Z',
    'image: https://cdn.example.net/blog_hiring_2018_0d71687f48.jpg',
    'image-alt: Rainbow parachute in the sky.',
    'translationKey: blog-service-notify',
    'thumb: /img/cds/thumbnails/notify-banner-en.jpg',
    'processed: 1583432511600',
  ].join('\n');
  const fr = [
    'layout: blog',
    'title: Comment nous avons installé le service',
    'author: \'Kelly Galbraith, Service Canada\'',
    'date: 2020-03-05T15:49:02.842Z',
    'image: /img/cds/blog-hiring-2018.jpg',
    "image-alt: ' Montgolfière aux couleurs arc-en-ciel dans le ciel.'",
    'translationKey: blog-service-notify',
    'thumb: /img/cds/thumbnails/notify-banner-fr.jpg',
    'processed: 1583432511366',
  ].join('\n');
  const check = async (e: string, f: string) => show((await checkPairTexts(fm(e, 'Notify'), fm(f, 'Notification'))).filter((x) => ['front-matter', 'links', 'untranslated'].includes(x.rule)));

  it('reports nothing for a faithful pair', async () => {
    assert.deepEqual(await check(en, fr), []);
  });

  it('still reports another day, another processing day, a missing image and another translationKey', async () => {
    const broken = fr
      .replace('date: 2020-03-05T15:49:02.842Z', 'date: 2020-03-06T15:49:02.842Z')
      .replace('processed: 1583432511366', 'processed: 1583532511366')
      .replace('image: /img/cds/blog-hiring-2018.jpg\n', '')
      .replace('translationKey: blog-service-notify', 'translationKey: blog-service-notify/');
    const f = await check(en, broken);
    assert.equal(f.length, 4, f.join('\n'));
    assert.ok(f.some((x) => /“date” is 2020-03-06/.test(x)) && f.some((x) => /“processed”/.test(x)) && f.some((x) => /“image” of the English file/.test(x)) && f.some((x) => /“translationKey”/.test(x)), f.join('\n'));
  });
});
