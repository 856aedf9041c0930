import { strict as assert } from 'node:assert';
import { checkPairTexts } from '../helpers/checkTexts';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { alignDocuments } from '../../../src/core/align/alignDocuments';
import { reviewEdit } from '../../../src/core/review/reviewEdit';
import { alignedRows, type AlignedReview } from '../../../src/core/review/alignedRows';

const EN = `# Open data policy

The city publishes data.

## Purpose

The city publishes 25 datasets so residents can use them.

Residents may ask for a dataset at any time. The open data team answers every request within ten business days, and publishes the answer on the portal.

## Scope

This policy applies to all departments.

## Contact

Write to the open data team.
`;

const FR = `# Politique sur les données ouvertes

La ville publie des données.

## Objet

La ville publie 25 jeux de données pour que les résidents puissent les utiliser.

Les résidents peuvent demander un jeu de données en tout temps.

## Portée

Cette politique s’applique à tous les services.

## Contact

Write to the open data team and the city clerk if you need more help with the data.
`;

async function review(en: string, fr: string): Promise<AlignedReview> {
  const findings = await checkPairTexts(en, fr);
  const enDoc = buildDocument('doc.en.md', en, 'en');
  const frDoc = buildDocument('doc.fr.md', fr, 'fr');
  return alignedRows(enDoc, frDoc, alignDocuments(enDoc, frDoc), findings);
}

/** Rows as `en line | fr line | statuses`, 1-based lines, for readable assertions. */
function show(r: AlignedReview): string[] {
  return r.rows.map((row) => `${row.en ? row.en.line + 1 : '-'} | ${row.fr ? row.fr.line + 1 : '-'} | ${row.status.join(',')}`);
}

describe('aligned review rows', () => {
  it('puts every block of a pair in step side by side', async () => {
    const fr = FR.replace('Write to the open data team and the city clerk if you need more help with the data.', 'Écrivez à l’équipe des données ouvertes.');
    const r = await review(EN, fr);
    assert.deepEqual(show(r), ['1 | 1 | inStep', '3 | 3 | inStep', '5 | 5 | inStep', '7 | 7 | inStep', '9 | 9 | inStep', '11 | 11 | inStep', '13 | 13 | inStep', '15 | 15 | inStep', '17 | 17 | inStep']);
    assert.equal(r.rows[1].en?.text, 'The city publishes data.');
    assert.equal(r.rows[1].fr?.text, 'La ville publie des données.');
    assert.equal(r.rows[1].en?.kind, 'paragraph');
  });

  it('says which rows are missing, changed in numbers or links, or untranslated', async () => {
    const fr = FR.replace('25 jeux', '52 jeux').replace('Les résidents peuvent demander un jeu de données en tout temps.\n\n', '');
    const r = await review(EN, fr);
    const rows = show(r);
    assert.ok(rows.includes('7 | 7 | changed'), rows.join('\n'));
    assert.ok(rows.includes('9 | - | missing'), rows.join('\n'));
    assert.ok(rows.includes('17 | 15 | untranslated'), rows.join('\n'));
    const missing = r.rows.find((row) => row.status.includes('missing'))!;
    assert.deepEqual(missing.findings.map((f) => `${f.rule} ${f.side}`), ['blocks fr']);
    // The rows around the gap stay in step: the finding is on the gap, not where it was reported.
    assert.ok(rows.includes('11 | 9 | inStep'), rows.join('\n'));
    const changed = r.rows.find((row) => row.status.includes('changed'))!;
    assert.ok(changed.findings.some((f) => f.rule === 'numbers' && f.side === 'fr'));
  });

  it('makes exactly the rows of an outdated French section outdated', async () => {
    const frFixed = FR.replace('Write to the open data team and the city clerk if you need more help with the data.', 'Écrivez à l’équipe des données ouvertes.');
    const edit = reviewEdit(buildDocument('doc.en.md', EN, 'en'), buildDocument('doc.fr.md', frFixed, 'fr'), { kind: 'file' });
    assert.ok(edit.ok);
    const fr = frFixed.slice(0, edit.edit.start) + edit.edit.text + frFixed.slice(edit.edit.end);
    assert.deepEqual(show(await review(EN, fr)).filter((s) => !s.endsWith('inStep')), []);
    const en = EN.replace('This policy applies to all departments.', 'This policy applies to all departments and agencies.');
    const r = await review(en, fr);
    const outdated = r.rows.filter((row) => row.status.includes('outdated'));
    assert.deepEqual(outdated.map((row) => [row.en?.text, row.fr?.text]), [
      ['Scope', 'Portée'],
      ['This policy applies to all departments and agencies.', 'Cette politique s’applique à tous les services.'],
    ]);
    // The front matter's record is on no block.
    assert.ok(r.rows.every((row) => row.findings.every((f) => f.rule !== 'front-matter')));
  });

  it('gives a section found on one side only rows of its own, with the finding that names it', async () => {
    const fr = FR.replace(/\n## Contact\n[\s\S]*$/, '');
    const r = await review(EN, fr);
    const rows = show(r);
    assert.deepEqual(rows.slice(-3), ['13 | 13 | inStep', '15 | - | missing', '17 | - | missing']);
    const heading = r.rows.find((row) => row.en?.text === 'Contact')!;
    assert.deepEqual(heading.findings.map((f) => `${f.rule} ${f.side}`), ['sections fr']);
  });

  it('keeps findings that fall on no block apart', async () => {
    const r = await review(EN, `---\ntitle: [unclosed\n---\n\n${FR}`);
    assert.ok(r.elsewhere.some((f) => f.rule === 'front-matter-syntax' && f.side === 'fr'), JSON.stringify(r.elsewhere));
  });
});
