import assert from 'node:assert/strict';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';
import { findForbiddenFrench } from '../../../src/core/terminology/findTerms';
import { TERM_BASE } from '../../../src/core/terminology/termBase';
import Ajv from 'ajv';
import schema from '../../../schemas/term-base.schema.json';
import base from '../../../terms/term-base.json';

const found = (text: string) => findForbiddenFrench(text, TERM_BASE).map((m) => `${m.found}→${m.approved}`);

describe('terminology', () => {
  it('the term base follows its schema and its ids are unique', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(base), JSON.stringify(validate.errors));
    assert.equal(new Set(TERM_BASE.map((e) => e.id)).size, TERM_BASE.length);
  });

  it('finds forbidden variants with their plural, capital and elision', () => {
    assert.deepEqual(found('Envoyez un e-mail. Des ensembles de données. L’ensemble de données. Emails reçus.'), [
      'e-mail→courriel',
      'ensembles de données→jeux de données',
      'ensemble de données→jeu de données',
      'Emails→Courriels',
    ]);
  });

  it('leaves addresses, longer words and approved terms alone', () => {
    assert.deepEqual(found('Écrivez à info@email.ca ou sur mail.example.ca, la mailbox, un courriel, des jeux de données, un hashtags-like.'), []);
  });

  it('leaves a passage that names the approved term too (a definition), and still reports the next one', async () => {
    const fr = '# Termes\n\n- **Jeu de données** : ensemble de données liées.\n- Un ensemble de données ouvert.\n';
    const findings = ofRule(await checkPairTexts('# Terms\n\n- **Dataset**: related data.\n- An open dataset.\n', fr), 'terminology');
    assert.deepEqual(findings.map((f) => f.range.start.line), [3]);
  });

  it('leaves a passage in English (the untranslated rule’s) and finds the variant in French prose', async () => {
    const en = '# Lead\n\nThe open data lead coordinates the program and reports to council once a year.\n';
    const copied = ofRule(await checkPairTexts(en, '# Responsable\n\nThe open data lead coordinates the program and reports to council once a year.\n'), 'terminology');
    assert.deepEqual(copied, []);
    const french = ofRule(await checkPairTexts(en, '# Responsable\n\nLa personne responsable de l’open data coordonne le programme et rend compte au conseil.\n'), 'terminology');
    assert.deepEqual(french.map((f) => f.fix?.text), ['des données ouvertes']);
  });

  it('reports in French files only, with the approved term as the fix; never inside code', async () => {
    const findings = ofRule(await checkPairTexts('# Mail\n\nSend an e-mail, not `e-mail`.\n', '# Courriel\n\nEnvoyez un e-mail, pas `e-mail`.\n'), 'terminology');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.file, 'doc.fr.md');
    assert.equal(findings[0]!.severity, 'warning');
    assert.deepEqual(findings[0]!.fix?.range, { start: { line: 2, column: 11 }, end: { line: 2, column: 17 } });
    assert.equal(findings[0]!.fix?.text, 'courriel');
  });
});
