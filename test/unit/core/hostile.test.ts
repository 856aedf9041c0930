import { strict as assert } from 'node:assert';
import { HOSTILE } from '../../fixtures/hostile/hostile';
import { checkTexts, describe as show, ofRule } from '../helpers/checkTexts';
import { cli, tempProject } from '../helpers/tempProject';
import { checkPairTask, checkProject, type ProjectTask } from '../../../src/core/project/checkProject';
import { checkOptionsFrom } from '../../../src/core/project/checkProject';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { budgetControl, CheckCancelled } from '../../../src/core/project/checkControl';
import { parseMarkdownTree } from '../../../src/core/markdown/parseMarkdown';

const GOOD = { 'good.en.md': 'We have 150 cats.\n', 'good.fr.md': 'Nous avons 151 chats.\n' };
const plainEn = '# Report\n\nWe have 12 cats.\n';
const plainFr = '# Rapport\n\nNous avons 12 chats.\n';

describe('hostile files (test/fixtures/hostile)', function () {
  this.timeout(60_000);

  for (const fixture of HOSTILE) {
    it(`${fixture.name}: reported on its own file, the good pair beside still checked`, async () => {
      const text = fixture.text();
      const started = Date.now();
      // On both sides: as the English file of one pair and the French file of another.
      const result = await checkTexts({ ...GOOD, 'h1.en.md': text, 'h1.fr.md': plainFr, 'h2.en.md': plainEn, 'h2.fr.md': text });
      const ms = Date.now() - started;
      assert.deepEqual(show(ofRule(result.findings, 'numbers').filter((f) => f.file.startsWith('good'))), ['numbers good.fr.md:1: 151 here, but 150 in the English file (line 1).']);
      for (const file of ['h1.en.md', 'h2.fr.md']) {
        const own = result.findings.filter((f) => f.file === file);
        if (fixture.expect === 'checked') assert.deepEqual(ofRule(own, 'file'), [], show(own).join('\n'));
        else if (fixture.expect.rule === 'file') assert.deepEqual(ofRule(own, 'file').map((f) => f.messageId), [fixture.expect.messageId]);
        else assert.ok(ofRule(own, 'front-matter-syntax').length >= 1 || file === 'h1.en.md', show(own).join('\n'));
      }
      // Well inside the default budget of 10 s, even on a loaded machine.
      assert.ok(ms < 10_000, `${ms} ms`);
    });
  }

  it('reports the alias bomb at the line of its first alias, and keeps reading the other keys', async () => {
    const bomb = HOSTILE.find((f) => f.name.startsWith('alias bomb'))!.text();
    const result = await checkTexts({ 'a.en.md': '---\ntitle: Report\n---\n\n# Report\n\nWe have 12 cats.\n', 'a.fr.md': bomb });
    const syntax = ofRule(result.findings, 'front-matter-syntax');
    assert.deepEqual(syntax.map((f) => [f.file, f.range.start.line]), [['a.fr.md', 3]]);
    assert.match(show(syntax)[0], /alias/i);
  });

  it('the folder of the issue through the command line: exit 1, one JSON or SARIF document, nothing on stderr', async () => {
    const bomb = HOSTILE.find((f) => f.name.startsWith('alias bomb'))!.text();
    const project = tempProject({
      'en/good.md': 'We have 150 cats.\n',
      'fr/good.md': 'Nous avons 151 chats.\n',
      'en/b.md': '['.repeat(100_000),
      'fr/b.md': '[a]('.repeat(100_000),
      'en/c.md': '> '.repeat(5000) + 'x\n',
      'fr/c.md': bomb.replace('# Rapport', '<p>&#x110000;</p>'),
    });
    try {
      const run = await cli(['.', '--format', 'json'], project.dir);
      assert.equal(run.code, 1, run.stderr);
      const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; rule: string; message: string }> };
      const rows = report.diagnostics.map((d) => `${d.file} ${d.rule}`);
      assert.ok(rows.includes('fr/good.md numbers'), rows.join('\n'));
      assert.ok(rows.includes('fr/b.md file') && rows.includes('en/c.md file'), rows.join('\n'));
      assert.equal(run.stderr, '');
      const sarif = await cli(['.', '--format', 'sarif'], project.dir);
      assert.equal(sarif.code, 1);
      JSON.parse(sarif.stdout);
    } finally {
      project.cleanup();
    }
  });

  it('an exception inside one task becomes one file finding on the file being read, with its stack kept for --debug', async () => {
    const { resolved } = resolveConfig({}, '/project', undefined, () => '');
    const task: ProjectTask = { kind: 'pair', en: 'a.en.md', fr: 'a.fr.md' };
    const result = await checkPairTask(
      task,
      {
        sourceOf: (path) => {
          if (path === 'a.fr.md') throw new TypeError('boom\nsecond line');
          return { path, text: plainEn };
        },
        maxFileSize: resolved.maxFileSize,
      },
      checkOptionsFrom(resolved),
    );
    assert.deepEqual(
      result.loadProblems.map((p) => [p.path, p.messageId, p.args?.reason]),
      [['a.fr.md', 'fileCheckFailed', 'boom']],
    );
    assert.match(result.loadProblems[0].stack ?? '', /TypeError: boom/);
  });

  it('a file whose reading throws is one finding; its stack is kept for --debug, the rest is checked', async () => {
    const { resolved } = resolveConfig({}, '/project', undefined, () => '');
    const hostile = {
      path: 'odd.en.md',
      get text(): string {
        throw new RangeError('odd source');
      },
    };
    const result = await checkProject([hostile, { path: 'good.en.md', text: GOOD['good.en.md'] }, { path: 'good.fr.md', text: GOOD['good.fr.md'] }], resolved);
    assert.deepEqual(show(ofRule(result.findings, 'file')), ['file odd.en.md:1: This file could not be checked: odd source.']);
    assert.equal(ofRule(result.findings, 'numbers').length, 1);
    assert.deepEqual(result.failures.map((f) => f.path), ['odd.en.md']);
    assert.match(result.failures[0].stack, /RangeError: odd source/);
  });

  it('a long parse stops at the budget between its pieces, not only between rules', async () => {
    const long = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} with some words in it.\n`).join('\n');
    let calls = 0;
    parseMarkdownTree(long, { checkpoint: () => void calls++ });
    assert.ok(calls >= 5, `${calls} checkpoints`);
    const { resolved } = resolveConfig({}, '/project', undefined, () => '');
    let clock = 0;
    const result = await checkPairTask(
      { kind: 'pair', en: 'a.en.md', fr: 'a.fr.md' },
      { sourceOf: (path) => ({ path, text: path.endsWith('en.md') ? long : plainFr }), maxFileSize: resolved.maxFileSize },
      checkOptionsFrom(resolved),
      budgetControl(25, () => (clock += 10)),
    );
    assert.deepEqual(result.loadProblems.map((p) => p.messageId), ['fileCheckTimeout']);
  });

  it('a task over the time budget on this thread is reported as such; a cancelled one is passed up', async () => {
    const { resolved } = resolveConfig({}, '/project', undefined, () => '');
    const task: ProjectTask = { kind: 'pair', en: 'a.en.md', fr: 'a.fr.md' };
    const inputs = { sourceOf: (path: string) => ({ path, text: path.endsWith('en.md') ? plainEn : plainFr }), maxFileSize: resolved.maxFileSize };
    let clock = 0;
    const control = budgetControl(50, () => (clock += 40));
    const result = await checkPairTask(task, inputs, checkOptionsFrom(resolved), control);
    assert.deepEqual(result.loadProblems.map((p) => [p.path, p.messageId, p.args?.budget]), [['a.en.md', 'fileCheckTimeout', 50]]);
    await assert.rejects(
      checkPairTask(task, inputs, checkOptionsFrom(resolved), {
        checkpoint: () => {
          throw new CheckCancelled('cancelled');
        },
      }),
      CheckCancelled,
    );
    // Within the budget nothing is lost.
    const fine = await checkPairTask(task, inputs, checkOptionsFrom(resolved), budgetControl(60_000));
    assert.deepEqual(fine.loadProblems, []);
  });
});
