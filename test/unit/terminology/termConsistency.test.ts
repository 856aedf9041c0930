import assert from 'node:assert/strict';
import { checkPairTexts, describe as described, ofRule } from '../helpers/checkTexts';

const consistency = async (en: string, fr: string) => described(ofRule(await checkPairTexts(en, fr), 'term-consistency'));

describe('term-consistency', () => {
  it('a French block without the approved French term of a term its English block uses', async () => {
    const found = await consistency(
      '# Roles\n\nThe council champion presents the annual report to council.\n\nThe clerk files it.\n',
      '# Rôles\n\nLe champion politique présente le rapport annuel au conseil.\n\nLe greffier le classe.\n',
    );
    assert.deepEqual(found, ['term-consistency doc.fr.md:3: The English (line 3) says “council champion”; the term base gives “membre répondant du conseil” in French, and this block does not use it.']);
  });

  it('the reverse: an English block without the English term of a term its French block uses', async () => {
    const found = await consistency(
      '# Program\n\nThe city publishes public information on its portal every week.\n',
      '# Programme\n\nLa Ville publie des données ouvertes sur son portail chaque semaine.\n',
    );
    assert.deepEqual(found, ['term-consistency doc.en.md:3: The French (line 3) says “données ouvertes”; the term base gives “open data” in English, and this block does not use it.']);
  });

  it('silent when both use the term, in any inflection, case or accepted form', async () => {
    assert.deepEqual(
      await consistency(
        '# Open Data\n\nThe Council Champions and the open data leads meet under the Open Government Licence.\n',
        '# Données ouvertes\n\nLes membres répondants du conseil et les personnes responsables des données ouvertes se réunissent sous la Licence du gouvernement ouvert.\n',
      ),
      [],
    );
  });

  it('silent when the French writes a forbidden variant instead (the terminology rule reports it once)', async () => {
    const findings = await checkPairTexts('# Roles\n\nThe council champion reports.\n', '# Rôles\n\nLe champion du conseil fait rapport.\n');
    assert.deepEqual(ofRule(findings, 'term-consistency'), []);
    assert.equal(ofRule(findings, 'terminology').length, 1);
  });

  it('silent when the term sits in the block before or after (moved, or a pronoun in its place)', async () => {
    assert.deepEqual(
      await consistency(
        '# Roles\n\nCouncil names a member.\n\nThe council champion then reports yearly.\n',
        '# Rôles\n\nLe conseil désigne un membre répondant du conseil.\n\nCe membre fait ensuite rapport chaque année.\n',
      ),
      [],
    );
  });

  it('silent for a term in code, an address or a passage left in the other language; terms not marked for consistency are not checked', async () => {
    assert.deepEqual(
      await consistency(
        '# Setup\n\nSet `open_data` to true, see <https://example.ca/open-data>.\n\nWe publish each dataset as a spreadsheet.\n',
        '# Configuration\n\nRéglez `open_data` à true, voyez <https://example.ca/open-data>.\n\nNous publions chaque fichier sous forme de tableur.\n',
      ),
      [],
    );
    assert.deepEqual(
      await consistency('# Lead\n\nThe open data lead coordinates the program and reports to council once a year.\n', '# Responsable\n\nThe open data lead coordinates the program and reports to council once a year.\n'),
      [],
    );
  });

  it('a term used in another sense is not the term: “open” and “data” apart', async () => {
    assert.deepEqual(
      await consistency('# Access\n\nThe data is open to everyone once it is published.\n', '# Accès\n\nLes données sont accessibles à tous une fois publiées.\n'),
      [],
    );
  });
});

describe('term-consistency: overlapping terms', () => {
  it('a term that overlaps another (« gouvernance des données ouvertes ») is still found', async () => {
    assert.deepEqual(await consistency('# Open data governance\n\nText.\n', '# Gouvernance des données ouvertes\n\nTexte.\n'), []);
  });
});

describe('term-consistency: longer terms absorb the checked ones', () => {
  it('“open government data”, “open datasets”: the checked terms inside them are not required apart', async () => {
    assert.deepEqual(
      await consistency('# Data\n\nThe city releases open government data and open datasets every month.\n', '# Données\n\nLa Ville diffuse des données gouvernementales ouvertes et des jeux de données ouverts chaque mois.\n'),
      [],
    );
    assert.deepEqual(
      await consistency('# Data\n\nThe city releases new datasets every month.\n', '# Données\n\nLa Ville diffuse de nouveaux jeux de données ouvertes chaque mois.\n'),
      [],
    );
  });
});
