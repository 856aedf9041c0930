import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, plannedCorpus } from '../helpers/corpusFiles';

const CORPUS = join(CORPORA, 'gcds-docs');

/**
 * Pairing by content on a real Eleventy site whose French tree has translated folder and file
 * names (cds-snc/gcds-docs). Each pair below was read in both files and is a true counterpart.
 */
describe('pairing by content on a real corpus (cds-snc/gcds-docs)', function () {
  this.timeout(60000);
  let plan: ReturnType<typeof plannedCorpus>['plan'];
  before(function () {
    if (!existsSync(CORPUS)) this.skip();
    plan = plannedCorpus(CORPUS).plan;
  });

  it('pairs the translated trees that were read by hand, and nothing crosses folders', () => {
    const byContent = new Map(plan.pairing.pairs.filter((p) => p.pairedBy === 'content').map((p) => [p.en, p.fr]));
    const reviewed: Record<string, string> = {
      'src/en/components/button/base.md': 'src/fr/composants/bouton/base.md',
      'src/en/components/details/preview.md': 'src/fr/composants/details/preview.md',
      'src/en/components/card/preview.md': 'src/fr/composants/carte/preview.md',
      'src/en/components/data-table/base.md': 'src/fr/composants/tableau-de-donnees/base.md',
      'src/en/components/image/base.md': 'src/fr/composants/image/base.md',
      'src/en/components/radio-group/base.md': 'src/fr/composants/groupe-de-boutons-radio/base.md',
      'src/en/components/checkbox/base.md': 'src/fr/composants/case-a-cocher/base.md',
      'src/en/css-shortcuts/conditional-rendering.md': 'src/fr/raccourcis-css/styles-conditionnels.md',
      'src/en/css-shortcuts/typography.md': 'src/fr/raccourcis-css/Typographie.md',
      'src/en/css-shortcuts/spacing.md': 'src/fr/raccourcis-css/espacement.md',
    };
    for (const [en, fr] of Object.entries(reviewed)) assert.equal(byContent.get(en), fr, en);
    // Every other file of a component's folder is paired by translationKey: a content pair
    // must join the same two folders.
    const folderOf = (p: string) => p.slice(0, p.lastIndexOf('/'));
    const keyed = new Map(plan.pairing.pairs.filter((p) => p.pairedBy === 'translationKey').map((p) => [folderOf(p.en), folderOf(p.fr)]));
    for (const [en, fr] of byContent) if (keyed.has(folderOf(en))) assert.equal(keyed.get(folderOf(en)), folderOf(fr), `${en} → ${fr}`);
  });

  it('leaves the pages with too little evidence unpaired, naming the right candidate', () => {
    // `success` ↔ `succes` share an untranslated title and a number, `error` ↔ `erreur` a number:
    // true counterparts, but one coincidence each is not enough to pair on.
    const left = new Map(plan.pairing.unpaired.map((u) => [u.path, u.candidate?.path]));
    assert.equal(left.get('src/en/unsubscribe/success.md'), 'src/fr/se-desabonner/succes.md');
    assert.equal(left.get('src/fr/se-desabonner/succes.md'), 'src/en/unsubscribe/success.md');
    assert.equal(left.get('src/fr/contactez/merci.md'), 'src/en/contact/thanks.md');
    assert.ok(left.has('src/en/unsubscribe/error.md'));
    assert.ok(left.size <= 6, [...left.keys()].join(', '));
  });
});
