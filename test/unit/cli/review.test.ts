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
