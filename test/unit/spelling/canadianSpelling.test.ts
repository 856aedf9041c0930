import assert from 'node:assert/strict';
import Ajv from 'ajv';
import schema from '../../../schemas/canadian-spelling.schema.json';
import list from '../../../terms/canadian-spelling.json';
import { CANADIAN_SPELLING } from '../../../src/core/spelling/canadianSpelling';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

const FR = '# Couleur\n\nLa couleur du centre.\n';
const found = async (en: string, fr = FR, config = {}) =>
  ofRule(await checkPairTexts(en, fr, config), 'canadian-spelling').map((f) => [en.split('\n')[f.range.start.line].slice(f.range.start.column, f.range.end.column), f.fix?.text]);

describe('canadian-spelling', () => {
  it('the list follows its schema, cites known sources, ids are unique and no accepted word is a form to avoid', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(list), JSON.stringify(validate.errors));
    const ids = CANADIAN_SPELLING.entries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const e of CANADIAN_SPELLING.entries) for (const s of e.sources) assert.ok(CANADIAN_SPELLING.sources[s], `${e.id}: unknown source ${s}`);
    const forms = new Set(CANADIAN_SPELLING.entries.flatMap((e) => Object.keys(e.forms)));
    for (const w of CANADIAN_SPELLING.accepted ?? []) assert.ok(!forms.has(w), w);
    // -ize and -ise are both Canadian; honorary and humorous keep their spelling.
    for (const w of ['organize', 'organization', 'analyze', 'analyse', 'honorary', 'humorous', 'coloration', 'program']) assert.ok(!forms.has(w), w);
  });

  it('finds US and British spellings with the Canadian form in the same case as the fix', async () => {
    assert.deepEqual(await found('# Colour\n\nPick a color at the center. The programme traveled far.\n\nColor matters.\n'), [
      ['color', 'colour'],
      ['center', 'centre'],
      ['programme', 'program'],
      ['traveled', 'travelled'],
      ['Color', 'Colour'],
    ]);
  });

  it('reports the noun license, never the verb; the unit meter, never the instrument', async () => {
    assert.deepEqual(await found('# Terms\n\nUse an open license. The licenses differ. We license it; it is licensed and licensing is free. To license code.\n'), [
      ['license', 'licence'],
      ['licenses', 'licences'],
    ]);
    assert.deepEqual(await found('# Size\n\nA 5 meters wide lot and 20 square meters, with a water meter.\n'), [
      ['meters', 'metres'],
      ['meters', 'metres'],
    ]);
  });

  it('leaves names, code, addresses, identifiers, -ize words and a Canadian passage alone', async () => {
    assert.deepEqual(await found('# Names\n\nVisit the Kennedy Center. Center for Open Data is a group. See the Color Tokens page.\n'), []);
    assert.deepEqual(await found('# Code\n\nSet `color` or text_color, .center and https://a.ca/color/center.\n\n```css\ncolor: red;\n```\n'), []);
    assert.deepEqual(await found('# Colour\n\nThe organization will analyze the colour of the centre, and organise a program.\n'), []);
  });

  it('leaves a word the French file writes too, and the project’s words', async () => {
    assert.deepEqual(await found('# Theme\n\nThe gray theme.\n', '# Gris\n\nLe thème gray.\n'), []);
    assert.deepEqual(await found('# Theme\n\nThe gray theme.\n', FR, { rules: { 'canadian-spelling': { words: { en: ['gray'] } } } }), []);
    assert.deepEqual(await found('# Theme\n\nThe gray theme.\n'), [['gray', 'grey']]);
  });

  it('reports in English files only, as info, with a safe fix', async () => {
    const findings = ofRule(await checkPairTexts('# Colour\n\nA colour.\n', '# Couleur\n\nUne color.\n'), 'canadian-spelling');
    assert.deepEqual(findings, []);
    const en = ofRule(await checkPairTexts('# Colour\n\nA color.\n', FR), 'canadian-spelling');
    assert.equal(en[0].severity, 'info');
    assert.equal(en[0].file, 'doc.en.md');
  });
});
