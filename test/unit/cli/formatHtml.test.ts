import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempProject } from '../helpers/tempProject';

const EN = '# Open data\n\nThe city publishes data.\n\n## Scope\n\nThis policy applies to all departments.\n';
const FR = '# Données ouvertes\n\nLa ville publie des données.\n\n## Portée\n\nCette politique s’applique à tous les services.\n';

describe('--format html', () => {
  it('writes one self-contained dashboard page: pairs with their counts, outdated sections, a chart per chapter, all text escaped', async () => {
    const project = tempProject({ 'guide/policy.en.md': EN, 'guide/policy.fr.md': FR, 'guide/<b>&.en.md': EN, 'guide/<b>&.fr.md': FR, 'alone.en.md': EN });
    try {
      assert.equal((await cli(['review', 'guide/policy.en.md'], project.dir)).code, 0);
      writeFileSync(join(project.dir, 'guide/policy.en.md'), EN.replace('all departments', 'every department'));
      const { code, stdout } = await cli(['--format', 'html'], project.dir);
      assert.equal(code, 0);
      assert.match(stdout, /^<!doctype html>\n<html lang="en">/);
      assert.match(stdout, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
      // Nothing to fetch: no script, no link, no remote address but the SVG namespace.
      assert.doesNotMatch(stdout, /<script|<link|<img|src=|url\(/i);
      assert.deepEqual([...stdout.matchAll(/https?:\/\/[^\s"]+/g)].map((m) => m[0]), ['http://www.w3.org/2000/svg']);
      assert.ok(stdout.includes('<td>guide/&lt;b&gt;&amp;.en.md</td>'), 'file names escaped');
      assert.doesNotMatch(stdout, /<b>&/);
      // The reviewed pair: one outdated section; the chart has the one chapter.
      assert.match(stdout, /<tr><td>guide\/policy\.en\.md<\/td><td>guide\/policy\.fr\.md<\/td><td class="n">0<\/td><td class="n some">1<\/td><td class="n">0<\/td><td class="n some">1<\/td>/);
      assert.match(stdout, /<svg [^>]*role="img"[^>]*>.*<text [^>]*>guide<\/text><rect /s);
      assert.match(stdout, /<li>alone\.en\.md<\/li>/);
      const fr = await cli(['--format', 'html', '--lang', 'fr'], project.dir);
      assert.match(fr.stdout, /<html lang="fr">[\s\S]*Tableau de bord[\s\S]*Français\u00A0: 50\u00A0% des paires/);
    } finally {
      project.cleanup();
    }
  });

  it('is still one page when the run cannot check anything', async () => {
    const project = tempProject({ 'notes.txt': 'x' });
    try {
      const { code, stdout } = await cli(['--format', 'html'], project.dir);
      assert.equal(code, 2);
      assert.match(stdout, /^<!doctype html>[\s\S]*<ul class="errors"><li>toolkit-check: nothing was checked/);
    } finally {
      project.cleanup();
    }
  });
});
