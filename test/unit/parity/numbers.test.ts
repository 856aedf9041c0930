import { strict as assert } from 'node:assert';
import { extractNumbers } from '../../../src/core/extract/numbers';
import { checkPairTexts, describe as show, ofRule } from '../helpers/checkTexts';
import { formatMessage } from '../../../src/core/messages/format';

const keys = (text: string, lang: 'en' | 'fr') => extractNumbers(text, lang).map((t) => t.key);

describe('numbers: reading', () => {
  it('reads v0.35.0 as version 0.35.0 (the other language writes « version 0.35.0 »), and still tells another version', async () => {
    assert.deepEqual(keys('Released as v0.35.0.', 'en'), ['v:0.35.0']);
    assert.deepEqual(ofRule(await checkPairTexts('Released as v0.35.0.\n', 'Publiée en version 0.35.0.\n'), 'numbers'), []);
    assert.equal(ofRule(await checkPairTexts('Released as v0.35.0.\n', 'Publiée en version 0.36.0.\n'), 'numbers').length, 1);
    assert.deepEqual(keys('Use the dev2 and Rev3 builds.', 'en'), [], 'letters and digits of a name are no number');
  });

  it('reads thousands, decimals, percentages and amounts in both locales to the same values', () => {
    assert.deepEqual(keys('1,500 datasets, 2.5% growth, $1,250,000', 'en'), ['n:1500', 'n:2.5', 'n:1250000']);
    assert.deepEqual(keys('1 500 jeux, 2,5 % de croissance, 1 250 000 $', 'fr'), ['n:1500', 'n:2.5', 'n:1250000']);
    assert.deepEqual(keys('1\u00A0500 et 1\u202F500', 'fr'), ['n:1500', 'n:1500']);
  });

  it('reads dates in English, French and ISO order to the same value', () => {
    assert.deepEqual(keys('by December 31, 2027', 'en'), ['d:2027-12-31']);
    assert.deepEqual(keys('d’ici le 31 décembre 2027', 'fr'), ['d:2027-12-31']);
    assert.deepEqual(keys('due 2027-12-31', 'en'), ['d:2027-12-31']);
    assert.deepEqual(keys('le 1er janvier 2028', 'fr'), ['d:2028-01-01']);
    assert.deepEqual(keys('in May 2027', 'en'), ['d:2027-05']);
  });

  it('reads times, multipliers and ordinals', () => {
    assert.deepEqual(keys('at 9:30 a.m. and 2 p.m.', 'en'), ['t:09:30', 't:14:00']);
    assert.deepEqual(keys('à 9 h 30 et à 14 h', 'fr'), ['t:09:30', 't:14:00']);
    assert.deepEqual(keys('$5M and $2 billion', 'en'), ['n:5000000', 'n:2000000000']);
    assert.deepEqual(keys('5 M$ et 2 milliards de dollars', 'fr'), ['n:5000000', 'n:2000000000']);
    assert.deepEqual(keys('the 3rd edition', 'en'), ['n:3']);
  });

  it('does not read names, verbs or identifiers as numbers', () => {
    assert.deepEqual(keys('COVID-19 in 3D over 5G with D9', 'en'), []);
    assert.deepEqual(keys('Teams may 2 step', 'en'), ['n:2']);
    assert.deepEqual(keys('version 1.2.3 and 613-555-1234', 'en'), ['v:1.2.3', 'i:613-555-1234']);
  });

  it('keeps the English reading of a French `1,500` as an alternative', () => {
    const [token] = extractNumbers('1,500 jeux', 'fr');
    assert.equal(token.key, 'n:1.5');
    assert.equal(token.alternateKey, 'n:1500');
  });
});

describe('numbers: parity rule', () => {
  it('finds a changed value, with the English line as related information', async () => {
    const f = ofRule(await checkPairTexts('We publish 1,500 datasets.\n', 'Nous publions 1 600 jeux de données.\n'), 'numbers');
    assert.equal(f.length, 1, show(f).join('\n'));
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].messageId, 'numberChanged');
    assert.equal(f[0].file, 'doc.fr.md');
    assert.equal(f[0].related?.[0].file, 'doc.en.md');
    assert.equal(f[0].related?.[0].range.start.line, 0);
  });

  it('finds a missing number and an extra one', async () => {
    const missing = ofRule(await checkPairTexts('Budget: $2,000 and 40 staff.\n', 'Budget : 2 000 $ et du personnel.\n'), 'numbers');
    assert.deepEqual(missing.map((f) => f.messageId), ['numberMissing']);
    const extra = ofRule(await checkPairTexts('Budget: $2,000.\n', 'Budget : 2 000 $ pour 40 personnes.\n'), 'numbers');
    assert.deepEqual(extra.map((f) => f.messageId), ['numberExtra']);
  });

  it('accepts the same values written in each locale’s format', async () => {
    const en = 'We hold 1,500 datasets, grew 2.5% and spent $1,250,000 by December 31, 2027.\n';
    for (const fr of [
      'Nous avons 1 500 jeux, une hausse de 2,5 % et 1 250 000 $ dépensés d’ici le 31 décembre 2027.\n',
      'Nous avons 1\u00A0500 jeux, une hausse de 2,5\u00A0% et 1\u00A0250\u00A0000\u00A0$ dépensés d’ici le 2027-12-31.\n',
      'Nous avons 1\u202F500 jeux, une hausse de 2,5\u202F% et 1\u202F250\u202F000\u202F$ dépensés d’ici le 31 décembre 2027.\n',
    ]) {
      const f = ofRule(await checkPairTexts(en, fr), 'numbers');
      assert.deepEqual(show(f), [], fr);
    }
  });

  it('accepts a small number spelled out on one side', async () => {
    assert.deepEqual(ofRule(await checkPairTexts('Three departments and the 3rd party vendor.\n', 'Trois services et le fournisseur tiers.\n'), 'numbers'), []);
  });

  it('warns when French writes a number the English way', async () => {
    const f = await checkPairTexts('We hold 1,500 datasets.\n', 'Nous avons 1,500 jeux de données.\n');
    assert.deepEqual(ofRule(f, 'numbers'), []);
    const format = ofRule(f, 'number-format');
    assert.equal(format.length, 1);
    assert.match(show(format)[0], /reads as 1,5 in French.*write 1\u00A0500/);
  });
});

describe('numbers: messages', () => {
  it('write the other file’s number the reader’s way, with its unit, in either language', async () => {
    const [pct, people, amount] = ofRule(await checkPairTexts('About 20% of data, 150,000 people and $1,250,000.\n', 'Environ 25 % des données, 150 001 personnes et 1 250 001 $.\n'), 'numbers');
    const say = (f: typeof pct, lang: 'en' | 'fr') => formatMessage(f.messageId, f.args, lang);
    assert.equal(say(pct, 'fr'), '25 % ici, mais 20\u00A0% dans le fichier anglais (ligne 1).');
    assert.equal(say(pct, 'en'), '25 % here, but 20% in the English file (line 1).');
    assert.equal(say(people, 'fr'), '150 001 ici, mais 150\u00A0000 dans le fichier anglais (ligne 1).', 'not « 150,000 », which reads as 150 in French');
    assert.equal(say(amount, 'fr'), '1 250 001 $ ici, mais 1\u00A0250\u00A0000\u00A0$ dans le fichier anglais (ligne 1).');
    assert.equal(say(amount, 'en'), '1 250 001 $ here, but $1,250,000 in the English file (line 1).');
  });
});
