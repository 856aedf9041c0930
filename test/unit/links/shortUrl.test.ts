import { strict as assert } from 'node:assert';
import { shortUrl, shortUrlPair } from '../../../src/core/links/shortUrl';

describe('link targets shortened for messages', () => {
  it('shows a short address whole, without its scheme', () => {
    assert.equal(shortUrl('https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=15249#appC'), 'tbs-sct.gc.ca/pol/doc-fra.aspx?id=15249#appC');
  });

  it('keeps where two long addresses differ and folds what they share', () => {
    const en = 'https://www.canada.ca/en/treasury-board-secretariat/services/information-technology/open-source-software/guidance-on-using-open-source-software-in-government.html?utm_source=blog&utm_medium=email';
    const fr = 'https://www.canada.ca/en/treasury-board-secretariat/services/information-technology/open-source-software/guidance-on-publishing-source-code.html?utm_source=blog&utm_medium=email';
    const [a, b] = shortUrlPair(en, fr);
    assert.ok(a.length < 90 && b.length < 90, `${a} / ${b}`);
    assert.match(a, /^canada\.ca\/en\/…\/guidance-on-using-open/);
    assert.match(b, /^canada\.ca\/en\/…\/guidance-on-publishing/);
    assert.ok(a.endsWith('?…'));
  });

  it('keeps the query parameters that differ', () => {
    const base = 'https://open.canada.ca/data/en/dataset/really-long-dataset-name-that-goes-on-and-on/resource';
    const [a] = shortUrlPair(`${base}?id=1&format=csv`, `${base}?id=2&format=csv`);
    assert.ok(a.includes('id=1') && !a.includes('format'), a);
  });
});
