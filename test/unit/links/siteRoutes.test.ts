import { strict as assert } from 'node:assert';
import { buildSiteRoutes, resolveTarget, type RouteInput } from '../../../src/core/links/siteRoutes';
import { HostKnowledge } from '../../../src/core/links/knownHosts';

/** A Hugo site (content/en, content/fr) and an Eleventy one (src/en, src/fr) side by side. */
const inputs: RouteInput[] = [
  { path: 'content/en/about.md', lang: 'en', frontMatter: { url: '/en/about-us/' } },
  { path: 'content/fr/a-propos.md', lang: 'fr', frontMatter: { url: '/fr/a-propos/', aliases: ['/fr/qui-sommes-nous/'] } },
  { path: 'content/en/blog/_index.md', lang: 'en' },
  { path: 'content/fr/blog/_index.md', lang: 'fr' },
  { path: 'content/en/blog/posts/2019-12-02-how-we-work.md', lang: 'en', frontMatter: { title: 'How we work', date: '2019-12-02T10:00:00Z', slug: 'how-we-work' } },
  { path: 'content/fr/blog/posts/2019-12-02-comment-nous-travaillons.md', lang: 'fr', frontMatter: { title: 'Comment nous travaillons', date: '2019-12-02T10:05:00Z' } },
  { path: 'content/en/team/index.md', lang: 'en' },
  { path: 'content/fr/team/index.md', lang: 'fr', frontMatter: { slug: 'equipe' } },
  { path: 'src/en/components/notice/use-case.md', lang: 'en', frontMatter: { permalink: '/en/components/notice/' } },
  { path: 'src/fr/composants/avis/cas-dutilisation.md', lang: 'fr', frontMatter: { permalink: '/fr/composants/avis/' } },
  { path: 'src/en/components/notice/code.md', lang: 'en' },
  { path: 'src/fr/composants/avis/code.md', lang: 'fr' },
  { path: 'src/en/components/notice/base.md', lang: 'en', frontMatter: { permalink: false } },
  { path: 'docs/guide.en.md', lang: 'en' },
  { path: 'docs/guide.fr.md', lang: 'fr' },
];
const pairs = [
  { en: 'content/en/about.md', fr: 'content/fr/a-propos.md' },
  { en: 'content/en/blog/posts/2019-12-02-how-we-work.md', fr: 'content/fr/blog/posts/2019-12-02-comment-nous-travaillons.md' },
  { en: 'src/en/components/notice/use-case.md', fr: 'src/fr/composants/avis/cas-dutilisation.md' },
  { en: 'docs/guide.en.md', fr: 'docs/guide.fr.md' },
];
const table = buildSiteRoutes(inputs, pairs);
const hosts = new HostKnowledge({}, ['digital.example.ca', 'numerique.example.ca']);
const resolve = (from: string, url: string, lang: 'en' | 'fr' = 'en') => resolveTarget(table, from, url, lang, hosts);

describe('site routes: which workspace page a link goes to', () => {
  it('is plain data that survives a trip to a worker thread', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(table)), table);
  });

  it('follows front matter url, aliases, slug and Eleventy permalinks', () => {
    assert.equal(resolve('content/en/blog/_index.md', '/en/about-us/')?.file, 'content/en/about.md');
    assert.equal(resolve('content/fr/blog/_index.md', '/fr/qui-sommes-nous/', 'fr')?.file, 'content/fr/a-propos.md');
    assert.equal(resolve('content/fr/blog/_index.md', '/fr/equipe/', 'fr')?.file, 'content/fr/team/index.md');
    assert.equal(resolve('src/en/components/notice/code.md', '/en/components/notice/')?.file, 'src/en/components/notice/use-case.md');
    assert.equal(resolve('src/en/components/notice/code.md', '/en/components/notice/')?.counterpart, 'src/fr/composants/avis/cas-dutilisation.md');
  });

  it('follows the path under the content root, section indexes and bundles', () => {
    assert.equal(resolve('content/en/about.md', '/en/blog/')?.file, 'content/en/blog/_index.md');
    assert.equal(resolve('content/fr/a-propos.md', '/fr/blog/', 'fr')?.file, 'content/fr/blog/_index.md');
    assert.equal(resolve('src/fr/composants/avis/cas-dutilisation.md', '/fr/composants/avis/code/', 'fr')?.file, 'src/fr/composants/avis/code.md');
    assert.equal(resolve('content/en/about.md', '/en/team/')?.file, 'content/en/team/index.md');
  });

  it('follows relative file paths and links relative to the page address', () => {
    assert.equal(resolve('docs/guide.en.md', 'guide.fr.md')?.file, 'docs/guide.fr.md');
    assert.equal(resolve('src/en/components/notice/use-case.md', 'code/')?.file, 'src/en/components/notice/code.md');
    assert.equal(resolve('src/en/components/notice/code.md', '../code/')?.file, 'src/en/components/notice/code.md');
  });

  it('follows absolute links on the site’s own hosts, and only those', () => {
    assert.equal(resolve('content/en/blog/_index.md', 'https://digital.example.ca/en/about-us/')?.file, 'content/en/about.md');
    assert.equal(resolve('content/en/blog/_index.md', 'https://elsewhere.example/en/about-us/'), undefined);
  });

  it('guesses Hugo date permalinks, but only as a guess', () => {
    const guess = resolve('content/en/about.md', '/2019/12/02/how-we-work/');
    assert.equal(guess?.file, 'content/en/blog/posts/2019-12-02-how-we-work.md');
    assert.equal(guess?.certain, false);
    assert.equal(resolve('content/fr/a-propos.md', '/2019/12/comment-nous-travaillons/', 'fr')?.file, 'content/fr/blog/posts/2019-12-02-comment-nous-travaillons.md');
  });

  it('answers nothing for an unknown page, an unpublished one, or a name several pages share', () => {
    assert.equal(resolve('content/en/about.md', '/en/nowhere/'), undefined);
    assert.equal(resolve('src/en/components/notice/code.md', '/en/components/notice/base/'), undefined);
    // `code` alone is the tail of two pages in English and French: the link's language decides, else nothing.
    assert.equal(resolve('content/en/about.md', '/code/', 'en')?.file, 'src/en/components/notice/code.md');
    assert.equal(resolve('content/en/about.md', 'mailto:a@b.ca'), undefined);
  });
});
