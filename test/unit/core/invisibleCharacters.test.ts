import { strict as assert } from 'node:assert';
import { findInvisibleRuns } from '../../../src/core/invisible/invisibleCharacters';
import { formatMessage } from '../../../src/core/messages/format';
import { checkPairTexts, checkTexts, ofRule } from '../helpers/checkTexts';

const EN = '# Open data\n\nWe publish [the catalogue](https://open.example.ca/en/catalogue).\n';
const FR = '# Données ouvertes\n\nNous publions [le catalogue](https://open.example.ca/fr/catalogue).\n';

/** Applies each finding's fix to the text, last first. */
function applyFixes(text: string, findings: Array<{ fix?: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; text: string } }>): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.column;
  const edits = findings.map((f) => f.fix!).sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of edits) text = text.slice(0, offset(e.range.start)) + e.text + text.slice(offset(e.range.end));
  return text;
}

describe('invisible-characters rule', () => {
  it('finds bidirectional controls and zero-width characters in headings, link text and addresses, with a fix that removes them', async () => {
    const fr = '# Données\u200B ouvertes\n\nNous publions [le cata\u202Elogue\u202C](https://open.example.ca/fr/cata\u200Dlogue).\n\nMot\u2060joint et \uFEFFespace, \u2066isolé\u2069.\n';
    const findings = ofRule(await checkPairTexts(EN, fr), 'invisible-characters');
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.column + 1} ${f.severity} ${String(f.args?.code)}`),
      [
        'doc.fr.md:1:10 warning U+200B',
        'doc.fr.md:3:23 warning U+202E',
        'doc.fr.md:3:29 warning U+202C',
        'doc.fr.md:3:63 warning U+200D',
        'doc.fr.md:5:4 warning U+2060',
        'doc.fr.md:5:14 warning U+FEFF',
        'doc.fr.md:5:23 warning U+2066',
        'doc.fr.md:5:29 warning U+2069',
      ],
    );
    assert.equal(
      formatMessage(findings[1].messageId, findings[1].args, 'en'),
      'Invisible bidirectional control U+202E (right-to-left override): it can make the text read in another order than it is written (“Trojan Source”). Remove it.',
    );
    assert.equal(
      formatMessage(findings[0].messageId, findings[0].args, 'fr'),
      'Caractère invisible U+200B (espace sans chasse)\u00A0: il se cache dans les mots et les adresses, nuit à la recherche et peut faire mener un lien ailleurs que ce qu’il affiche. Supprimez-le.',
    );
    assert.equal(formatMessage(findings[0].fix!.title.messageId, undefined, 'fr'), 'Supprimer le caractère invisible');
    assert.equal(applyFixes(fr, findings), '# Données ouvertes\n\nNous publions [le catalogue](https://open.example.ca/fr/catalogue).\n\nMotjoint et espace, isolé.\n');
  });

  it('takes a run of the same character as one finding, in both files and in unpaired files', async () => {
    const { findings } = await checkTexts({ 'a.en.md': '# A\n\nOne\u200B\u200B\u200Btwo.\n', 'b.en.md': '# B\u202E\n' });
    const ours = ofRule(findings, 'invisible-characters');
    assert.deepEqual(ours.map((f) => [f.file, f.range.start.column, f.range.end.column]), [['a.en.md', 3, 6], ['b.en.md', 3, 4]]);
  });

  it('leaves alone a byte order mark at the start, joiners inside emoji and between letters of scripts that need them', async () => {
    const en = '\uFEFF# Team\n\nOur developer 👩\u200D💻 and family 👨\u200D👩\u200D👧, thumbs 👍🏽\u200D and ❤️\u200D🔥.\n\nPersian: می\u200Cخواهم; Hindi: क्\u200Dष.\n';
    const fr = '# Équipe\n\nNotre développeuse 👩\u200D💻 et famille 👨\u200D👩\u200D👧, pouce 👍🏽\u200D et ❤️\u200D🔥.\n\nPersan\u00A0: می\u200Cخواهم; hindi\u00A0: क्\u200Dष.\n';
    const findings = ofRule(await checkPairTexts(en, fr), 'invisible-characters');
    // The joiner after 👍🏽 joins nothing: it is the only one reported, in each file.
    assert.deepEqual(findings.map((f) => `${f.file} ${String(f.args?.code)}`), ['doc.en.md U+200D', 'doc.fr.md U+200D']);
    assert.deepEqual(findInvisibleRuns('\uFEFFText'), []);
    assert.equal(findInvisibleRuns('Te\uFEFFxt').length, 1);
    assert.equal(findInvisibleRuns('data\u200Cset').length, 1, 'a non-joiner between Latin letters is hidden text');
    assert.equal(findInvisibleRuns('🔥\u200D').length, 1, 'a joiner at the end joins nothing');
  });

  it('can be turned off like any rule', async () => {
    const findings = await checkPairTexts(EN, FR.replace('ouvertes', 'ouv\u200Bertes'), { rules: { 'invisible-characters': 'off' } });
    assert.deepEqual(ofRule(findings, 'invisible-characters'), []);
  });
});
