import { strict as assert } from 'node:assert';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

const EN = '# Water\n\nThe water of the city and the tools of today.\n';
const found = async (fr: string) => ofRule(await checkPairTexts(EN, fr), 'apostrophes').map((f) => [f.range.start.line, fr.split('\n')[f.range.start.line][f.range.start.column], f.fix?.text]);

describe('apostrophes: one kind per French file', () => {
  it('reports the apostrophes a file writes less, with the one it writes most as the fix', async () => {
    assert.deepEqual(await found("# L’eau\n\nL’eau de la ville, l’outil d’aujourd'hui.\n"), [[2, "'", '’']]);
    assert.deepEqual(await found("# L'eau\n\nL'eau de la ville, l'outil d’aujourd'hui.\n"), [[2, '’', "'"]]);
    // A tie goes to the typographic apostrophe.
    assert.deepEqual(await found("# Eau\n\nL’eau et l'outil.\n"), [[2, "'", '’']]);
  });

  it('leaves a file that writes one kind, quotes around a word, code, addresses and front matter alone', async () => {
    assert.deepEqual(await found('# L’eau\n\nL’eau de la ville et l’outil d’aujourd’hui.\n'), []);
    assert.deepEqual(await found("---\ntitle: L'eau\n---\n\n# L’eau\n\nL’eau, le mot 'eau', `l'outil`, https://a.ca/l'eau et {{l'eau}}.\n"), []);
  });

  it('leaves English files alone', async () => {
    assert.deepEqual(ofRule(await checkPairTexts("# Water\n\nThe city’s water and today's tools.\n", '# L’eau\n\nL’eau.\n'), 'apostrophes'), []);
  });
});
