import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { applyXliff, readXliff, reviewedUnits, unwritableIn12, writeXliff, writeXliff12, xliffUnits } from '../../../src/core/xliff';
import { reviewEdit } from '../../../src/core/review/reviewEdit';
import { EN, FR } from './pairFixture';

const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';

function units(en: string, fr: string | undefined) {
  return xliffUnits(buildDocument('a.en.md', en, 'en'), fr === undefined ? undefined : buildDocument('a.fr.md', fr, 'fr'));
}

function export12(en: string, fr: string | undefined, reviewed?: Set<string>): string {
  return writeXliff12({ enPath: 'a.en.md', frPath: 'a.fr.md', srcLang: 'en', trgLang: 'fr', units: units(en, fr), reviewed });
}

function importXml(xml: string, en: string, fr: string | undefined) {
  const read = readXliff(xml);
  assert.ok(read.ok, JSON.stringify(read));
  return applyXliff(read.xliff, units(en, fr), en, fr);
}

function strictParse(xml: string) {
  return new DOMParser({ onError: (level: string, msg: string) => { if (level !== 'warning') throw new Error(msg); } }).parseFromString(xml, 'text/xml');
}

const el = (parent: { childNodes: ArrayLike<unknown> }, name: string) => Array.from(parent.childNodes as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.localName === name);

describe('xliff 1.2', () => {
  it('exports the XLIFF 1.2 structure: file with languages and datatype, body, trans-units, ph codes', () => {
    const doc = strictParse(export12(EN, FR));
    const root = doc.documentElement!;
    assert.equal(root.namespaceURI, NS12);
    assert.equal(root.getAttribute('version'), '1.2');
    const [file] = el(root, 'file');
    assert.equal(file.getAttribute('source-language'), 'en');
    assert.equal(file.getAttribute('target-language'), 'fr');
    assert.equal(file.getAttribute('datatype'), 'x-markdown');
    assert.equal(file.getAttribute('original'), 'a.en.md');
    const [body] = el(file, 'body');
    const tus = el(body, 'trans-unit');
    assert.ok(tus.length >= 4);
    for (const tu of tus) {
      assert.deepEqual(el(tu, 'source').length, 1);
      const [target] = el(tu, 'target');
      assert.equal(target.getAttribute('state'), 'translated');
    }
    const source = tus.map((tu) => String(el(tu, 'source')[0])).find((s) => s.includes('all'))!;
    // The Markdown is the native code inside the tag, never in the translatable text.
    assert.match(source, /<ph id="\d+" equiv-text="\*\*">\*\*<\/ph>all<ph/);
    assert.doesNotMatch(source.replace(/<ph[^>]*>[\s\S]*?<\/ph>/g, ''), /\*\*|https:/);
  });

  it('gives back every sample pair unchanged, and lands an edited target in its block', () => {
    assert.ok(importXml(export12(EN, FR), EN, FR).ok);
    assert.equal((importXml(export12(EN, FR), EN, FR) as { text: string }).text, FR);
    const edited = importXml(export12(EN, FR).replace('Premier élément avec', 'Tout premier élément, avec'), EN, FR);
    assert.ok(edited.ok);
    assert.equal(edited.text, FR.replace('Premier élément avec', 'Tout premier élément, avec'));
    const crlf = FR.replace(/\n/g, '\r\n');
    const enCrlf = EN.replace(/\n/g, '\r\n');
    assert.equal((importXml(export12(enCrlf, crlf), enCrlf, crlf) as { text: string }).text, crlf);
    for (const folder of ['samples/policy', 'samples/toolkit', 'test/fixtures/markdown-toolkit']) {
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.en.md'))) {
        const en = readFileSync(join(folder, name), 'utf8');
        const fr = readFileSync(join(folder, name.replace('.en.md', '.fr.md')), 'utf8');
        const result = importXml(export12(en, fr), en, fr);
        assert.ok(result.ok, name);
        assert.equal(result.text, fr, name);
      }
    }
    const fresh = importXml(export12(EN, undefined), EN, undefined);
    assert.ok(fresh.ok);
    assert.equal(fresh.text, EN);
  });

  it('reads what a 1.2 CAT tool writes back: <x/> for a source code, sentence <mrk>, untranslated states', () => {
    const en = 'One sentence **here**. Another one there.\n';
    const fr = 'Une phrase **ici**. Une autre là.\n';
    const xml = export12(en, fr).replace(
      /<target state="translated">[\s\S]*?<\/target>/,
      '<target state="needs-review-translation"><mrk mtype="seg" mid="1">Une seule phrase <x id="1"/>ici<ph id="2"/>.</mrk> <mrk mtype="seg" mid="2">Une autre là.</mrk></target>',
    );
    const result = importXml(xml, en, fr);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.text, 'Une seule phrase **ici**. Une autre là.\n');
    // A target the tool marks as not translated (a copy of the source) is not imported.
    const copied = importXml(export12(en, undefined).replace('</source>', '</source><target state="needs-translation">One sentence <ph id="1">**</ph>here<ph id="2">**</ph>. Another one there.</target>'), en, undefined);
    assert.ok(copied.ok);
    assert.equal(copied.text, en);
  });

  it('refuses a target that lost a code, naming the unit, and a <g> it cannot write back', () => {
    const lost = importXml(export12(EN, FR).replace(/(<target state="translated">La Ville publie )<ph [^>]*>[^<]*<\/ph>/, '$1'), EN, FR);
    assert.ok(!lost.ok);
    assert.equal(lost.problems[0].messageId, 'xliffCodesMissing');
    assert.match(String(lost.problems[0].args!.unit), /^b\d+$/);
    const g = readXliff(export12(EN, FR).replace('>Premier élément avec', '><g id="9">Premier</g> élément avec'));
    assert.ok(!g.ok);
    assert.equal(g.problem.messageId, 'xliffUnexpectedElement');
    const v = readXliff(export12(EN, FR).replace('version="1.2"', 'version="1.1"'));
    assert.ok(!v.ok);
    assert.equal(v.problem.messageId, 'xliffVersion');
  });

  it('says which unit holds a character XLIFF 1.2 cannot hold, where 2.1 takes it', () => {
    const fr = FR.replace('tous', 'tous\u0002');
    const problem = unwritableIn12(units(EN, fr));
    assert.equal(problem?.messageId, 'xliff12Unwritable');
    assert.equal(problem?.args?.code, 'U+0002');
    assert.throws(() => export12(EN, fr));
  });
});

describe('xliff reviewed state', () => {
  const reviewedFr = (fr: string) => {
    const result = reviewEdit(buildDocument('a.en.md', EN, 'en'), buildDocument('a.fr.md', fr, 'fr'), { kind: 'file' });
    assert.ok(result.ok);
    return fr.slice(0, result.edit.start) + result.edit.text + fr.slice(result.edit.end);
  };

  it('marks reviewed the units of sections reviewed against the English as it is now, in both versions', () => {
    const fr = reviewedFr(FR);
    const en = buildDocument('a.en.md', EN, 'en');
    const u = xliffUnits(en, buildDocument('a.fr.md', fr, 'fr'));
    const reviewed = reviewedUnits(en, buildDocument('a.fr.md', fr, 'fr'), u);
    // Every block unit is reviewed; front matter values belong to no section.
    assert.deepEqual([...reviewed], u.filter((x) => !x.yaml).map((x) => x.id));
    const x21 = writeXliff({ enPath: 'a.en.md', frPath: 'a.fr.md', srcLang: 'en', trgLang: 'fr', units: u, reviewed });
    assert.match(x21, /<unit id="b\d+">\s*(<originalData>[\s\S]*?<\/originalData>\s*)?<segment state="reviewed">/);
    assert.match(x21, /<unit id="fm\.title">\s*<segment state="translated">/);
    assert.match(writeXliff12({ enPath: 'a.en.md', frPath: 'a.fr.md', srcLang: 'en', trgLang: 'fr', units: u, reviewed }), /<target state="signed-off">/);
    // The English changed since the review: that section is translated again, not reviewed.
    const changed = EN.replace('Second item', 'Second item, changed');
    const enChanged = buildDocument('a.en.md', changed, 'en');
    const u2 = xliffUnits(enChanged, buildDocument('a.fr.md', fr, 'fr'));
    const again = reviewedUnits(enChanged, buildDocument('a.fr.md', fr, 'fr'), u2);
    assert.equal(again.size, 0);
    // Never reviewed: nothing reviewed.
    assert.equal(reviewedUnits(en, buildDocument('a.fr.md', FR, 'fr'), u).size, 0);
  });
});
