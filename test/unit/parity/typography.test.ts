import { strict as assert } from 'node:assert';
import { frenchTypographyIssues } from '../../../src/core/typography/frenchTypography';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

const ids = (text: string) => frenchTypographyIssues(text).map((i) => i.messageId);

describe('Canadian French typography', () => {
  it('finds the colon without a no-break space, spaces before ; ? !, straight quotes, guillemets and % spacing, and $ first', () => {
    assert.deepEqual(ids('Vous serez en mesure de :'), ['typoColon']);
    assert.deepEqual(ids('Date:'), ['typoColon']);
    assert.deepEqual(ids('Pourquoi ? Parce que ; enfin !'), ['typoSpaceBeforePunctuation', 'typoSpaceBeforePunctuation', 'typoSpaceBeforePunctuation']);
    assert.deepEqual(ids('Il a dit "bonjour".'), ['typoStraightQuotes']);
    assert.deepEqual(ids('les « j’aime » et «oui»'), ['typoGuillemetSpace', 'typoGuillemetSpace', 'typoGuillemetSpace', 'typoGuillemetSpace']);
    assert.deepEqual(ids('une hausse de 2,5% ou 3 %'), ['typoPercent', 'typoPercent']);
    assert.deepEqual(ids('un budget de $1 500'), ['typoDollarFirst']);
  });

  it('leaves correct French, times, code, addresses, table rules and images alone', () => {
    const ok = 'Responsable\u00A0: Alex. Pourquoi? Enfin! Les «\u00A0j’aime\u00A0». Hausse de 2,5\u00A0% et 1\u00A0500\u00A0$ à 9:30 ou 9\u00A0h\u00A030.';
    assert.deepEqual(ids(ok), []);
    assert.deepEqual(ids('Voir `clé : valeur`, [lien](https://a.ca/x?y=1:2 "titre : x"), ![image](a.png) et <https://b.ca/?q=1>.'), []);
    assert.deepEqual(ids('| Rôle | Qui |\n|:--|--:|\n| A | B |'), []);
    assert.deepEqual(ids('Courriel\u202F: ok; bonjour {{municipality}} : x'.replace(' : x', '')), []);
  });

  it('reports on French files only, as info by default, with safe fixes', async () => {
    const f = await checkPairTexts('## Goals\n\nBy the end: you can.\n', '## Objectifs\n\nÀ la fin : vous pourrez.\n');
    const typo = ofRule(f, 'typography');
    assert.equal(typo.length, 1);
    assert.equal(typo[0].file, 'doc.fr.md');
    assert.equal(typo[0].severity, 'info');
    assert.deepEqual(typo[0].fix?.text, '\u00A0');
    assert.deepEqual(ofRule(await checkPairTexts('## Goals\n\nSay "hello" : now ?\n', '## Objectifs\n\nDites\u00A0: bonjour.\n'), 'typography'), []);
  });
});

describe('Canadian French typography through markup and character references', () => {
  it('reads a no-break space written as &nbsp;, &#160; or &#8239; as the no-break space it is', () => {
    assert.deepEqual(ids('Responsable&nbsp;: Alex. Date&#160;: demain. Heure&#8239;: midi. Les «&nbsp;j’aime&nbsp;».'), []);
    assert.deepEqual(ids('<p>Responsable&nbsp;: Alex et 2,5&nbsp;%</p>\n'), []);
  });

  it('looks through emphasis, links and inline HTML between a word and its punctuation', () => {
    assert.deepEqual(ids('Le **mot**\u00A0: oui. Le [lien](https://a.ca)\u00A0: oui. Un <a href="x">lien</a>\u00A0: oui.'), []);
    // The same with a plain space is a real defect, still found (and fixable: the space is in the source as written).
    const found = frenchTypographyIssues('Le **mot** : oui.');
    assert.deepEqual(found.map((i) => [i.messageId, i.replacement]), [['typoColon', '\u00A0']]);
    assert.equal('Le **mot** : oui.'.slice(found[0].start, found[0].end), ' ');
    assert.deepEqual(ids('<p>Un <a href="x">lien</a> : non</p>\n'), ['typoColon']);
  });

  it('leaves placeholders alone and offers no fix where the source holds a reference', () => {
    assert.deepEqual(ids('La Ville de {{ville}} : x'.replace(' : x', '')), []);
    const quoted = frenchTypographyIssues('Il a dit "**bonjour**".');
    assert.deepEqual(quoted.map((i) => [i.messageId, i.replacement]), [['typoStraightQuotes', undefined]]);
  });

  it('reads text inside HTML boxes and custom elements, not inside template tags', () => {
    // Text of a custom element is prose: its colon is a real defect; the straight quotes of a template tag are code.
    assert.deepEqual(ids('<div>\n  <gcds-text><strong>Remarque :</strong> oui</gcds-text>\n</div>\n'), ['typoColon']);
    assert.deepEqual(ids('<div>\n  <gcds-text><strong>Remarque\u00A0:</strong> oui</gcds-text>\n</div>\n'), []);
    assert.deepEqual(ids('{% examplesPreview "120", "fr" %}\n\nIl a dit "bonjour".\n'), ['typoStraightQuotes']);
    assert.deepEqual(ids('{% examplesPreview "120", "fr" %} et {# "note" #}\n'), []);
    // With Windows line ends the parser reads CR LF as LF; the defect is still found at its place, with its fix.
    const crlf = '<p>Premier mot\r\nRemarque : oui</p>\r\n';
    assert.deepEqual(frenchTypographyIssues(crlf).map((i) => [i.messageId, crlf.slice(i.start, i.end), i.replacement]), [['typoColon', ' ', '\u00A0']]);
  });
});
