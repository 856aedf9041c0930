import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { writeXliff, writeXliff12, xliffUnits } from '../../../src/core/xliff';
import { cli } from '../helpers/tempProject';
import { CORPORA, markdownFiles, plannedCorpus } from '../helpers/corpusFiles';

const ROOT = resolve(__dirname, '../../..');
const SCHEMAS = join(ROOT, 'test/fixtures/xliff-schemas');
const SCHEMA_OF = { '2.1': 'xliff-core-2.xsd', '1.2': 'xliff-core-1.2.xsd' } as const;
type Version = keyof typeof SCHEMA_OF;

/** The schema errors of each file (libxml2's own messages), empty when every file is valid. */
async function schemaErrors(version: Version, files: Array<{ name: string; xml: string }>): Promise<string[]> {
  const schema = SCHEMA_OF[version];
  const r = await validateXML({
    xml: files.map((f) => ({ fileName: f.name, contents: f.xml })),
    schema: [{ fileName: schema, contents: readFileSync(join(SCHEMAS, schema), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(SCHEMAS, 'xml.xsd'), 'utf8') }],
  });
  return r.errors.map((e) => e.rawMessage);
}


/** What `toolkit-check xliff export` writes for every English file of the samples, notes and states included. */
async function sampleExports(version: Version): Promise<Array<{ name: string; xml: string }>> {
  const dir = mkdtempSync(join(tmpdir(), 'xliff-schema-'));
  try {
    cpSync(join(ROOT, 'samples'), dir, { recursive: true });
    const english = markdownFiles(dir).filter((f) => /\.en\.md$/.test(f.path));
    assert.ok(english.length >= 2, 'the samples have English files');
    const out: Array<{ name: string; xml: string }> = [];
    for (const f of english) {
      const name = f.path.replace(/\//g, '_') + '.xlf';
      const r = await cli(['xliff', 'export', f.path, '--out', name, ...(version === '1.2' ? ['--xliff', '1.2'] : [])], dir);
      assert.equal(r.code, 0, r.stderr);
      out.push({ name, xml: readFileSync(join(dir, name), 'utf8') });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The official OASIS schema files are not obtainable offline: these are our transcription of the
// specifications' core structure (test/fixtures/xliff-schemas/README.md), checked by libxml2.
describe('xliff exports against the XLIFF schemas', function () {
  this.timeout(300_000);
  for (const version of ['2.1', '1.2'] as const) {
    it(`every sample export is valid XLIFF ${version}`, async () => {
      const files = await sampleExports(version);
      assert.deepEqual(await schemaErrors(version, files), []);
    });

    it(`a broken XLIFF ${version} export is refused, so the check can fail`, async () => {
      const [file] = await sampleExports(version);
      const broken = version === '2.1'
        ? file.xml.replace(/<unit id="[^"]*">/, '<unit>').replace(/<source /, '<note>?</note><source ')
        : file.xml.replace(/<trans-unit id="[^"]*"/, '<trans-unit').replace(/state="translated"/, 'state="done"');
      const errors = await schemaErrors(version, [{ name: file.name, xml: broken }]);
      assert.ok(errors.length >= 2, errors.join('\n'));
      assert.ok(errors.some((e) => /'id' is required/.test(e)), errors.join('\n'));
    });
  }

  for (const corpus of ['gcds-docs', 'open-source-logiciel-libre']) {
    it(`every pair of the real corpus ${corpus} exports as valid XLIFF 2.1 and 1.2`, async function () {
      const dir = join(CORPORA, corpus);
      if (!existsSync(dir)) this.skip();
      const { text, plan } = plannedCorpus(dir);
      const pairs = plan.pairing.pairs;
      assert.ok(pairs.length >= 5);
      const v2: Array<{ name: string; xml: string }> = [];
      const v12: Array<{ name: string; xml: string }> = [];
      for (const p of pairs) {
        const units = xliffUnits(buildDocument(p.en, text.get(p.en)!, 'en'), buildDocument(p.fr, text.get(p.fr)!, 'fr'));
        const xliff = { enPath: p.en, frPath: p.fr, srcLang: 'en', trgLang: 'fr', units };
        v2.push({ name: p.en, xml: writeXliff(xliff) });
        v12.push({ name: p.en, xml: writeXliff12(xliff) });
      }
      assert.deepEqual(await schemaErrors('2.1', v2), []);
      assert.deepEqual(await schemaErrors('1.2', v12), []);
    });
  }
});
