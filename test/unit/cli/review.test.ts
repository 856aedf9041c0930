import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempProject } from '../helpers/tempProject';

const EN = '# Open data\n\nThe city publishes data.\n\n## Scope\n\nThis policy applies to all departments.\n\n## Roles\n\nThe lead coordinates.\n';
const FR = '# Données ouvertes\n\nLa ville publie des données.\n\n## Portée\n\nCette politique s’applique à tous les services.\n\n## Rôles\n\nLa personne responsable coordonne.\n';

describe('toolkit-check review', () => {
  it('records the review, then exactly the French section whose English changed is outdated in every format', async () => {
    const project = tempProject({ 'docs/policy.en.md': EN, 'docs/policy.fr.md': '\uFEFF' + FR });
    try {
      const reviewed = await cli(['review', 'docs/policy.en.md'], project.dir);
      assert.equal(reviewed.code, 0, reviewed.stderr);
      assert.equal(reviewed.stdout, 'Marked docs/policy.fr.md as reviewed against docs/policy.en.md (3 English sections).\n');
      const fr = readFileSync(join(project.dir, 'docs/policy.fr.md'), 'utf8');
      assert.match(fr, /^\uFEFF---\nreviewedAgainst:\n {2}"open-data": "[0-9a-f]{8}"\n {2}"scope": "[0-9a-f]{8}"\n {2}"roles": "[0-9a-f]{8}"\n---\n\n# Données ouvertes/);
      assert.doesNotMatch((await cli(['--format', 'json'], project.dir)).stdout, /"stale"/);
      writeFileSync(join(project.dir, 'docs/policy.en.md'), EN.replace('all departments', 'all departments and agencies'));
      const json = JSON.parse((await cli(['--format', 'json'], project.dir)).stdout);
      const stale = json.diagnostics.filter((d: { rule: string }) => d.rule === 'stale');
      assert.deepEqual(stale.map((d: { file: string; line: number; severity: string }) => [d.file, d.line, d.severity]), [['docs/policy.fr.md', 12, 'warning']]);
      const text = await cli([], project.dir);
      assert.match(text.stdout, /Outdated: the English section “Scope” \(line 5\) has changed since this French section was reviewed against it\.\s+stale/);
      assert.match((await cli(['--format', 'sarif'], project.dir)).stdout, /"ruleId": "stale"/);
      // Reviewing again (the French file named this time) clears it.
      assert.equal((await cli(['review', 'docs/policy.fr.md', '--lang', 'fr'], project.dir)).stdout, 'docs/policy.fr.md est marqué comme révisé d’après docs/policy.en.md (3\u00A0sections anglaises).\n');
      assert.doesNotMatch((await cli(['--format', 'json'], project.dir)).stdout, /"stale"/);
    } finally {
      project.cleanup();
    }
  });

  it('exits 2 for a file in no pair or no file at all, writing nothing', async () => {
    const project = tempProject({ 'alone.en.md': EN });
    try {
      const result = await cli(['review', 'alone.en.md'], project.dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /alone\.en\.md is in no English–French pair/);
      assert.equal(readFileSync(join(project.dir, 'alone.en.md'), 'utf8'), EN);
      assert.equal((await cli(['review'], project.dir)).code, 2);
    } finally {
      project.cleanup();
    }
  });
});

describe('toolkit-check review in a git repository', () => {
  it('says in which commit and when the English section changed, with the change as a word diff', async function () {
    this.timeout(20000);
    const { execFileSync } = await import('node:child_process');
    const project = tempProject({ 'policy.en.md': EN, 'policy.fr.md': FR });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: project.dir, stdio: 'pipe' });
    try {
      git('init', '-q');
      assert.equal((await cli(['review', 'policy.fr.md'], project.dir)).code, 0);
      git('add', '.');
      git('commit', '-qm', 'reviewed');
      writeFileSync(join(project.dir, 'policy.en.md'), EN.replace('The lead coordinates.', 'The lead coordinates. Changed roles.'));
      const uncommitted = JSON.parse((await cli(['--format', 'json'], project.dir)).stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'stale');
      assert.equal(uncommitted.length, 1);
      assert.equal(uncommitted[0].related[1].message, 'Changed since the review, not committed yet: Roles The lead coordinates {+. Changed roles+} .');
      git('commit', '-qam', 'roles changed');
      writeFileSync(join(project.dir, 'policy.en.md'), EN.replace('The lead coordinates.', 'The lead coordinates. Changed roles.').replace('# Open data', '# Open data!'));
      git('commit', '-qam', 'other section');
      const hash = execFileSync('git', ['log', '--format=%h %cs', '-1', '--abbrev=10', 'HEAD~1'], { cwd: project.dir, encoding: 'utf8' }).trim().split(' ');
      const stale = JSON.parse((await cli(['--format', 'json'], project.dir)).stdout).diagnostics.filter((d: { rule: string; line: number }) => d.rule === 'stale' && d.line > 10);
      assert.equal(stale[0].related[1].message, `Changed since the review in commit ${hash[0]} (${hash[1]}): Roles The lead coordinates {+. Changed roles+} .`);
    } finally {
      project.cleanup();
    }
  });
});
