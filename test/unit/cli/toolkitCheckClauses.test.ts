import { symlinkSync } from 'node:fs';
import { strict as assert } from 'node:assert';
import { cli, tempProject } from '../helpers/tempProject';
import { bundledClausesFolder } from '../../../src/cli/readClauseFolders';
import { join } from 'node:path';
import { ROOT } from '../clauses/shippedLibrary';

const OPEN_EN = 'Data held by the Municipality is open by default.';
const doc = (lang: 'en' | 'fr', body: string) => `---\nlang: ${lang}\ntranslationKey: policy\n---\n\n# ${lang === 'en' ? 'Policy' : 'Politique'}\n\n${body}\n`;
// The start of our open-by-default clause, edited: the library's text is longer.
const EN = doc('en', `<!-- clause:open-by-default@1.0.0 -->\n${OPEN_EN}\n<!-- /clause -->`);
const FR = doc('fr', 'Les données sont ouvertes.');
const BAD_CLAUSE = '- id: acme.thing\n  version: 1.0.0\n  category: acme\n  title: { en: Thing, fr: Chose }\n  body: { en: Text., fr: Texte. }\n  sources: [odc:1]\n';

describe('toolkit-check: clauses', () => {
  it('finds the bundled library next to the package (dist/ or src/cli/)', async () => {
    assert.equal(bundledClausesFolder(join(ROOT, 'dist')), join(ROOT, 'clauses'));
    assert.equal(bundledClausesFolder(join(ROOT, 'src', 'cli')), join(ROOT, 'clauses'));
  });

  it('reports drift and a clause missing from the counterpart, with the bundled library', async () => {
    const project = tempProject({ 'policy.en.md': EN, 'policy.fr.md': FR });
    try {
      const r = await cli(['--format', 'json'], project.dir);
      const rules = JSON.parse(r.stdout).diagnostics.map((d: { file: string; rule: string; line: number }) => `${d.file}:${d.line} ${d.rule}`);
      assert.deepEqual(rules.filter((x: string) => x.includes('clause')), ['policy.en.md:8 clause-pairing', 'policy.en.md:9 clause-drift']);
    } finally {
      project.cleanup();
    }
  });

  it('reports an invalid organisation clause file at its line, relative to the configuration’s folder, and still checks with the rest', async () => {
    const project = tempProject({
      'site/opendata-toolkit.json': '{ "clauseFolders": ["org/clauses"] }',
      'site/org/clauses/things.yaml': BAD_CLAUSE,
      'site/policy.en.md': EN,
      'site/policy.fr.md': FR,
    });
    try {
      const r = await cli(['site'], project.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^site\/org\/clauses\/things\.yaml:1:3  error  “guidance” is missing from acme\.thing\.  clause-library$/m);
      assert.match(r.stdout, /^site\/policy\.en\.md:9:1  info  The text of clause “open-by-default” differs from the library template/m);
    } finally {
      project.cleanup();
    }
  });

  it('reports an unreadable file of an organisation clause folder and loads the rest of the folder', async () => {
    const project = tempProject({
      'opendata-toolkit.json': '{ "clauseFolders": ["org"] }',
      'org/things.yaml': BAD_CLAUSE,
      'a.en.md': '# A\n\nText.\n',
      'a.fr.md': '# A\n\nTexte.\n',
    });
    try {
      symlinkSync(join(project.dir, 'org', 'gone.yaml'), join(project.dir, 'org', 'broken.yaml'));
      const r = await cli([], project.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^org\/broken\.yaml:1:1  error  This clause file cannot be read \(not found\); the rest of its folder still loads\.  clause-library$/m);
      assert.match(r.stdout, /^org\/things\.yaml:1:3  error  “guidance” is missing from acme\.thing\.  clause-library$/m, 'the folder’s other file is still read');
      assert.doesNotMatch(r.stdout, /Clause folder “org” cannot be read/);
    } finally {
      project.cleanup();
    }
  });

  it('reports a configured clause folder that does not exist on the configuration file', async () => {
    const project = tempProject({ 'opendata-toolkit.json': '{ "clauseFolders": ["nowhere"] }', 'a.en.md': '# A\n', 'a.fr.md': '# A\n' });
    try {
      const r = await cli(['--lang', 'fr'], project.dir);
      assert.match(r.stdout, /^opendata-toolkit\.json:1:1  erreur  Le dossier de clauses «\u00A0nowhere\u00A0» ne peut pas être lu \(not found\)/m);
      assert.equal(r.code, 1);
    } finally {
      project.cleanup();
    }
  });
});
