import { strict as assert } from 'node:assert';
import { canonicalKey, markedLanguage, parseUrl } from '../../../src/core/links/urlParts';

const key = (url: string) => canonicalKey(parseUrl(url));

describe('link targets without their language markers', () => {
  const same: Array<[string, string, string]> = [
    ['language segments', 'https://example.ca/en/about', 'https://example.ca/fr/about'],
    ['a language segment on one side only (default language at the root)', 'https://example.ca/about/', 'https://example.ca/fr/about/'],
    ['locale segments in any case', 'https://learn.example.com/en-US/docs/x', 'https://learn.example.com/fr-FR/docs/x'],
    ['eng / fra segments', 'https://laws.example.ca/eng/acts/c-42/', 'https://laws.example.ca/fra/acts/c-42/'],
    ['english / francais segments', 'https://example.ca/english/about', 'https://example.ca/francais/about'],
    ['-eng / -fra suffixes', 'https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=32593', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=32593'],
    ['_e / _f before the extension', 'https://example.ca/report_e.pdf', 'https://example.ca/report_f.pdf'],
    ['.fr before the extension', 'https://www.gnu.org/licenses/gpl-3.0.html', 'https://www.gnu.org/licenses/gpl-3.0.fr.html'],
    ['locale parameters', 'https://example.ca/page?lang=en&id=4', 'https://example.ca/page?id=4&lang=fr'],
    ['hl, setlang, locale, l parameters', 'https://support.example.com/a?hl=en-CA', 'https://support.example.com/a?hl=fr-CA'],
    ['a single-letter lang value', 'https://www.elections.ca/content.aspx?section=res&lang=e', 'https://www.elections.ca/content.aspx?section=res&lang=f'],
    ['en. / fr. subdomains', 'https://en.wikipedia.org/wiki/Open_data', 'https://fr.wikipedia.org/wiki/Open_data'],
    ['tracking parameters', 'https://example.ca/x?utm_source=newsletter&utm_campaign=EN_blog', 'https://example.ca/x?utm_source=infolettre'],
    ['values that only name the language', 'https://list.example.com/subscribe?form=EN_blog', 'https://list.example.com/subscribe?form=FR_blog'],
    ['http and https, www and not, a trailing slash', 'http://www.example.ca/a/', 'https://example.ca/a'],
    ['the anchor (named in each language)', 'https://example.ca/a#data', 'https://example.ca/a#donnees'],
    ['index.html', 'https://example.ca/a/index.html', 'https://example.ca/a/'],
    ['a home page named in its language', 'https://example.github.io/tracker/', 'https://example.github.io/tracker/accueil/'],
    ['template expressions written with other spacing', '{{ links.errorMessage }}', '{{links.errorMessage}}'],
    ['e-mail addresses in another case, with a translated subject', 'mailto:Open@City.ca?subject=Question', 'mailto:open@city.ca?subject=Une%20question'],
  ];
  for (const [what, en, fr] of same) it(`are equal across ${what}`, () => assert.equal(key(en), key(fr)));

  const different: Array<[string, string, string]> = [
    ['another id', 'https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=28108', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=28109'],
    ['another date in the path', 'https://example.ca/en/2019/12/02/post', 'https://example.ca/fr/2019/12/03/post'],
    ['another host', 'https://example.ca/en/about', 'https://example.org/fr/about'],
    ['another section of the same page', 'https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=15249', 'https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=15249&section=procedure&p=C'],
    ['another e-mail address', 'mailto:open@city.ca', 'mailto:ouvert@ville.ca'],
    ['another page than the home page', 'https://example.github.io/tracker/', 'https://example.github.io/tracker/guide/'],
    ['another template expression', '{{ links.errorMessage }}', '{{ links.errorSummary }}'],
  ];
  for (const [what, en, fr] of different) it(`still differ by ${what}`, () => assert.notEqual(key(en), key(fr)));
});

describe('the language an address says it is in', () => {
  const cases: Array<[string, 'en' | 'fr' | undefined]> = [
    ['https://www.canada.ca/fr/services.html', 'fr'],
    ['https://www.canada.ca/en/services.html', 'en'],
    ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=1', 'en'],
    ['https://fr.wikipedia.org/wiki/X', 'fr'],
    ['https://example.ca/page?lang=fr', 'fr'],
    ['https://example.ca/report_e.pdf', 'en'],
    ['/fr/composants/avis/', 'fr'],
    // French words are not language markers: “en” inside a slug says nothing.
    ['https://www.canada.ca/fr/travailler-en-equipe', 'fr'],
    ['https://example.ca/blog/travailler-en-equipe', undefined],
    ['https://example.org/x', undefined],
    ['https://example.ca/en/x?lang=fr', undefined],
  ];
  for (const [url, lang] of cases) it(`${url} → ${lang ?? 'none'}`, () => assert.equal(markedLanguage(url), lang));
});
