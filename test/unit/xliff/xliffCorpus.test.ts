import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { CORPORA, plannedCorpus } from '../helpers/corpusFiles';
import { applyXliff, readXliff, writeXliff, writeXliff12, xliffUnits } from '../../../src/core/xliff';



/** Export → import of every pair of the real corpora, unchanged and with one target edited as a CAT tool would. */
describe('xliff round trip on the real corpora', function () {
  this.timeout(300000);
  for (const corpus of ['gcds-docs', 'open-source-logiciel-libre']) {
    it(`gives back every French file of ${corpus} unchanged (XLIFF 2.1 and 1.2), and lands an edit in its block`, function () {
      const dir = join(CORPORA, corpus);
      if (!existsSync(dir)) this.skip();
      const { text, plan } = plannedCorpus(dir);
      const pairs = plan.pairing.pairs;
      assert.ok(pairs.length >= 5);
      for (const p of pairs) {
        const en = text.get(p.en)!;
        const fr = text.get(p.fr)!;
        const units = xliffUnits(buildDocument(p.en, en, 'en'), buildDocument(p.fr, fr, 'fr'));
        const xliff = { enPath: p.en, frPath: p.fr, srcLang: 'en', trgLang: 'fr', units };
        const v12 = readXliff(writeXliff12(xliff));
        assert.ok(v12.ok && v12.xliff.version === '1.2', p.en);
        const same12 = applyXliff(v12.xliff, units, en, fr);
        assert.ok(same12.ok && same12.text === fr, `${p.en} (XLIFF 1.2)`);
        const read = readXliff(writeXliff(xliff));
        assert.ok(read.ok, p.en);
        const same = applyXliff(read.xliff, units, en, fr);
        assert.ok(same.ok && same.text === fr, p.en);
        const i = units.findIndex((u) => u.target?.at(-1)?.kind === 'text');
        if (i < 0) continue;
        read.xliff.units[i].target!.at(-1)!.value += ' (révisé)';
        const edited = applyXliff(read.xliff, units, en, fr);
        const end = units[i].frSpan![1];
        assert.ok(edited.ok && edited.text === fr.slice(0, end) + ' (révisé)' + fr.slice(end), p.en);
      }
    });
  }
});
