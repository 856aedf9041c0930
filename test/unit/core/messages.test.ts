import { strict as assert } from 'node:assert';
import { registeredCatalogs, formatMessage } from '../../../src/core/messages/catalog';
// Importing the modules registers every catalogue.
import '../../../src/core/parity/checkPair';
import '../../../src/core/parity/checkDocument';
import '../../../src/core/config/loadConfig';
import '../../../src/cli/main';
import '../../../src/cli/policy/policyMain';
import '../../../src/core/clauses/index';

describe('message catalogues', () => {
  it('have the same keys and the same {slots} in English and French', () => {
    for (const catalog of registeredCatalogs()) {
      assert.deepEqual(Object.keys(catalog.fr).sort(), Object.keys(catalog.en).sort());
      for (const key of Object.keys(catalog.en)) {
        const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        assert.deepEqual(slots(catalog.fr[key]), slots(catalog.en[key]), key);
      }
    }
  });

  it('follow Canadian French typography', () => {
    for (const catalog of registeredCatalogs()) {
      for (const [key, text] of Object.entries(catalog.fr)) {
        assert.doesNotMatch(text, /[^\u00A0] :|[^\u00A0]:(?=\s)/, `${key}: no-break space before the colon`);
        assert.doesNotMatch(text, /[\s\u00A0\u202F][;?!]/, `${key}: no space before ; ? !`);
        assert.doesNotMatch(text, /«(?!\u00A0)|(?<!\u00A0)»/, `${key}: no-break spaces inside « »`);
        assert.doesNotMatch(text, /"/, `${key}: « » rather than straight quotes`);
      }
    }
  });

  it('localise arguments that are messages, and group numbers per language', () => {
    assert.equal(formatMessage('listItems', { count: 1500, otherCount: 2, lang: { messageId: 'langEnglish' }, line: 3 }, 'fr'), 'Cette liste compte 1\u00A0500\u00A0éléments; la liste anglais (ligne 3) en compte 2.');
    assert.equal(formatMessage('listItems', { count: 1500, otherCount: 2, lang: { messageId: 'langEnglish' }, line: 3 }, 'en'), 'This list has 1,500 items; the English list (line 3) has 2.');
  });
});
