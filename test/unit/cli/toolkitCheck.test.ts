import { strict as assert } from 'node:assert';
import { readFileSync, symlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv4 from 'ajv-draft-04';
import { cli, tempProject } from '../helpers/tempProject';

const EN = '---\ntitle: Budget\nlang: en\ntranslationKey: budget\n---\n\n# Budget\n\nWe spend $1,500 a year on [hosting](https://www.canada.ca/en/hosting.html).\n';
const FR = '---\ntitle: Budget\nlang: fr\ntranslationKey: budget\n---\n\n# Budget\n\nNous dépensons 1 600 $ par année pour l’[hébergement](https://www.canada.ca/fr/hebergement.html).\n';

describe('toolkit-check command line', () => {
  let project: ReturnType<typeof tempProject>;
  beforeEach(() => {
    project = tempProject({ 'docs/budget.en.md': EN, 'docs/budget.fr.md': FR, 'docs/ok.en.md': '# OK\n\nFine.\n', 'docs/ok.fr.md': '# OK\n\nTrès bien.\n', 'docs/alone.en.md': '# Alone\n' });
  });
  afterEach(() => project.cleanup());

  it('prints one line per finding, grouped by file, then a summary; exits 1 on errors', async () => {
    const r = await cli(['docs'], project.dir);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^docs\/alone\.en\.md:1:1  warning  No French counterpart found for this file.*  unpaired$/);
    assert.ok(lines.includes(''), 'files are separated by a blank line');
    assert.ok(lines.some((l) => /^docs\/budget\.fr\.md:9:\d+  error  1 600 \$ here, but \$1,500 in the English file \(line 9\)\.  numbers$/.test(l)), r.stdout);
    assert.match(lines[lines.length - 1], /^1 error, 1 warning, 0 notes in 5 files \(2 pairs, 1 unpaired\)\.$/);
  });

  it('writes exactly one JSON object with the documented fields', async () => {
    const r = await cli(['docs', '--format', 'json'], project.dir);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report), ['version', 'files', 'pairs', 'unpaired', 'diagnostics', 'errors']);
    assert.deepEqual(report.errors, []);
    assert.equal(report.version, 1);
    assert.equal(report.files, 5);
    assert.deepEqual(report.pairs, [{ en: 'docs/budget.en.md', fr: 'docs/budget.fr.md', pairedBy: 'translationKey' }, { en: 'docs/ok.en.md', fr: 'docs/ok.fr.md', pairedBy: 'suffix' }]);
    assert.deepEqual(report.unpaired, ['docs/alone.en.md']);
    const d = report.diagnostics.find((x: { rule: string }) => x.rule === 'numbers');
    assert.deepEqual(Object.keys(d), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'related']);
    assert.deepEqual([d.file, d.line, d.severity], ['docs/budget.fr.md', 9, 'error']);
    assert.deepEqual(d.related, [{ file: 'docs/budget.en.md', line: 9, column: 11, message: 'Counterpart in the English file' }]);
  });

  it('writes valid SARIF 2.1.0', async () => {
    const r = await cli(['docs', '--format=sarif'], project.dir);
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; tool: { driver: { rules: Array<{ id: string }> } } }> };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const result = log.runs[0].results.find((x) => x.ruleId === 'numbers')!;
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'docs/budget.fr.md');
    assert.equal(result.level, 'error');
    assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, 'numbers');
  });

  it('speaks French with --lang fr or a French locale', async () => {
    const byFlag = await cli(['docs', '--lang', 'fr'], project.dir);
    assert.match(byFlag.stdout, /1 600 \$ ici, mais 1\u00A0500\u00A0\$ dans le fichier anglais \(ligne 9\)\./);
    assert.match(byFlag.stdout, /erreur/);
    const byLocale = await cli(['docs'], project.dir, { LANG: 'fr_CA.UTF-8' });
    assert.match(byLocale.stdout, /1\u00A0erreur, 1\u00A0avertissement, 0\u00A0remarque/);
  });

  it('exits 0 when there are only warnings', async () => {
    assert.equal((await cli(['docs/ok.en.md', 'docs/ok.fr.md'], project.dir)).code, 0);
  });

  it('exits 2 with a message for bad usage, a bad config, or a missing path', async () => {
    const usage = await cli(['--format', 'xml'], project.dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--format must be text, json, sarif or html/);
    const usageFr = await cli(['--format', 'xml'], project.dir, { LANG: 'fr_CA.UTF-8', LC_ALL: 'fr_CA.UTF-8' });
    assert.match(usageFr.stderr, /--format prend text, json, sarif ou html \(reçu «\u00A0xml\u00A0»\)/, 'usage errors in the language of the run');
    const cfg = tempProject({ 'opendata-toolkit.json': '{\n  "rulez": {}\n}\n', 'a.en.md': '# A\n' });
    try {
      const bad = await cli(['.'], cfg.dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^opendata-toolkit\.json:2:3  Unknown key “rulez”/);
      assert.equal(bad.stdout, '');
    } finally {
      cfg.cleanup();
    }
    const missing = await cli(['nowhere', 'docs'], project.dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere: no such file or folder/);
    assert.match(missing.stdout, /budget\.fr\.md/, 'the other paths are still checked');
  });

  it('reports an unreadable file, goes on, and exits 2', async () => {
    symlinkSync(join(project.dir, 'nothing-here.md'), join(project.dir, 'docs', 'broken.fr.md'));
    const r = await cli(['docs', '--format', 'json'], project.dir);
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout);
    assert.ok(report.diagnostics.some((d: { file: string; rule: string }) => d.file === 'docs/broken.fr.md' && d.rule === 'file'));
    assert.ok(report.pairs.length >= 2);
  });

  it('checks a hidden folder named explicitly, and skips hidden folders below the folders given', async () => {
    const hidden = tempProject({ '.corpus/a.en.md': '# A\n\nText.\n', '.corpus/a.fr.md': '# A\n\nTexte.\n', 'docs/.drafts/b.en.md': '# B\n', 'docs/c.en.md': '# C\n' });
    try {
      assert.equal(JSON.parse((await cli(['.corpus', '--format', 'json'], hidden.dir)).stdout).files, 2);
      assert.deepEqual(JSON.parse((await cli(['docs', '--format', 'json'], hidden.dir)).stdout).unpaired, ['docs/c.en.md']);
    } finally {
      hidden.cleanup();
    }
  });

  it('gives the same report when large trees are checked on worker threads', async function () {
    this.timeout(60000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) {
      files[`big/p${i}.en.md`] = `# Part ${i}\n\nWe publish ${1500 + i} datasets by December 31, 2027. See [the guide](https://www.canada.ca/en/guide-${i}.html).\n\n- one\n- two\n`;
      files[`big/p${i}.fr.md`] = `# Partie ${i}\n\nNous publions ${1500 + (i % 2)} jeux de données d’ici le 31 décembre 2027. Voir [le guide](https://www.canada.ca/fr/guide-${i}.html).\n\n- un\n`;
    }
    const big = tempProject({ ...files, 'big/alone.en.md': '# Alone\n' });
    try {
      const inline = await cli(['big', '--format', 'json'], big.dir, { TOOLKIT_CHECK_WORKERS: '0' });
      const threads = await cli(['big', '--format', 'json'], big.dir, { TOOLKIT_CHECK_WORKERS: '2' });
      assert.equal(threads.code, inline.code);
      assert.ok(JSON.parse(inline.stdout).diagnostics.length >= 10);
      assert.deepEqual(JSON.parse(threads.stdout), JSON.parse(inline.stdout));
    } finally {
      big.cleanup();
    }
  });

  it('never writes to the files it checks', async () => {
    const before = statSync(join(project.dir, 'docs/budget.fr.md')).mtimeMs;
    await cli(['docs'], project.dir);
    assert.equal(statSync(join(project.dir, 'docs/budget.fr.md')).mtimeMs, before);
    assert.equal(readFileSync(join(project.dir, 'docs/budget.fr.md'), 'utf8'), FR);
  });

  it('runs as a process with the documented exit code', async () => {
    const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), join(__dirname, '../../../src/cli/index.ts'), 'docs', '--format', 'json'], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).version, 1);
  });
});
