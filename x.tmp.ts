import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from './src/core/markdown/buildDocument';
import { applyXliff, readXliff, writeXliff, xliffUnits } from './src/core/xliff';
const [dir, pairsFile] = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(pairsFile, 'utf8')).pairs as Array<{ en: string; fr: string }>;
let ok = 0, bad = 0, units = 0, targets = 0, fail = 0;
for (const p of pairs) {
  const en = readFileSync(join(dir, p.en), 'utf8'), fr = readFileSync(join(dir, p.fr), 'utf8');
  try {
    const u = xliffUnits(buildDocument(p.en, en, 'en'), buildDocument(p.fr, fr, 'fr'));
    units += u.length; targets += u.filter((x) => x.target).length;
    const r = readXliff(writeXliff({ enPath: p.en, frPath: p.fr, srcLang: 'en', trgLang: 'fr', units: u }));
    if (!r.ok) { bad++; console.log('READ', p.en, r.problem); continue; }
    const u2 = xliffUnits(buildDocument(p.en, en, 'en'), buildDocument(p.fr, fr, 'fr'));
    const a = applyXliff(r.xliff, u2, en, fr);
    if (a.ok && a.text === fr) ok++; else { bad++; console.log('DIFF', p.en, a.ok ? 'text differs' : JSON.stringify(a.problems)); }
  } catch (e) { fail++; console.log('THROW', p.en, (e as Error).message); }
}
console.log({ pairs: pairs.length, ok, bad, fail, units, targets });
