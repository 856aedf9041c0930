import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPolicyCli } from '../../../src/cli/policy/policyMain';
import { cli, tempProject } from '../helpers/tempProject';

async function policy(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runPolicyCli(args, { cwd, env: { LANG: 'en_CA.UTF-8', ...env }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr };
}

async function check(cwd: string) {
  const r = await cli(['--format', 'json'], cwd);
  return { code: r.code, diagnostics: JSON.parse(r.stdout).diagnostics as Array<{ rule: string; message: string; severity: string }> };
}

const ESSENTIALS = ['--municipality', 'Town of Bancroft', '--municipality-fr', 'Ville de Bancroft', '--province', 'ON', '--lead', 'Open Data Lead', '--lead-fr', 'responsable des données ouvertes'];

describe('toolkit-policy command line', () => {
  let project: ReturnType<typeof tempProject>;
  beforeEach(() => (project = tempProject({ 'README.md': '# x\n' })));
  afterEach(() => project.cleanup());

  it('assembles a pair that toolkit-check finds clean, answers filled in each language; exit 0', async () => {
    const r = await policy(['assemble', '--profile', 'starter', ...ESSENTIALS, '--answer', 'portal_url=https://data.bancroft.ca', '--answer', 'approval_date=2027-03-15', '--answer', 'effective_date=2027-04-01', '--out', 'policy'], project.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^Wrote policy\/open-data-policy\.en\.md and policy\/open-data-policy\.fr\.md: 22 clauses, profile “starter”\.\n$/);
    const en = readFileSync(join(project.dir, 'policy/open-data-policy.en.md'), 'utf8');
    const fr = readFileSync(join(project.dir, 'policy/open-data-policy.fr.md'), 'utf8');
    assert.match(en, /\*\*Municipality\*\* means Town of Bancroft\./);
    assert.match(fr, /\*\*Municipalité\*\*\u00A0: Ville de Bancroft\./);
    assert.match(en, /<!-- clause:privacy-ontario-mfippa@/, 'the province picks the privacy clause');
    assert.match(fr, /le 1er avril 2027/);
    assert.doesNotMatch(en + fr, /\{\{/);
    const { code, diagnostics } = await check(join(project.dir, 'policy'));
    assert.equal(code, 0);
    assert.deepEqual(diagnostics.map((d) => `${d.rule}: ${d.message}`), []);
  });

  it('never overwrites: exit 2 and nothing written when either file exists', async () => {
    writeFileSync(join(project.dir, 'mine.fr.md'), 'mine\n');
    const r = await policy(['assemble', '--profile', 'starter', ...ESSENTIALS, '--name', 'mine'], project.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^toolkit-policy: Nothing written: mine\.fr\.md already exist\(s\)/);
    assert.ok(!existsSync(join(project.dir, 'mine.en.md')));
    assert.equal(readFileSync(join(project.dir, 'mine.fr.md'), 'utf8'), 'mine\n');
  });

  it('takes answers from the configuration’s policy; says what is left to fill and where French repeats English', async () => {
    writeFileSync(join(project.dir, 'opendata-toolkit.json'), JSON.stringify({ policy: { municipality: { en: 'City of Greater Sudbury', fr: 'Ville du Grand Sudbury' }, province: 'QC', leadTitle: 'Chief Data Officer' } }));
    const r = await policy(['assemble', '--profile', 'full-program', '--lead', 'Director, Data'], project.dir);
    assert.equal(r.code, 0, r.stderr);
    const fr = readFileSync(join(project.dir, 'open-data-policy.fr.md'), 'utf8');
    assert.match(fr, /Ville du Grand Sudbury/);
    assert.match(fr, /<!-- clause:privacy-quebec-access-act@/);
    assert.match(fr, /poste de Director, Data/);
    assert.match(r.stderr, /No French form given for --lead: the French file uses “Director, Data” too \(give --lead-fr to translate it\)\./);
    assert.match(r.stderr, /Left to fill in both files: \{\{portal_url\}\} \(Address of the open data portal\); next time give --answer portal_url=…/);
    assert.match(fr, /\{\{portal_url\}\}/);
    assert.equal((await check(project.dir)).diagnostics.filter((d) => d.severity !== 'info').length, 0, 'the placeholders left match in both files');
  });

  it('bad usage exits 2 with the reason in the chosen language and the usage', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /^toolkit-policy\u00A0: Indiquez quoi faire\u00A0: assemble ou list\./],
      [['assemble', ...ESSENTIALS], /Indiquez le profil à assembler avec --profile \(full-program, starter\)\./],
      [['assemble', '--profile', 'huge', ...ESSENTIALS], /Il n’y a pas de profil «\u00A0huge\u00A0»/],
      [['assemble', '--profile', 'starter', '--province', 'ON', '--lead', 'X'], /Aucune réponse pour «\u00A0Nom officiel de la municipalité\u00A0»\u00A0: indiquez --municipality/],
      [['assemble', '--profile', 'starter', ...ESSENTIALS, '--answer', 'colour=blue'], /Rien ne s’appelle «\u00A0colour\u00A0»/],
      [['assemble', '--profile', 'starter', ...ESSENTIALS, '--name', '../x'], /--name\u00A0: Utilisez seulement des lettres minuscules/],
      [['list', '--profile', 'starter'], /--profile est une option de assemble, pas de list\./],
      [['assemble', '--frobnicate'], /Option inconnue\u00A0: --frobnicate\./],
    ];
    for (const [args, expected] of cases) {
      const r = await policy([...args, '--lang', 'fr'], project.dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, expected, args.join(' '));
      assert.match(r.stderr, /Usage\u00A0:\n  toolkit-policy assemble/, args.join(' '));
      assert.equal(r.stdout, '');
    }
    assert.ok(!existsSync(join(project.dir, 'open-data-policy.en.md')));
  });

  it('answers are checked by their type where they enter: one message, exit 2, nothing written', async () => {
    const base = ['assemble', '--profile', 'starter', ...ESSENTIALS];
    const cases: Array<[string[], string]> = [
      [['--answer', 'approval_date=2027-13-45'], '“approval_date” takes a real calendar date written YYYY-MM-DD, such as 2027-04-01 (got “2027-13-45”).'],
      [['--answer', 'effective_date=0000-00-00'], '“effective_date” takes a real calendar date written YYYY-MM-DD, such as 2027-04-01 (got “0000-00-00”).'],
      [['--answer', 'approval_date=2027-02-29'], '“approval_date” takes a real calendar date written YYYY-MM-DD, such as 2027-04-01 (got “2027-02-29”).'],
      [['--answer', 'approval_date=15/03/2027'], '“approval_date” takes a real calendar date written YYYY-MM-DD, such as 2027-04-01 (got “15/03/2027”).'],
      [['--answer', 'correction_days=soon'], '“correction_days” takes a whole number, such as 30 or 1,500 (got “soon”).'],
      [['--answer', 'correction_days=2.5'], '“correction_days” takes a whole number, such as 30 or 1,500 (got “2.5”).'],
      [['--answer', 'correction_days=0x10'], '“correction_days” takes a whole number, such as 30 or 1,500 (got “0x10”).'],
      [['--answer', 'portal_url=data.bancroft.ca'], '“portal_url” takes a web address starting with https:// or http:// (got “data.bancroft.ca”).'],
      [['--answer', 'portal_url=javascript:alert(1)'], '“portal_url” takes a web address starting with https:// or http:// (got “javascript:alert(1)”).'],
      [['--answer', 'portal_url.fr=https://données bancroft'], '“portal_url” takes a web address starting with https:// or http:// (got “https://données bancroft”).'],
      [['--municipality', 'Town of\nBancroft'], '“--municipality” takes one line of text, without line breaks or control characters (got “Town of\\nBancroft”).'],
    ];
    for (const [extra, message] of cases) {
      const r = await policy([...base, ...extra], project.dir);
      assert.equal(r.code, 2, extra.join(' '));
      assert.equal(r.stderr, `toolkit-policy: ${message}\n`, extra.join(' '));
      assert.equal(r.stdout, '');
    }
    assert.ok(!existsSync(join(project.dir, 'open-data-policy.en.md')));
    const fr = await policy([...base, '--answer', 'approval_date=2027-13-45', '--lang', 'fr'], project.dir);
    assert.equal(fr.stderr, 'toolkit-policy\u00A0: «\u00A0approval_date\u00A0» prend une date réelle écrite AAAA-MM-JJ, par exemple 2027-04-01 (reçu «\u00A02027-13-45\u00A0»).\n');
  });

  it('valid typed answers are written each language’s way: leap day, grouped numbers, per-language addresses', async () => {
    const r = await policy(['assemble', '--profile', 'starter', ...ESSENTIALS, '--answer', 'approval_date=2028-02-29', '--answer', 'effective_date=2028-03-01', '--answer', 'correction_days=1,500', '--answer', 'portal_url=https://data.bancroft.ca/en/', '--answer', 'portal_url.fr=https://data.bancroft.ca/fr/'], project.dir);
    assert.equal(r.code, 0, r.stderr);
    const en = readFileSync(join(project.dir, 'open-data-policy.en.md'), 'utf8');
    const fr = readFileSync(join(project.dir, 'open-data-policy.fr.md'), 'utf8');
    assert.match(en, /Council approved this policy on February 29, 2028\. It takes effect on March 1, 2028\./);
    assert.match(fr, /Le conseil a adopté la présente politique le 29 février 2028\. Elle entre en vigueur le 1er mars 2028\./);
    assert.match(en, /1,500/);
    assert.match(fr, /1\u00A0500/);
    assert.match(fr, /https:\/\/data\.bancroft\.ca\/fr\//);
  });

  it('checks the pair it wrote: markup in one language only is written, reported as toolkit-check would, and exits 1', async () => {
    const r = await policy(['assemble', '--profile', 'starter', ...ESSENTIALS.slice(0, 6), '--lead', 'Open Data Lead ([contact](https://bancroft.ca/en/contact))', '--lead-fr', 'responsable des données ouvertes', '--answer', 'portal_url=https://data.bancroft.ca'], project.dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^Wrote open-data-policy\.en\.md and open-data-policy\.fr\.md/);
    assert.match(r.stderr, /^open-data-policy\.fr\.md:\d+:\d+  error  .*  links$/m);
    assert.match(r.stderr, /toolkit-policy: The pair was written, but toolkit-check finds \d+ errors? in it \(above\)/);
    const { code, diagnostics } = await check(project.dir);
    assert.equal(code, 1, 'toolkit-check agrees');
    assert.equal(diagnostics.filter((d) => d.severity === 'error').length, Number(/finds (\d+) errors?/.exec(r.stderr)![1]));
  });

  it('an invalid province stops the assembly with the allowed values; nothing written', async () => {
    const r = await policy(['assemble', '--profile', 'starter', ...ESSENTIALS.slice(0, 4), '--province', 'XX', '--lead', 'L'], project.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /starter\.yaml:\d+:1  error  The value given for “province” is not valid: AB, BC, .*YT\.  clause-assembly/);
    assert.match(r.stderr, /toolkit-policy: Nothing written: the policy cannot be assembled\./);
    assert.ok(!existsSync(join(project.dir, 'open-data-policy.en.md')));
  });

  it('lists profiles and clauses by category, in French with --lang fr', async () => {
    const r = await policy(['list', '--lang', 'fr'], project.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Profils\n  full-program  .*\n  starter       Politique de départ \(petite municipalité\) \(22\u00A0clauses\)\n/);
    assert.match(r.stdout, /\nClauses \(5\d\)\n  Fondements\n    purpose@1\.0\.0 +Objet\n/);
    assert.match(r.stdout, /\n  Vie privée et exceptions\n/);
  });

  it('uses the organisation’s clause folders: their profile and clauses, their broken file reported at its line', async () => {
    const p = tempProject({
      'opendata-toolkit.json': '{ "clauseFolders": ["ours"] }',
      'ours/profiles/tiny.yaml': 'id: tiny\ntitle: { en: Tiny, fr: Mini }\ndescription: { en: T, fr: T }\nquestions: []\nclauses: [open-by-default, acme.extra]\n',
      'ours/extra.yaml': 'id: acme.extra\nversion: 1.0.0\ncategory: acme\ntitle: { en: Extra, fr: Supplément }\nbody: { en: We also publish budgets., fr: Nous publions aussi les budgets. }\nguidance: { en: x, fr: x }\nsources: [odc:1]\n',
      'ours/broken.yaml': 'id: acme.broken\nversion: 1.0.0\ntitle: [\n',
    });
    try {
      const list = await policy(['list'], p.dir);
      assert.match(list.stdout, /\n  tiny +Tiny \(2 clauses\)\n/);
      assert.match(list.stdout, /\n  acme\n    acme\.extra@1\.0\.0 +Extra\n/);
      assert.match(list.stderr, /^ours\/broken\.yaml:[34]:\d+  error  This clause file is not valid YAML/m);
      const r = await policy(['assemble', '--profile', 'tiny'], p.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(readFileSync(join(p.dir, 'open-data-policy.fr.md'), 'utf8'), /## 2\. Supplément\n\n<!-- clause:acme\.extra@1\.0\.0 -->\nNous publions aussi les budgets\.\n<!-- \/clause -->/);
    } finally {
      p.cleanup();
    }
  });

  it('--help and --version exit 0', async () => {
    assert.match((await policy(['--help'], project.dir)).stdout, /^Usage:\n  toolkit-policy assemble/);
    assert.equal((await policy(['--version'], project.dir)).code, 0);
  });
});
