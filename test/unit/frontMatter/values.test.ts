import { strict as assert } from 'node:assert';
import { sameFrontMatterValue } from '../../../src/core/frontMatter/sameValue';
import { isImageValue, isWebAddress } from '../../../src/core/frontMatter/valueKinds';
import { FrontMatterKeyPolicy } from '../../../src/core/frontMatter/keyPolicy';

describe('front matter values', () => {
  it('reads times of one calendar day as equal, in every layout generators accept', () => {
    const same: Array<[unknown, unknown]> = [
      ['2023-04-05T10:02:00-04:00', '2023-04-05T10:07:00-04:00'],
      ['2023-04-05 09:00:00 -0400', '2023-04-05T17:30:00-0400'],
      ['2023-04-05', '2023-04-05T23:59:59Z'],
      ['2023-04-05T23:30:00-04:00', '2023-04-06T03:30:00Z'],
      [1583432511600, 1583432511366],
      [new Date('2023-04-05T00:00:00Z'), '2023-04-05'],
    ];
    for (const [a, b] of same) assert.ok(sameFrontMatterValue(a, b), `${String(a)} = ${String(b)}`);
    const other: Array<[unknown, unknown]> = [
      ['2023-04-05T10:02:00-04:00', '2023-04-06T10:02:00-04:00'],
      ['2023-04-05', '2023-05-04'],
      [1583432511600, 1583532511600],
      ['2023-04-05', 'git Last Modified'],
    ];
    for (const [a, b] of other) assert.ok(!sameFrontMatterValue(a, b), `${String(a)} ≠ ${String(b)}`);
  });

  it('sets language markers aside, not other words', () => {
    assert.ok(sameFrontMatterValue('layouts/en/post.njk', 'layouts/fr/post.njk'));
    assert.ok(sameFrontMatterValue('base-en', 'base-fr'));
    assert.ok(!sameFrontMatterValue('layouts/entry.njk', 'layouts/front.njk'));
  });

  it('tells web addresses and images from other values', () => {
    assert.ok(isWebAddress('https://www.figma.com/community/file/1') && isWebAddress('/en/about/') && isWebAddress('//cdn.example.net/x'));
    assert.ok(!isWebAddress('layouts/base.njk') && !isWebAddress('mailto:a@example.ca') && !isWebAddress('a b'));
    assert.ok(isImageValue('image', '/img/banner-en.jpg') && isImageValue('ogImage', 'https://cdn.example.net/x?w=200') && isImageValue('thumb', 'photo.webp'));
    assert.ok(!isImageValue('partner', 'https://example.org/') && !isImageValue('discover', '/x/') && !isImageValue('heroCredit', 'Photo 2023'));
  });

  it('matches list entries in any case and with or without - and _', () => {
    const policy = new FrontMatterKeyPolicy({ perLanguageKeys: ['hero_credit'], compareKeys: ['Title'], ignoreKeys: ['build'] });
    assert.ok(policy.isPerLanguage('imageAlt') && policy.isPerLanguage('IMAGE-ALT') && policy.isPerLanguage('image_alt'));
    assert.ok(policy.isPerLanguage('heroCredit') && !policy.isPerLanguage('title') && policy.isAlwaysCompared('title'));
    assert.ok(policy.isIgnored('Build') && !policy.isAlwaysCompared('build') && policy.isAlwaysCompared('TranslationKey'));
    assert.ok(policy.isProse('description') && !policy.isProse('title'));
  });
});
