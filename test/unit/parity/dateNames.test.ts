import { strict as assert } from 'node:assert';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

const EN = '# Meeting\n\nThe council meets on Monday, March 15, 2026.\n';
const found = async (fr: string, en = EN) => ofRule(await checkPairTexts(en, fr), 'date-case').map((f) => [fr.split('\n')[f.range.start.line].slice(f.range.start.column, f.range.end.column), f.fix?.text]);

describe('date-case: French month and day names in lower case', () => {
  it('finds a capital month or day inside a sentence, with the lower case as its fix', async () => {
    assert.deepEqual(await found('# Réunion\n\nLe conseil se réunit le Lundi 15 Mars 2026.\n'), [['Lundi', 'lundi'], ['Mars', 'mars']]);
    assert.deepEqual(await found('# Réunion\n\nLa séance est reportée en Septembre, puis au 1er Mai.\n'), [['Septembre', 'septembre'], ['Mai', 'mai']]);
  });

  it('leaves the first word of a sentence, a heading and an item, quotations, capitals and a correct passage alone', async () => {
    assert.deepEqual(await found('# Mars 2026\n\nJuillet à septembre 2026. Lundi, le conseil siège.\n\n- Mardi 3 mars\n'), []);
    assert.deepEqual(await found('# Réunion\n\nLe rapport « Bilan de Juin » paraît le 15 mars. SÉANCE DU 15 MARS.\n'), []);
    assert.deepEqual(await found('# Réunion\n\nLe conseil se réunit le lundi 15 mars 2026.\n'), []);
  });

  it('leaves names alone: the planet, several capitalised words, a hyphenated street, words of the English file', async () => {
    assert.deepEqual(await found('# Réunion\n\nLa mission vers Mars part du parc du 24-Juin, près de la Place Avril Lavoie.\n'), []);
    assert.deepEqual(await found('# Réunion\n\nLe conseil siège au Centre Mars le 15 mars.\n'), []);
    // A word the English file writes too is a name (here a committee).
    assert.deepEqual(await found('# Réunion\n\nLe comité Vendredi se réunit.\n', '# Meeting\n\nThe Vendredi committee meets.\n'), []);
  });

  it('never reads code, addresses or English files', async () => {
    assert.deepEqual(await found('# Réunion\n\nVoir `le 15 Mars` et https://exemple.ca/le-15-Mars.\n'), []);
    assert.deepEqual(ofRule(await checkPairTexts('# Meeting\n\nOn Lundi 15 Mars.\n', '# Réunion\n\nLe 15 mars.\n'), 'date-case'), []);
  });
});
