import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { runPolicyCli } from '../../../src/cli/policy/policyMain';
import { terminalSafe } from '../../../src/cli/terminalText';
import { cli } from '../helpers/tempProject';
import { sandbox } from './helpers';

const ESC = '\x1b';

// What the repository writes (file names, headings) reaches a terminal or a CI log: it must not
// forge a finding line, recolour or clear the screen, or be taken for an option.
describe('security: output cannot be forged', () => {
  let box: ReturnType<typeof sandbox>;
  afterEach(() => box.cleanup());

  it('escapes a newline in a file name: it cannot forge a finding line', async function () {
    if (process.platform === 'win32') this.skip();
    const name = 'x\nforged.md:1:1  error  All good  sections\n.en.md';
    box = sandbox({ [name]: '# Title\n' });
    const r = await cli([], box.project);
    const lines = r.stdout.split('\n');
    assert.ok(!lines.some((l) => l.startsWith('forged.md')), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('x\\u000aforged.md:1:1  error  All good  sections\\u000a.en.md:1:1  warning')), r.stdout);
  });

  it('escapes terminal control sequences in file names and in messages that quote headings', async function () {
    if (process.platform === 'win32') this.skip();
    box = sandbox({ [`a${ESC}]0;pwned${ESC}\\.en.md`]: `# Title\n\n## Part${ESC}[2J${ESC}[31m\n\nText.\n`, [`a${ESC}]0;pwned${ESC}\\.fr.md`]: '# Titre\n\nTexte.\n' });
    const r = await cli([], box.project);
    assert.ok(!r.stdout.includes(ESC), JSON.stringify(r.stdout));
    assert.match(r.stdout, /Part\\u001b\[2J\\u001b\[31m/);
    assert.match(r.stdout, /a\\u001b\]0;pwned\\u001b\\\.fr\.md/);
    // JSON keeps the names as they are, escaped by JSON itself.
    const json = await cli(['--format', 'json'], box.project);
    assert.ok(JSON.parse(json.stdout).unpaired !== undefined);
    assert.ok(!json.stdout.includes(ESC));
  });

  it('keeps ordinary text, Windows paths and French typography unchanged', () => {
    assert.equal(terminalSafe('docs\\fr\\page.fr.md: « Titre » : 1 500 $ — ok'), 'docs\\fr\\page.fr.md: « Titre » : 1 500 $ — ok');
    assert.equal(terminalSafe('a\u202Eevil\u2066b\u0085c\x7f'), 'a\\u202eevil\\u2066b\\u0085c\\u007f');
    assert.equal(terminalSafe('C:\\u0041'), 'C:\\\\u0041', 'a backslash that would read as an escape is escaped itself');
  });

  it('takes what follows -- as paths, even a file named -rf.en.md', async () => {
    box = sandbox({ '-rf.en.md': '# Title\n', '-rf.fr.md': '# Titre\n' });
    const asOption = await cli(['-rf.en.md'], box.project);
    assert.equal(asOption.code, 2);
    assert.match(asOption.stderr, /unknown option -rf\.en\.md/);
    const r = await cli(['--format', 'json', '--', '-rf.en.md', '-rf.fr.md'], box.project);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).pairs, [{ en: '-rf.en.md', fr: '-rf.fr.md', pairedBy: 'suffix' }]);
  });
});

describe('security: policy answers cannot inject structure', () => {
  let box: ReturnType<typeof sandbox>;
  afterEach(() => box.cleanup());
  const policy = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runPolicyCli(args, { cwd: box.project, env: { LANG: 'en_CA.UTF-8' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
    return { code, stdout, stderr };
  };
  const essentials = (municipality: string) => ['assemble', '--profile', 'starter', '--municipality', municipality, '--municipality-fr', 'Ville de Bancroft', '--province', 'ON', '--lead', 'Open Data Lead', '--lead-fr', 'responsable', '--out', 'policy'];

  it('refuses an answer with a line break (it would add a heading), and writes nothing', async () => {
    box = sandbox({});
    const r = await policy(essentials('Town of Bancroft\n\n# Injected heading'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“(?:--)?municipality” (?:must be|takes) one line/);
    assert.throws(() => readdirSync(join(box.project, 'policy')));
  });

  it('refuses an answer holding a closing clause marker, from a flag', async () => {
    box = sandbox({});
    const r = await policy(essentials('Town <!-- /clause --> of Bancroft'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /The value given for “municipality” cannot contain <!-- or -->/);
  });

  it('refuses an answer holding a closing clause marker, from the configuration', async () => {
    box = sandbox({ 'opendata-toolkit.json': JSON.stringify({ policy: { leadTitle: 'Lead <!-- /clause --> # Forged' } }) });
    const r = await policy(['assemble', '--profile', 'starter', '--municipality', 'Town', '--province', 'ON', '--out', 'policy']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“policy\.leadTitle” must be one line, without <!-- or -->/);
  });

  it('still assembles with ordinary answers (the look-alike that must pass)', async () => {
    box = sandbox({});
    const r = await policy([...essentials('Town of Bancroft – Ontario (2027)').map((a) => (a === 'Ville de Bancroft' ? 'Ville de Bancroft – Ontario (2027)' : a)), '--answer', 'portal_url=https://data.example.ca/a-b', '--answer', 'approval_date=2027-03-15', '--answer', 'effective_date=2027-04-01']);
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('security: SARIF locations name the file they mean', () => {
  it('percent-encodes #, ? and control characters in file names, so a name cannot add a fragment or a query', async function () {
    if (process.platform === 'win32') this.skip();
    const box = sandbox({ 'a#b?c\n.en.md': '# Title\n' });
    try {
      const r = await cli(['--format', 'sarif'], box.project);
      const uris = JSON.parse(r.stdout).runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
      assert.deepEqual(uris, ['a%23b%3Fc%0A.en.md']);
      assert.equal(decodeURIComponent(new URL(uris[0], 'file:///root/').pathname.slice('/root/'.length)), 'a#b?c\n.en.md');
    } finally {
      box.cleanup();
    }
  });
});
