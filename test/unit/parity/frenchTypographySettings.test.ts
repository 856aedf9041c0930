import { strict as assert } from 'node:assert';
import { frenchTypographyIssues, typographySettings } from '../../../src/core/typography/frenchTypography';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

const france = typographySettings('france', 'U+202F');
const issues = (text: string, settings = typographySettings('canada', 'U+00A0')) =>
  frenchTypographyIssues(text, settings).map((i) => [i.messageId, text.slice(i.start, i.end), i.replacement]);

describe('French typography settings: convention and space', () => {
  it('France: a no-break space before ; ? ! (missing or a plain space), the narrow space inserted', () => {
    assert.deepEqual(issues('Pourquoi? Enfin ! Bon; voilà.', france), [
      ['typoNoSpaceBeforePunctuation', '', '\u202F'],
      ['typoNoSpaceBeforePunctuation', ' ', '\u202F'],
      ['typoNoSpaceBeforePunctuation', '', '\u202F'],
    ]);
  });

  it('France: leaves a correctly typeset passage, ?! pairs, brackets and addresses alone', () => {
    assert.deepEqual(issues('Pourquoi\u202F? Enfin\u00A0! Vraiment\u202F?! (?) Voir www.exemple.ca/?q=1 et https://a.ca/x?y=1;z.', france), []);
    assert.deepEqual(issues('Les «\u202Fmots\u202F» et «\u00A0mots\u00A0»\u00A0: 2\u202F%.', france), []);
  });

  it('Canada (the default) still wants no space before ; ? ! and takes both no-break spaces before the colon', () => {
    assert.deepEqual(issues('Pourquoi\u202F?'), [['typoSpaceBeforePunctuation', '\u202F', '']]);
    assert.deepEqual(issues('Pourquoi? Note\u202F: oui.'), []);
  });

  it('the space setting is what every fix inserts, and a narrow space inside « » is then right', () => {
    const narrow = typographySettings('canada', 'U+202F');
    assert.deepEqual(issues('Note : 20% et «oui» ou "non".', narrow).map((i) => i[2]), ['\u202F', '\u202F', '\u202F', '\u202F', '«\u202Fnon\u202F»']);
    assert.deepEqual(issues('«\u202Foui\u202F»', narrow), []);
    // With the default, a narrow space inside « » is still reported, as before.
    assert.deepEqual(issues('«\u202Foui\u00A0»').map((i) => i[0]), ['typoGuillemetSpace']);
  });

  it('is read from the typography rule options of the configuration', async () => {
    const fr = '# Objectifs\n\nPourquoi? Note : oui.\n';
    const config = { rules: { typography: { convention: 'france', space: 'U+202F' } } } as const;
    const found = ofRule(await checkPairTexts('# Goals\n\nWhy? Note: yes.\n', fr, config), 'typography');
    assert.deepEqual(found.map((f) => [f.messageId, f.fix?.text]), [['typoNoSpaceBeforePunctuation', '\u202F'], ['typoColon', '\u202F']]);
    const canada = ofRule(await checkPairTexts('# Goals\n\nWhy? Note: yes.\n', fr), 'typography');
    assert.deepEqual(canada.map((f) => [f.messageId, f.fix?.text]), [['typoColon', '\u00A0']]);
  });
});
