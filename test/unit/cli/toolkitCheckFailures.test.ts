import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv4 from 'ajv-draft-04';
import { runCli } from '../../../src/cli/main';
import { cli, tempProject } from '../helpers/tempProject';

const EN = '# Budget\n\nWe spend $1,500 a year.\n';
const FR = '# Budget\n\nNous dépensons 1 600 $ par année.\n';

const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);

interface SarifLog {
  runs: Array<{
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string }; locations?: unknown[] }> }>;
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}

function sarif(stdout: string): SarifLog {
  const log = JSON.parse(stdout) as SarifLog;
  assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
  return log;
}

describe('toolkit-check: never a silent pass', () => {
  let project: ReturnType<typeof tempProject>;
  beforeEach(() => (project = tempProject({ 'docs/budget.en.md': EN, 'docs/budget.fr.md': FR })));
  afterEach(() => project.cleanup());

  it('TOOLKIT_CHECK_WORKERS takes a whole number or auto; anything else exits 2 and checks nothing', async () => {
    for (const value of ['0', '2', 'auto']) {
      const r = await cli(['docs'], project.dir, { TOOLKIT_CHECK_WORKERS: value });
      assert.equal(r.code, 1, `${value}: ${r.stderr}`);
      assert.match(r.stdout, /^1 error, 0 warnings/m);
    }
    for (const value of ['abc', '-1', '1.5', '', ' 2', '2x', '1e3']) {
      const r = await cli(['docs'], project.dir, { TOOLKIT_CHECK_WORKERS: value });
      assert.equal(r.code, 2, `“${value}” must be refused`);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `toolkit-check: TOOLKIT_CHECK_WORKERS must be a whole number (0 or more) or auto (got “${value}”); nothing was checked.\n`);
    }
    const fr = await cli(['docs', '--lang', 'fr'], project.dir, { TOOLKIT_CHECK_WORKERS: 'abc' });
    assert.match(fr.stderr, /doit être un nombre entier \(0 ou plus\) ou auto \(reçu «\u00A0abc\u00A0»\)/);
  });

  it('a run that checks no file exits 2 and says so: everything ignored, an include that matches nothing, a folder without Markdown', async () => {
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ 'opendata-toolkit.json': '{ "ignore": ["docs/**"] }', 'docs/a.en.md': EN, 'docs/a.fr.md': FR }, ['.']],
      [{ 'opendata-toolkit.json': '{ "include": ["content/**/*.md"] }', 'docs/a.en.md': EN }, []],
      [{ 'assets/logo.svg': '<svg/>', 'notes.txt': 'x' }, ['assets']],
      [{}, []],
    ];
    for (const [files, args] of cases) {
      const p = tempProject(files);
      try {
        const text = await cli(args, p.dir);
        assert.equal(text.code, 2, JSON.stringify(files));
        assert.equal(text.stdout, '', 'no empty summary');
        assert.match(text.stderr, /^toolkit-check: nothing was checked: no Markdown file in .+ is let through by include \(.+\) and ignore \(.+\)\.\n$/);
        const json = await cli([...args, '--format', 'json'], p.dir);
        assert.equal(json.code, 2);
        const report = JSON.parse(json.stdout);
        assert.equal(report.files, 0);
        assert.match(report.errors[0].message, /nothing was checked/);
      } finally {
        p.cleanup();
      }
    }
    const ignored = tempProject({ 'opendata-toolkit.json': '{ "ignore": ["docs/**"] }', 'docs/a.en.md': EN });
    try {
      assert.match((await cli([], ignored.dir)).stderr, /include \(\*\*\/\*\.md, \*\*\/\*\.markdown\) and ignore \(docs\/\*\*\)/, 'the user’s own globs are named');
    } finally {
      ignored.cleanup();
    }
  });

  it('still checks a tree where some files are ignored', async () => {
    const p = tempProject({ 'opendata-toolkit.json': '{ "ignore": ["drafts/**"] }', 'drafts/x.en.md': EN, 'a.en.md': EN, 'a.fr.md': FR });
    try {
      const r = await cli([], p.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /in 2 files/);
    } finally {
      p.cleanup();
    }
  });
});

describe('toolkit-check: one document on stdout, whatever happens', () => {
  let project: ReturnType<typeof tempProject>;
  beforeEach(() => (project = tempProject({ 'docs/budget.en.md': EN, 'docs/budget.fr.md': FR, 'bad/opendata-toolkit.json': '{\n  "rulez": {}\n}\n', 'bad/a.en.md': EN })));
  afterEach(() => project.cleanup());

  it('a configuration error: JSON with the problems in errors, SARIF with executionSuccessful false', async () => {
    const json = await cli(['bad', '--format', 'json'], project.dir);
    assert.equal(json.code, 2);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(report, {
      version: 1,
      files: 0,
      pairs: [],
      unpaired: [],
      diagnostics: [],
      errors: [{ file: 'bad/opendata-toolkit.json', line: 2, column: 3, message: report.errors[0].message }],
    });
    assert.match(report.errors[0].message, /Unknown key “rulez”/);
    const s = await cli(['bad', '--format=sarif'], project.dir);
    assert.equal(s.code, 2);
    const invocation = sarif(s.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications?.length, 1);
    assert.match(invocation.toolExecutionNotifications![0].message.text, /Unknown key “rulez”/);
    assert.equal(invocation.toolExecutionNotifications![0].level, 'error');
  });

  it('a usage error: the format asked for is still honoured', async () => {
    const json = await cli(['--format', 'json', '--bogus'], project.dir);
    assert.equal(json.code, 2);
    assert.deepEqual(JSON.parse(json.stdout).errors, [{ message: 'toolkit-check: unknown option --bogus' }]);
    assert.match(json.stderr, /unknown option --bogus/);
    const s = await cli(['--lang', 'de', '-f', 'sarif'], project.dir);
    assert.equal(s.code, 2);
    assert.equal(sarif(s.stdout).runs[0].invocations[0].executionSuccessful, false);
    const text = await cli(['--bogus'], project.dir);
    assert.equal(text.stdout, '', 'text output: the reason is on stderr only');
  });

  it('a missing path: the rest is reported, and SARIF says the run did not do all it was asked', async () => {
    const s = await cli(['docs', 'nowhere', '--format', 'sarif'], project.dir);
    assert.equal(s.code, 2);
    const run = sarif(s.stdout).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.match(run.invocations[0].toolExecutionNotifications![0].message.text, /nowhere: no such file or folder/);
    assert.ok(run.results.some((r) => r.ruleId === 'numbers'));
    const clean = await cli(['docs', '--format', 'sarif'], project.dir);
    assert.equal(sarif(clean.stdout).runs[0].invocations[0].executionSuccessful, true);
  });

  it('an internal error: exit 2, the reason on stderr and in the document', async () => {
    const env = new Proxy({ LANG: 'en_CA.UTF-8' } as Record<string, string | undefined>, {
      get(target, key) {
        if (key === 'TOOLKIT_CHECK_WORKERS') throw new Error('boom');
        return target[key as string];
      },
    });
    let stdout = '';
    let stderr = '';
    const code = await runCli(['docs', '--format', 'json'], { cwd: project.dir, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
    assert.equal(code, 2);
    assert.match(stderr, /^toolkit-check: internal error: Error: boom/);
    assert.deepEqual(JSON.parse(stdout).errors, [{ message: 'toolkit-check: internal error: boom' }]);
  });

  it('SARIF artifact URIs are percent-encoded: #, ?, :, % and spaces stay part of the file name', async () => {
    const names = ['a#1', 'what?', 'c:d', '100%', 'two words', 'é'];
    const files: Record<string, string> = {};
    for (const n of names) {
      files[`${n}/p.en.md`] = EN;
      files[`${n}/p.fr.md`] = FR;
    }
    const p = tempProject(files);
    try {
      const log = sarif((await cli(['--format', 'sarif'], p.dir)).stdout);
      const uris = log.runs[0].results.filter((r) => r.ruleId === 'numbers').map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
      assert.deepEqual(uris.sort(), ['100%25/p.fr.md', 'a%231/p.fr.md', 'c%3Ad/p.fr.md', 'two%20words/p.fr.md', 'what%3F/p.fr.md', '%C3%A9/p.fr.md'].sort());
      for (const uri of uris) {
        const resolved = new URL(uri, 'file:///checkout/');
        assert.equal(resolved.protocol, 'file:', `${uri} is a relative reference`);
        assert.equal(resolved.hash + resolved.search, '', `${uri} has no fragment or query`);
        assert.ok(names.includes(decodeURIComponent(resolved.pathname.split('/')[2])), uri);
      }
    } finally {
      p.cleanup();
    }
  });
});
