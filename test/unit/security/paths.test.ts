import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runPolicyCli } from '../../../src/cli/policy/policyMain';
import { cli } from '../helpers/tempProject';
import { leaks, PAIR, sandbox } from './helpers';

// The repository under check is the attacker: nothing it names outside its own folder is read.
describe('security: paths from the repository stay in it', () => {
  let box: ReturnType<typeof sandbox>;
  afterEach(() => box.cleanup());
  const config = (value: unknown) => writeFileSync(join(box.project, 'opendata-toolkit.json'), JSON.stringify(value));
  const run = (args: string[] = []) => cli(['--format', 'json', ...args], box.project);

  it('refuses a pairs file that climbs out (../), names the key, and never quotes what is there', async () => {
    box = sandbox(PAIR);
    const climb = relative(box.project, join(box.outside, 'secret.txt'));
    config({ pairs: climb });
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“pairs” names \.\.\/outside\/secret\.txt, outside the folder of the configuration file; it was not read/);
    assert.ok(!leaks(r.stderr + r.stdout), r.stderr);
  });

  it('refuses a pairs file given as an absolute path outside', async () => {
    box = sandbox(PAIR);
    config({ pairs: join(box.outside, 'secret.txt') });
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“pairs” names .*secret\.txt, outside the folder/);
    assert.ok(!leaks(r.stderr + r.stdout));
  });

  it('refuses a pairs file inside the folder that is a symbolic link to a file outside', async () => {
    box = sandbox(PAIR);
    symlinkSync(join(box.outside, 'secret.txt'), join(box.project, 'pairs.json'));
    config({ pairs: 'pairs.json' });
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot read the pairs file pairs\.json: a symbolic link to a place outside the folder being checked/);
    assert.ok(!leaks(r.stderr + r.stdout));
  });

  it('reports a pairs file that is not JSON by line and column only, never its content', async () => {
    box = sandbox({ ...PAIR, 'pairs.json': 'root:*:20200:0:99999:7:::\n' });
    config({ pairs: 'pairs.json' });
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot read the pairs file pairs\.json: not valid JSON \(invalid symbol\) at line 1, column 1\./);
    assert.ok(!leaks(r.stderr + r.stdout), r.stderr);
  });

  it('refuses pairs entries that climb out, inline or in a pairs file, and keeps the others', async () => {
    box = sandbox({ ...PAIR, 'b.md': '# B\n', 'c.md': '# C\n', 'sub/pairs.json': JSON.stringify({ '../../outside/secret.md': '../b.md', '../b.md': '../c.md' }) });
    config({ pairs: { '../outside/secret.md': 'b.md', '/etc/passwd': 'c.md' } });
    let r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“pairs\.\.\.\/outside\/secret\.md” names \.\.\/outside\/secret\.md, outside/);
    assert.match(r.stderr, /“pairs\.\/etc\/passwd” names \/etc\/passwd, outside/);
    config({ pairs: 'sub/pairs.json' });
    r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“sub\/pairs\.json” names \.\.\/\.\.\/outside\/secret\.md, outside/);
  });

  it('refuses clause folders outside, by .., absolute path or symbolic link', async () => {
    box = sandbox(PAIR);
    symlinkSync(join(box.outside, 'clauses'), join(box.project, 'linked'));
    config({ clauseFolders: ['../outside/clauses', join(box.outside, 'clauses'), 'linked'] });
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“clauseFolders\.0” names \.\.\/outside\/clauses, outside/);
    assert.match(r.stderr, /“clauseFolders\.1” names .*outside\/clauses, outside/);
    assert.ok(!leaks(r.stderr + r.stdout));
    // The one inside the folder by name is still refused once its link is resolved.
    config({ clauseFolders: ['linked'] });
    const linked = await run();
    const report = JSON.parse(linked.stdout);
    assert.ok(report.diagnostics.some((d: { message: string }) => /Clause folder “linked” cannot be read \(a symbolic link to a place outside/.test(d.message)), linked.stdout);
    assert.ok(!leaks(linked.stderr + linked.stdout));
  });

  it('does not read a Markdown file or walk a folder of the tree that links outside: a file finding instead', async () => {
    box = sandbox(PAIR);
    symlinkSync(join(box.outside, 'secret.md'), join(box.project, 'leak.en.md'));
    symlinkSync(box.outside, join(box.project, 'docs'));
    const r = await run();
    const report = JSON.parse(r.stdout);
    const files = report.diagnostics.filter((d: { rule: string }) => d.rule === 'file').map((d: { file: string; message: string }) => `${d.file}: ${d.message}`);
    assert.deepEqual(files.sort(), [
      'docs: Cannot read this file: a symbolic link to a place outside the folder being checked (never read).',
      'leak.en.md: Cannot read this file: a symbolic link to a place outside the folder being checked (never read).',
    ]);
    assert.ok(!leaks(r.stdout + r.stderr));
  });

  it('follows a symbolic link that stays inside the folder, as before', async () => {
    box = sandbox({ 'real/a.en.md': PAIR['a.en.md'], 'real/a.fr.md': PAIR['a.fr.md'] });
    mkdirSync(join(box.project, 'docs'));
    symlinkSync(join(box.project, 'real', 'a.en.md'), join(box.project, 'docs', 'b.en.md'));
    symlinkSync(join(box.project, 'real', 'a.fr.md'), join(box.project, 'docs', 'b.fr.md'));
    const r = await run();
    const report = JSON.parse(r.stdout);
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(report.pairs.map((p: { en: string }) => p.en).sort(), ['docs/b.en.md', 'real/a.en.md']);
  });

  it('reads outside only where the person running the check allows it: --allow-outside', async () => {
    box = sandbox({ 'a.en.md': '# Title\n', 'x.fr.md': '# Titre\n' });
    writeFileSync(join(box.outside, 'pairs.json'), JSON.stringify({ [join(box.project, 'a.en.md')]: join(box.project, 'x.fr.md') }));
    config({ pairs: join(box.outside, 'pairs.json') });
    assert.equal((await run()).code, 2);
    const r = await run(['--allow-outside', box.outside]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).pairs, [{ en: 'a.en.md', fr: 'x.fr.md', pairedBy: 'map' }]);
  });

  it('toolkit-policy refuses clause folders outside too, unless --allow-outside names them', async () => {
    box = sandbox({});
    mkdirSync(join(box.outside, 'org'));
    config({ clauseFolders: ['../outside/org'] });
    const policy = async (args: string[]) => {
      let stderr = '';
      const code = await runPolicyCli(args, { cwd: box.project, env: { LANG: 'en_CA.UTF-8' }, stdout: () => undefined, stderr: (t) => (stderr += t), isTty: false });
      return { code, stderr };
    };
    const refused = await policy(['list']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /“clauseFolders\.0” names \.\.\/outside\/org, outside/);
    assert.equal((await policy(['list', '--allow-outside', box.outside])).code, 0);
  });

  it('refuses a configuration file that is itself a link to a file elsewhere', async () => {
    box = sandbox(PAIR);
    symlinkSync(join(box.outside, 'secret.txt'), join(box.project, 'opendata-toolkit.json'));
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot read the configuration file: a symbolic link to a place outside/);
    assert.ok(!leaks(r.stderr + r.stdout));
  });
});
