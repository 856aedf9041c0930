import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempProject } from '../helpers/tempProject';
import { bundledChecklistsFolder } from '../../../src/cli/checklist/checklistMain';
import { ROOT } from '../clauses/shippedLibrary';

const fm = (lang: 'en' | 'fr', extra = '') => `---\nlang: ${lang}\ntranslationKey: memo\ntype: chapter\n${extra}---\n\n`;
const EN = (extra = '') => `${fm('en', extra)}# Memo\n\n## Learning objectives\n\nRead this.\n\n## Sources\n\nA book.\n`;
const FR = (extra = '') => `${fm('fr', extra)}# Note\n\n## Objectifs d’apprentissage\n\nLisez ceci.\n\n## Sources\n\nUn livre.\n`;

interface JsonItem { id: string; state: string; required: boolean; reason: string; line?: number }
const items = (json: { files: Array<{ file: string; checklists: Array<{ id: string; sections: Array<{ items: JsonItem[] }> }> }> }, file: string) =>
  new Map(json.files.find((f) => f.file === file)!.checklists.flatMap((l) => l.sections.flatMap((s) => s.items.map((i) => [`${l.id}/${i.id}`, i] as const))));

describe('toolkit-check checklist', () => {
  it('finds the bundled checklists next to the package (dist/ or src/cli/checklist/)', () => {
    assert.equal(bundledChecklistsFolder(join(ROOT, 'dist')), join(ROOT, 'checklists'));
  });

  it('a file named alone is evaluated with its counterpart; exit 0 when every required item is ticked', async () => {
    const project = tempProject({ 'memo.en.md': EN(), 'memo.fr.md': FR() });
    try {
      const r = await cli(['checklist', 'memo.en.md', '--format', 'json'], project.dir);
      const json = JSON.parse(r.stdout);
      assert.deepEqual(json.files.map((f: { file: string }) => f.file), ['memo.en.md']);
      assert.equal(json.files[0].counterpart, 'memo.fr.md');
      const got = items(json, 'memo.en.md');
      assert.equal(got.get('chapter-review/learning-objectives')!.state, 'ticked');
      assert.equal(got.get('chapter-review/learning-objectives')!.line, 9);
      assert.equal(got.get('chapter-review/has-counterpart')!.state, 'ticked');
      assert.equal(got.get('chapter-review/substance')!.state, 'unticked');
      assert.equal(got.get('chapter-review/plain-language')!.state, 'manual');
      assert.equal(json.missingRequired, 0, r.stdout);
      assert.equal(r.code, 0);
    } finally {
      project.cleanup();
    }
  });

  it('exit 1 when a required item is missing; text output in French with --lang fr; a tick in the counterpart counts', async () => {
    const project = tempProject({ 'memo.en.md': EN().replace('## Sources', '## Notes'), 'memo.fr.md': FR('checklist-done: [chapter-review/plain-language]\n') });
    try {
      const r = await cli(['checklist', 'memo.en.md', '--lang', 'fr'], project.dir);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /Révision éditoriale d’un chapitre de la trousse — \d+\/10 cochés/);
      assert.match(r.stdout, /\[!\] Le chapitre indique ses sources \(obligatoire\) — aucun titre contenant «\u00A0sources\u00A0»/);
      assert.match(r.stdout, /\[x\] Rédigé en langage clair — coché par une personne/);
      assert.match(r.stdout, /1 élément obligatoire manque\.\n$/);
    } finally {
      project.cleanup();
    }
  });

  it('HTML output escapes what files say and loads nothing from outside', async () => {
    const project = tempProject({
      'opendata-toolkit.json': '{ "checklistFolders": ["lists"] }',
      'lists/x.yaml': 'id: x\ntitle: { en: "<script>alert(1)</script>", fr: "<b>x</b>" }\nappliesTo: { types: [chapter] }\nsections:\n  - title: { en: S, fr: S }\n    items:\n      - { id: a, label: { en: "A & B", fr: "A et B" }, kind: manual }\n',
      'memo.en.md': EN(),
      'memo.fr.md': FR(),
    });
    try {
      const r = await cli(['checklist', '--format', 'html'], project.dir);
      assert.match(r.stdout, /^<!DOCTYPE html>/);
      assert.match(r.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(r.stdout, /A &amp; B/);
      assert.doesNotMatch(r.stdout, /<script/);
      assert.match(r.stdout, /default-src 'none'/);
    } finally {
      project.cleanup();
    }
  });

  it('Markdown output: a task list with the same items and states as the JSON, in the language asked, text from files inert', async () => {
    const project = tempProject({
      'opendata-toolkit.json': '{ "checklistFolders": ["lists"] }',
      'lists/x.yaml': 'id: x\ntitle: { en: "[link](http://evil) <b>x</b>", fr: "X" }\nappliesTo: { types: [chapter] }\nsections:\n  - title: { en: S, fr: S }\n    items:\n      - { id: a, label: { en: "A *and* B", fr: "A et B" }, kind: manual }\n',
      'memo.en.md': EN().replace('## Sources', '## Notes'),
      'memo.fr.md': FR(),
    });
    try {
      const r = await cli(['checklist', 'memo.en.md', '--format', 'markdown'], project.dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^# Checklist report\n/);
      assert.match(r.stdout, /^## memo\.en\.md$/m);
      assert.match(r.stdout, /^- \[ \] The chapter lists its sources \*\(required\)\* \*\*missing\*\* — /m);
      assert.match(r.stdout, /^- \[x\] The chapter states its learning objectives/m);
      assert.ok(r.stdout.includes('\n### \\[link\\](http://evil) \\<b\\>x\\</b\\> (0/1 ticked)\n'), r.stdout);
      assert.match(r.stdout, /A \\\*and\\\* B/);
      const json = JSON.parse((await cli(['checklist', 'memo.en.md', '--format', 'json'], project.dir)).stdout);
      const states = [...items(json, 'memo.en.md').values()].map((i) => (i.state === 'ticked' ? '[x]' : '[ ]'));
      assert.deepEqual(r.stdout.split('\n').filter((l) => l.startsWith('- [')).map((l) => l.slice(2, 5)), states);
      const fr = await cli(['checklist', 'memo.en.md', '--format', 'markdown', '--lang', 'fr'], project.dir);
      assert.match(fr.stdout, /^# Rapport de liste de contrôle\n/);
      assert.match(fr.stdout, /\*\*manquant\*\*/);
    } finally {
      project.cleanup();
    }
  });

  it('an invalid organisation checklist is reported at its line on stderr and in the JSON; the other lists still apply', async () => {
    const project = tempProject({
      'opendata-toolkit.json': '{ "checklistFolders": ["lists"], "disabledChecklists": ["translation-review"] }',
      'lists/bad.yaml': 'id: bad\ntitle: { en: Bad, fr: Mauvaise }\nappliesTo: {}\nsections: []\n',
      'memo.en.md': EN(),
      'memo.fr.md': FR(),
    });
    try {
      const r = await cli(['checklist', 'memo.en.md', '--format', 'json'], project.dir);
      const json = JSON.parse(r.stdout);
      assert.deepEqual(json.errors.map((e: { file: string; line: number }) => `${e.file}:${e.line}`), ['lists/bad.yaml:4']);
      assert.match(r.stderr, /^lists\/bad\.yaml:4:/);
      assert.deepEqual(json.files[0].checklists.map((l: { id: string }) => l.id), ['chapter-review']);
    } finally {
      project.cleanup();
    }
  });

  it('checklistGlobs give lists by path and disabledChecklists switch built-in ones off; a glob that reaches outside is refused (exit 2)', async () => {
    const project = tempProject({
      'opendata-toolkit.json': '{ "checklistGlobs": { "policies/**": ["policy-completeness"] }, "disabledChecklists": ["chapter-review"] }',
      'policies/memo.en.md': '---\nlang: en\ntranslationKey: p\n---\n\n# Policy\n',
      'policies/memo.fr.md': '---\nlang: fr\ntranslationKey: p\n---\n\n# Politique\n',
      'memo.en.md': EN(),
      'memo.fr.md': FR(),
    });
    try {
      const json = JSON.parse((await cli(['checklist', '--format', 'json'], project.dir)).stdout);
      const lists = (file: string) => json.files.find((f: { file: string }) => f.file === file).checklists.map((l: { id: string }) => l.id);
      assert.deepEqual(lists('policies/memo.en.md'), ['policy-completeness']);
      assert.deepEqual(lists('memo.en.md'), []);
      writeFileSync(join(project.dir, 'opendata-toolkit.json'), '{ "checklistGlobs": { "../**": ["policy-completeness"] } }');
      const bad = await cli(['checklist'], project.dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /opendata-toolkit\.json:1:\d+ .*“\.\.\/\*\*” \(checklistGlobs\.\.\.\/\*\*\) is refused/);
    } finally {
      project.cleanup();
    }
  });

  it('bad usage and a missing path exit 2', async () => {
    const project = tempProject({ 'memo.en.md': EN() });
    try {
      const bad = await cli(['checklist', '--format', 'sarif'], project.dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--format must be text, json, html or markdown/);
      const missing = await cli(['checklist', 'nowhere.md'], project.dir);
      assert.equal(missing.code, 2);
      const help = await cli(['checklist', '--help', '--lang', 'fr'], project.dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage\u00A0: toolkit-check checklist/);
    } finally {
      project.cleanup();
    }
  });
});

describe('toolkit-check checklist on pages no list is for', () => {
  it('leaves them out of the text, says once that no list applies, keeps them in the JSON; exit 0', async () => {
    const project = tempProject({ 'a.en.md': '# A\n', 'a.fr.md': '# A\n', 'memo.en.md': EN(), 'memo.fr.md': FR() });
    try {
      const r = await cli(['checklist'], project.dir);
      assert.doesNotMatch(r.stdout, /^a\.en\.md$/m);
      assert.match(r.stdout, /^memo\.en\.md$/m);
      const none = await cli(['checklist', 'a.en.md'], project.dir);
      assert.match(none.stdout, /^No checklist applies/);
      assert.equal(none.code, 0);
      const json = JSON.parse((await cli(['checklist', '--format', 'json'], project.dir)).stdout);
      assert.equal(json.files.length, 4);
    } finally {
      project.cleanup();
    }
  });
});

describe('toolkit-check checklist: confinement', () => {
  it('refuses a checklist folder outside the configuration’s folder (exit 2), as for clause folders', async () => {
    const project = tempProject({ 'opendata-toolkit.json': '{ "checklistFolders": ["/etc"] }', 'memo.en.md': EN(), 'memo.fr.md': FR() });
    try {
      const r = await cli(['checklist'], project.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /checklistFolders/);
      assert.equal(r.stdout, '');
    } finally {
      project.cleanup();
    }
  });
});
