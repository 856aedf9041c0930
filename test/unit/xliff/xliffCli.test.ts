import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempProject } from '../helpers/tempProject';

const EN = `# Open data

The city publishes **all** its [datasets](https://example.com/data) every year.

- First item
- Second item
`;
const FR = `# Données ouvertes

La Ville publie **tous** ses [jeux de données](https://example.com/fr/donnees) chaque année.

- Premier élément
- Deuxième élément
`;

describe('toolkit-check xliff', () => {
  let project: ReturnType<typeof tempProject>;
  beforeEach(() => (project = tempProject({ 'docs/page.en.md': EN, 'docs/page.fr.md': FR })));
  afterEach(() => project.cleanup());

  it('exports, then an unchanged import leaves the French file as it was', async () => {
    const exported = await cli(['xliff', 'export', 'docs/page.en.md', '--out', 'page.xlf'], project.dir);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stderr, /3 units \(3 with a French target\) written to page\.xlf/);
    const xml = readFileSync(join(project.dir, 'page.xlf'), 'utf8');
    assert.match(xml, /original="docs\/page\.en\.md" odt:target="docs\/page\.fr\.md"/);
    const imported = await cli(['xliff', 'import', 'page.xlf'], project.dir);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stderr, /unchanged/);
    assert.equal(readFileSync(join(project.dir, 'docs/page.fr.md'), 'utf8'), FR);
  });

  it('writes a translated target only with --write, then checks the pair', async () => {
    await cli(['xliff', 'export', 'docs/page.en.md', '--out', 'page.xlf'], project.dir);
    const xlf = join(project.dir, 'page.xlf');
    writeFileSync(xlf, readFileSync(xlf, 'utf8').replace('Deuxième élément', 'Second élément'));
    const refused = await cli(['xliff', 'import', 'page.xlf'], project.dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--write/);
    assert.equal(readFileSync(join(project.dir, 'docs/page.fr.md'), 'utf8'), FR);
    const written = await cli(['xliff', 'import', 'page.xlf', '--write', '--lang', 'fr'], project.dir);
    assert.ok(written.code === 0 || written.code === 1, written.stderr);
    assert.match(written.stderr, /écrit; vérification de la paire/);
    assert.equal(readFileSync(join(project.dir, 'docs/page.fr.md'), 'utf8'), FR.replace('Deuxième élément', 'Second élément'));
  });

  it('finds a French file with a translated name through the project pairing', async () => {
    const keyed = tempProject({
      'docs/open-data.md': `---\nlang: en\ntranslationKey: open-data\n---\n\n${EN}`,
      'docs/donnees-ouvertes.md': `---\nlang: fr\ntranslationKey: open-data\n---\n\n${FR}`,
    });
    try {
      const r = await cli(['xliff', 'export', 'docs/open-data.md'], keyed.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /odt:target="docs\/donnees-ouvertes\.md"/);
      assert.match(r.stdout, /Deuxième élément/);
    } finally {
      keyed.cleanup();
    }
  });

  it('puts the findings of a block in the notes of its unit', async () => {
    writeFileSync(join(project.dir, 'docs/page.fr.md'), FR.replace('chaque année', 'chaque année depuis 2019'));
    const r = await cli(['xliff', 'export', 'docs/page.en.md'], project.dir);
    assert.equal(r.code, 0, r.stderr);
    const unit = /<unit id="b1">[\s\S]*?<\/unit>/.exec(r.stdout)![0];
    assert.match(unit, /<notes>\s*<note category="toolkit-check">(error|warning|info) [\w-]+: [^<]*2019/);
    assert.doesNotMatch(/<unit id="b0">[\s\S]*?<\/unit>/.exec(r.stdout)![0], /<notes>/);
  });

  it('creates the French file from the targets when there is none', async () => {
    const fresh = tempProject({ 'page.en.md': EN });
    try {
      await cli(['xliff', 'export', 'page.en.md', '--out', 'page.xlf'], fresh.dir);
      const xlf = join(fresh.dir, 'page.xlf');
      const xml = readFileSync(xlf, 'utf8').replace(/(<source xml:space="preserve">)(.*?)(<\/source>)/g, (_, a, body, c) => `${a}${body}${c}<target xml:space="preserve">${body.replace('Second item', 'Deuxième élément')}</target>`);
      writeFileSync(xlf, xml);
      const r = await cli(['xliff', 'import', 'page.xlf'], fresh.dir);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      assert.equal(readFileSync(join(fresh.dir, 'page.fr.md'), 'utf8'), EN.replace('Second item', 'Deuxième élément'));
    } finally {
      fresh.cleanup();
    }
  });

  it('refuses bad XLIFF with exit 2 and writes nothing', async () => {
    await cli(['xliff', 'export', 'docs/page.en.md', '--out', 'page.xlf'], project.dir);
    const xlf = join(project.dir, 'page.xlf');
    const good = readFileSync(xlf, 'utf8').replace('Deuxième', 'Second');
    for (const [bad, why] of [
      [good.replace('</unit>', ''), /not well-formed XML/],
      [good.replace('trgLang="fr"', 'trgLang="es"'), /from “en” to “es”/],
      [good.replace('unit id="b1"', 'unit id="b7"'), /not those of the pair.*b1/],
      [good.replace('odt:target="docs/page.fr.md"', 'odt:target="../outside.md"'), /not a Markdown file under this folder/],
      [good.replace('odt:target="docs/page.fr.md"', 'odt:target="docs/page.fr.sh"'), /not a Markdown file under this folder/],
      [good.replace(/(<target xml:space="preserve"><ph id="1"[^>]*\/>Premier élément)<ph id="2"[^>]*\/>/, '$1 '), /unit b2: the target lost tags 2/],
    ] as const) {
      writeFileSync(xlf, bad);
      const r = await cli(['xliff', 'import', 'page.xlf', '--write'], project.dir);
      assert.equal(r.code, 2, `${why}: ${r.stderr}`);
      assert.match(r.stderr, why);
      assert.match(r.stderr, /nothing was written/i);
      assert.equal(readFileSync(join(project.dir, 'docs/page.fr.md'), 'utf8'), FR);
    }
  });

  it('exports XLIFF 1.2 with --xliff 1.2, reviewed sections signed off, and imports it by its namespace', async () => {
    assert.equal((await cli(['review', 'docs/page.en.md', 'docs/page.fr.md'], project.dir)).code, 0);
    const fr = readFileSync(join(project.dir, 'docs/page.fr.md'), 'utf8');
    const exported = await cli(['xliff', 'export', 'docs/page.en.md', '--out', 'page.xlf', '--xliff', '1.2'], project.dir);
    assert.equal(exported.code, 0, exported.stderr);
    const xlf = join(project.dir, 'page.xlf');
    const xml = readFileSync(xlf, 'utf8');
    assert.match(xml, /<xliff version="1\.2"[^>]* xmlns="urn:oasis:names:tc:xliff:document:1\.2">/);
    assert.match(xml, /<target state="signed-off">/);
    writeFileSync(xlf, xml.replace('Deuxième élément', 'Second élément'));
    const imported = await cli(['xliff', 'import', 'page.xlf', '--write'], project.dir);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(readFileSync(join(project.dir, 'docs/page.fr.md'), 'utf8'), fr.replace('Deuxième élément', 'Second élément'));
  });

  it('keeps the usage errors and the plain check usage', async () => {
    assert.equal((await cli(['xliff', 'export'], project.dir)).code, 2);
    assert.equal((await cli(['xliff', 'import', 'a.xlf', '--out', 'x'], project.dir)).code, 2);
    const v13 = await cli(['xliff', 'export', 'docs/page.en.md', '--xliff', '1.3'], project.dir);
    assert.equal(v13.code, 2);
    assert.match(v13.stderr, /--xliff 1\.3 is not a version written; use 2\.1 \(the default\) or 1\.2/);
    const plain = await cli(['docs', '--format', 'json'], project.dir);
    assert.equal(JSON.parse(plain.stdout).pairs.length, 1);
    assert.ok(!existsSync(join(project.dir, 'page.xlf')));
  });
});
