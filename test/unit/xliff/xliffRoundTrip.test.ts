import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { applyXliff, readXliff, writeXliff, xliffUnits, XLIFF_MESSAGE_IDS } from '../../../src/core/xliff';
import { xliffMessages } from '../../../src/core/xliff/xliffMessages';
import { EN, FR } from './pairFixture';

function exportPair(en: string, fr: string | undefined): string {
  const units = xliffUnits(buildDocument('a.en.md', en, 'en'), fr === undefined ? undefined : buildDocument('a.fr.md', fr, 'fr'));
  return writeXliff({ enPath: 'a.en.md', frPath: 'a.fr.md', srcLang: 'en', trgLang: 'fr', units });
}

function importPair(xml: string, en: string, fr: string | undefined) {
  const read = readXliff(xml);
  assert.ok(read.ok, JSON.stringify(read));
  const units = xliffUnits(buildDocument('a.en.md', en, 'en'), fr === undefined ? undefined : buildDocument('a.fr.md', fr, 'fr'));
  return applyXliff(read.xliff, units, en, fr);
}

/** A strict XML parse: any well-formedness error throws. */
function strictParse(xml: string) {
  return new DOMParser({ onError: (level: string, msg: string) => { if (level !== 'warning') throw new Error(msg); } }).parseFromString(xml, 'text/xml');
}

describe('xliff', () => {
  it('exports well-formed XLIFF 2.1 core structure', () => {
    const doc = strictParse(exportPair(EN, FR));
    const root = doc.documentElement!;
    assert.equal(root.localName, 'xliff');
    assert.equal(root.namespaceURI, 'urn:oasis:names:tc:xliff:document:2.0');
    assert.equal(root.getAttribute('version'), '2.1');
    assert.equal(root.getAttribute('srcLang'), 'en');
    assert.equal(root.getAttribute('trgLang'), 'fr');
    const units = Array.from(doc.getElementsByTagName('unit'));
    assert.ok(units.length >= 4, `units: ${units.length}`);
    for (const unit of units) {
      assert.equal(unit.parentNode!.nodeName, 'file');
      const segment = Array.from(unit.childNodes).filter((n) => n.nodeName === 'segment');
      assert.equal(segment.length, 1);
      const kids = Array.from(segment[0].childNodes).filter((n) => n.nodeType === 1).map((n) => n.nodeName);
      assert.deepEqual(kids, ['source', 'target']);
    }
    // Inline Markdown is protected as codes, never left in the translatable text.
    const source = Array.from(doc.getElementsByTagName('source')).map(String).find((s) => s.includes('all'))!;
    assert.match(source, /<ph id="\d+" dataRef="d\d+"[^>]*\/>all<ph/);
    assert.doesNotMatch(source.replace(/<[^>]*>/g, ""), /\*\*|https:/);
    // The code block has nothing to translate: no unit.
    assert.doesNotMatch(exportPair(EN, FR), /curl/);
  });

  it('gives back the French file unchanged when imported as exported', () => {
    const result = importPair(exportPair(EN, FR), EN, FR);
    assert.ok(result.ok);
    assert.equal(result.text, FR);
  });

  it('keeps CRLF, tabs and characters XML cannot hold', () => {
    const en = EN.replace(/\n/g, '\r\n').replace('all', 'all\u0001\t');
    const fr = FR.replace(/\n/g, '\r\n').replace('tous', 'tous\u0002\uFFFF');
    const xml = exportPair(en, fr);
    strictParse(xml);
    const result = importPair(xml, en, fr);
    assert.ok(result.ok);
    assert.equal(result.text, fr);
  });

  it('lands an edited target in its block with the structure intact', () => {
    const xml = exportPair(EN, FR).replace('Premier élément avec', 'Tout premier élément, avec');
    const result = importPair(xml, EN, FR);
    assert.ok(result.ok);
    assert.equal(result.text, FR.replace('Premier élément avec', 'Tout premier élément, avec'));
  });

  it('fills a French file that lacks a block, and builds a new one from the English skeleton', () => {
    const fr = FR.replace('- Premier élément avec *emphase*\n- Deuxième élément\n\n', '');
    const xml = exportPair(EN, fr);
    // As a CAT tool would: copy the source into the missing target, then translate.
    const filled = xml.replace(/(<source xml:space="preserve">((?:(?!<\/source>)[\s\S])*First item[\s\S]*?)<\/source>)/, '$1<target xml:space="preserve">$2</target>').replace(/<target xml:space="preserve">((?:(?!<\/target>)[\s\S])*)First item with/, '<target xml:space="preserve">$1Premier avec');
    const result = importPair(filled, EN, fr);
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(result.text, /\.\n\n- Premier avec \*emphasis\*\n- Second item\n\n```sh/);
    const fresh = importPair(exportPair(EN, undefined), EN, undefined);
    assert.ok(fresh.ok);
    assert.equal(fresh.text, EN);
  });

  it('refuses a target that lost a code, naming the unit', () => {
    const xml = exportPair(EN, FR).replace(/(<target xml:space="preserve">La Ville publie )<ph [^>]*\/>/, '$1');
    const result = importPair(xml, EN, FR);
    assert.ok(!result.ok);
    assert.equal(result.problems[0].messageId, 'xliffCodesMissing');
    assert.match(String(result.problems[0].args!.unit), /^b\d+$/);
  });

  it('refuses malformed XML, other languages and units that are not the pair’s', () => {
    const xml = exportPair(EN, FR);
    const bad = readXliff(xml.replace('</file>', ''));
    assert.ok(!bad.ok);
    assert.equal(bad.problem.messageId, 'xliffNotXml');
    const de = readXliff(xml.replace('trgLang="fr"', 'trgLang="de"'));
    assert.ok(de.ok);
    const units = xliffUnits(buildDocument('a.en.md', EN, 'en'), buildDocument('a.fr.md', FR, 'fr'));
    assert.equal((applyXliff(de.xliff, units, EN, FR) as { problems: Array<{ messageId: string }> }).problems[0].messageId, 'xliffLanguages');
    const other = readXliff(xml.replace(/unit id="b(\d+)"/, 'unit id="b99$1"'));
    assert.ok(other.ok);
    assert.equal((applyXliff(other.xliff, units, EN, FR) as { problems: Array<{ messageId: string }> }).problems[0].messageId, 'xliffUnitsMismatch');
  });

  it('makes units of the front matter values that are words, written back as valid YAML', () => {
    const xml = exportPair(EN, FR);
    assert.match(xml, /<unit id="fm\.title">[\s\S]*?<source xml:space="preserve">Open data<\/source>\s*<target xml:space="preserve">Données ouvertes<\/target>/);
    assert.doesNotMatch(xml, /unit id="fm\.lang"/);
    const result = importPair(xml.replace('>Données ouvertes</target>', '>Données : ouvertes # oui</target>'), EN, FR);
    assert.ok(result.ok);
    assert.equal(result.text, FR.replace('title: Données ouvertes', 'title: "Données : ouvertes # oui"'));
    assert.equal(buildDocument('a.fr.md', result.text, 'fr').frontMatter!.data.title, 'Données : ouvertes # oui');
    const quoted = FR.replace('title: Données ouvertes', 'title: "Données ouvertes"');
    const requoted = importPair(exportPair(EN, quoted).replace('>Données ouvertes</target>', '>Les « données » "ouvertes"</target>'), EN, quoted);
    assert.ok(requoted.ok);
    assert.match(requoted.text, /^title: "Les « données » \\"ouvertes\\""$/m);
    assert.equal(buildDocument('a.fr.md', requoted.text, 'fr').frontMatter!.data.title, 'Les « données » "ouvertes"');
  });

  it('joins the segments and ignorables of a unit a CAT tool split into sentences', () => {
    const en = 'One sentence here. Another one there.\n';
    const fr = 'Une phrase ici. Une autre là.\n';
    const xml = exportPair(en, fr);
    const split = xml.replace(
      /<segment state="translated">[\s\S]*<\/segment>/,
      '<segment><source>One sentence here.</source><target>Une seule phrase ici.</target></segment><ignorable><source> </source></ignorable>' +
        '<segment><source>Another one there.</source><target>Une autre là.</target></segment>',
    );
    const result = importPair(split, en, fr);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.text, 'Une seule phrase ici. Une autre là.\n');
    // Half translated: refused, not mixed with English.
    const half = readXliff(split.replace('<target>Une autre là.</target>', ''));
    assert.ok(!half.ok);
    assert.equal(half.problem.messageId, 'xliffPartlyTranslated');
  });

  it('words every refusal in both languages', () => {
    for (const id of XLIFF_MESSAGE_IDS) {
      assert.ok((xliffMessages.en as Record<string, string>)[id], id);
      assert.ok((xliffMessages.fr as Record<string, string>)[id], id);
    }
  });

  it('round-trips every sample pair unchanged', () => {
    for (const folder of ['samples/policy', 'samples/toolkit', 'test/fixtures/markdown-toolkit']) {
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.en.md'))) {
        const en = readFileSync(join(folder, name), 'utf8');
        const fr = readFileSync(join(folder, name.replace('.en.md', '.fr.md')), 'utf8');
        const result = importPair(exportPair(en, fr), en, fr);
        assert.ok(result.ok, name);
        assert.equal(result.text, fr, name);
      }
    }
  });
});
