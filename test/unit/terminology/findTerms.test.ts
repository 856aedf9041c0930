import assert from 'node:assert/strict';
import { approvedForms, englishPlural, findApproved, findForbidden, frenchPlural } from '../../../src/core/terminology/findTerms';
import { TERM_BASE } from '../../../src/core/terminology/termBase';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

/** Each forbidden variant found, as `found → the text that replaces it (from the article it mends)`. */
const fixes = (text: string, lang: 'en' | 'fr' = 'fr') => findForbidden(text, TERM_BASE, lang).map((m) => `${text.slice(m.replaceFrom, m.end)} → ${m.replacement ?? '(no fix)'}`);

describe('term base: inflections', () => {
  it('plurals: French head word, English plurals of an English word in French text', () => {
    assert.equal(frenchPlural('jeu de données'), 'jeux de données');
    assert.equal(frenchPlural('ensemble de données'), 'ensembles de données');
    assert.equal(frenchPlural('accès à l’information'), 'accès à l’information');
    assert.equal(englishPlural('data set'), 'data sets');
    assert.equal(englishPlural('request for proposal'), 'requests for proposal');
    assert.equal(englishPlural('privacy breach'), 'privacy breaches');
    assert.equal(englishPlural('smart city'), 'smart cities');
    assert.deepEqual(fixes('Des ensembles de données, des smart cities et des e-mails.'), ['ensembles de données → jeux de données', 'smart cities → villes intelligentes', 'e-mails → courriels']);
  });

  it('elision and contraction: the article before the term is mended with the fix', () => {
    assert.deepEqual(fixes('L’ensemble de données est publié.'), ['L’ensemble de données → Le jeu de données']);
    assert.deepEqual(fixes('La liste d’ensembles de données.'), ['d’ensembles de données → de jeux de données']);
    assert.deepEqual(fixes("La taille de l'ensemble de données."), ["de l'ensemble de données → du jeu de données"]);
    assert.deepEqual(fixes('Grâce à l’open data, la ville innove.'), ['à l’open data → aux données ouvertes']);
    assert.deepEqual(fixes('Le rôle de l’open data.'), ['de l’open data → des données ouvertes']);
    assert.deepEqual(fixes('Consultez la timeline du projet.'), ['la timeline → l’échéancier']);
    assert.deepEqual(fixes('Merci pour le feedback et un feedback de plus.'), ['le feedback → la rétroaction', 'un feedback → une rétroaction']);
    assert.deepEqual(fixes('Cette checklist, la checklist.'), ['checklist → liste de vérification', 'checklist → liste de vérification'], 'the article already agrees');
  });

  it('case and apostrophes: any capitalisation, straight or curly apostrophe, any run of spaces', () => {
    assert.deepEqual(fixes('ENSEMBLE DE DONNÉES. Ensemble  de\u00A0données.'), ['ENSEMBLE DE DONNÉES → JEU DE DONNÉES', 'Ensemble  de\u00A0données → Jeu de données']);
    assert.deepEqual(fixes("Les termes d'utilisation et les termes d’utilisation."), ["termes d'utilisation → conditions d’utilisation", 'termes d’utilisation → conditions d’utilisation']);
  });

  it('English: a forbidden English spelling and its plural', () => {
    assert.deepEqual(fixes('Two councilors and one councilor voted.', 'en'), ['councilors → councillors', 'councilor → councillor']);
    assert.deepEqual(fixes('Two councillors voted.', 'en'), []);
  });

  it('approved forms count with their plurals, accepted forms and either apostrophe', () => {
    assert.ok(approvedForms(TERM_BASE.find((e) => e.id === 'dataset')!, 'en').includes('data sets'));
    const ids = (text: string, lang: 'en' | 'fr') => findApproved(text, TERM_BASE, lang).map((m) => m.entry.id);
    assert.ok(ids('Les jeux de données publiés', 'fr').includes('dataset'));
    assert.ok(ids('The Council Champions met.', 'en').includes('council-champion'));
    assert.ok(ids('Les membres répondants du conseil', 'fr').includes('council-champion'));
    assert.ok(ids("La trousse d'outils", 'fr').includes('toolkit'));
  });
});

describe('term base: look-alikes left alone', () => {
  it('names: every word capitalised (a licence, an organisation), or a capitalised word inside a sentence', () => {
    assert.deepEqual(fixes('Sous licence Open Source, selon la Mozilla Public License ou la Open Data Charter.'), []);
    assert.deepEqual(fixes('Les sites d’Open Source Initiative et le Parking Saint-Roch.'), []);
    // A capital that opens a sentence is the word's, not a name's.
    assert.deepEqual(fixes('Open data : voir la politique.'), ['Open data → Données ouvertes']);
  });

  it('addresses, file names, longer words and compounds', () => {
    assert.deepEqual(fixes('Écrivez à info@email.ca, voyez blog.example.ca, le fichier dataset.csv, un sous-ensemble de données, la mailbox, le staffing.'), []);
  });

  it('French words that look like a variant: « mail » (a promenade), « empreinte digitale », « champion » alone', () => {
    assert.deepEqual(fixes('Le mail piétonnier, son empreinte digitale, un champion de la cause, la réunion du comité.'), []);
  });

  it('in a document: code spans, code blocks, link addresses and HTML attributes', async () => {
    const en = '# Data\n\nUse the `dataset` key and [the portal](https://example.ca/dataset).\n\n```\ndataset: 1\n```\n\n<a download="dataset.csv" href="https://blog.example.ca">the file</a>\n';
    const fr = '# Données\n\nUtilisez la clé `dataset` et [le portail](https://example.ca/dataset).\n\n```\ndataset: 1\n```\n\n<a download="dataset.csv" href="https://blog.example.ca">le fichier</a>\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, fr), 'terminology'), []);
  });

  it('a fix in the document replaces the elided article with the term', async () => {
    const findings = ofRule(await checkPairTexts('# Data\n\nThe size of the dataset matters.\n', '# Données\n\nLa taille de l’ensemble de données compte.\n'), 'terminology');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fix?.text, 'du jeu de données');
    assert.deepEqual(findings[0]!.fix?.range, { start: { line: 2, column: 10 }, end: { line: 2, column: 34 } });
  });
});
