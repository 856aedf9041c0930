import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempProject } from '../helpers/tempProject';

const EN = '---\nlang: en\ntranslationKey: water\n---\n\n# Water\n\nThe color of the water at the center, on March 15, 2026.\n\nSee `key: value` and [the site](https://a.ca/x?y=1:2 "title: x").\n\n```sh\necho "color : center"\n```\n';
// Defects of every fix-all rule, with look-alikes it must leave: code, an address, front matter, a link destination.
const FR = [
  '---',
  "lang: fr",
  'translationKey: water',
  'title: "Note : l\'eau, 15 Mars"',
  '---',
  '',
  '# L’eau',
  '',
  'Note : l’eau du centre, envoyée par e-mail le 15 Mars 2026. C’est l\'eau.',
  '',
  'Voir `clé : valeur` et [le site](https://a.ca/x?y=1:2 "titre : x").',
  '',
  '```sh',
  'echo "Note : e-mail"',
  '```',
  '',
].join('\n');

describe('toolkit-check --fix', () => {
  let project: ReturnType<typeof tempProject>;
  afterEach(() => project?.cleanup());

  it('applies the safe fixes only, says what changed per file and rule, never touches code, addresses or front matter, then checks again', async () => {
    project = tempProject({ 'water.en.md': EN, 'water.fr.md': FR });
    const r = await cli(['--fix'], project.dir);
    const fr = readFileSync(join(project.dir, 'water.fr.md'), 'utf8');
    const en = readFileSync(join(project.dir, 'water.en.md'), 'utf8');
    assert.equal(fr, FR.replace('Note : l’eau du', 'Note\u00A0: l’eau du').replace('e-mail le 15 Mars', 'courriel le 15 mars').replace("C’est l'eau", 'C’est l’eau'));
    assert.equal(en, EN.replace('The color', 'The colour').replace('the center', 'the centre'));
    assert.match(r.stdout, /^water\.en\.md: 2 fixes applied \(canadian-spelling 2\)$/m);
    assert.match(r.stdout, /^water\.fr\.md: 4 fixes applied \(typography 1, date-case 1, apostrophes 1, terminology 1\)$/m);
    // The findings printed are those of the check after fixing: none of the fixed ones is left.
    assert.doesNotMatch(r.stdout, /  (typography|date-case|apostrophes|terminology|canadian-spelling)$/m);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const again = await cli(['--fix', '--lang', 'fr'], project.dir);
    assert.match(again.stdout, /aucune correction sûre à appliquer/);
  });

  it('writes nothing without --fix, and reports the fixes in JSON as `fixed`', async () => {
    project = tempProject({ 'water.en.md': EN, 'water.fr.md': FR });
    await cli([], project.dir);
    assert.equal(readFileSync(join(project.dir, 'water.fr.md'), 'utf8'), FR);
    const r = await cli(['--fix', '--format', 'json'], project.dir);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.fixed, [
      { file: 'water.en.md', fixes: 2, rules: { 'canadian-spelling': 2 } },
      { file: 'water.fr.md', fixes: 4, rules: { typography: 1, 'date-case': 1, apostrophes: 1, terminology: 1 } },
    ]);
    assert.equal(r.stderr, '');
  });

  it('keeps a byte order mark and Windows line ends, and says it in French with --lang fr', async () => {
    const crlf = '\uFEFF' + FR.replace(/\n/g, '\r\n');
    project = tempProject({ 'water.en.md': EN, 'water.fr.md': crlf });
    const r = await cli(['--fix', '--lang', 'fr'], project.dir);
    const bytes = readFileSync(join(project.dir, 'water.fr.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.equal(text.split('\r\n').length, crlf.split('\r\n').length);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.match(text, /Note\u00A0: l’eau du centre, envoyée par courriel le 15 mars 2026/);
    assert.match(r.stdout, /^water\.fr\.md\u00A0: 4 corrections appliquées \(typography 1, date-case 1, apostrophes 1, terminology 1\)$/m);
  });

  it('inserts the configured space (France, U+202F)', async () => {
    project = tempProject({
      'water.en.md': EN,
      'water.fr.md': '---\nlang: fr\ntranslationKey: water\n---\n\n# L’eau\n\nPourquoi? Note : oui.\n',
      'opendata-toolkit.json': JSON.stringify({ rules: { typography: { convention: 'france', space: 'U+202F' } } }),
    });
    await cli(['--fix'], project.dir);
    assert.match(readFileSync(join(project.dir, 'water.fr.md'), 'utf8'), /Pourquoi\u202F\? Note\u202F: oui\./);
  });
});
