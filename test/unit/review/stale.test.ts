import { strict as assert } from 'node:assert';
import { checkPairTexts, describe as show, ofRule } from '../helpers/checkTexts';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { reviewEdit, type ReviewScope } from '../../../src/core/review/reviewEdit';
import { stableHash, normalizeForHash } from '../../../src/core/review/stableHash';
import { formatMessage } from '../../../src/core/messages/format';

const EN = `# Open data policy

The city publishes data.

## Purpose

The city publishes data so residents can use it.

## Scope

This policy applies to all departments.
`;

const FR = `---
title: Politique
---

# Politique sur les données ouvertes

La ville publie des données.

## Objet

La ville publie des données pour que les résidents puissent les utiliser.

## Portée

Cette politique s’applique à tous les services.
`;

/** The French text once marked reviewed against `en` (the edit applied). */
function reviewed(en: string, fr: string, scope: ReviewScope = { kind: 'file' }): string {
  const result = reviewEdit(buildDocument('doc.en.md', en, 'en'), buildDocument('doc.fr.md', fr, 'fr'), scope);
  assert.ok(result.ok, 'the edit is made');
  return fr.slice(0, result.edit.start) + result.edit.text + fr.slice(result.edit.end);
}

async function stale(en: string, fr: string): Promise<string[]> {
  return show(ofRule(await checkPairTexts(en, fr), 'stale'));
}

describe('stale translations', () => {
  it('is silent on a file never reviewed, and right after a review', async () => {
    assert.deepEqual(await stale(EN, FR), []);
    const fr = reviewed(EN, FR);
    assert.match(fr, /^---\ntitle: Politique\nreviewedAgainst:\n {2}"open-data-policy": "[0-9a-f]{8}"\n {2}"purpose": "[0-9a-f]{8}"\n {2}"scope": "[0-9a-f]{8}"\n---\n/);
    assert.deepEqual(await stale(EN, fr), []);
    // The record is the French file's own: the front matter rule does not ask the English for it.
    assert.deepEqual(show(ofRule(await checkPairTexts(EN, fr), 'front-matter')), []);
  });

  it('reports exactly the French section whose English changed, not French-only edits', async () => {
    const fr = reviewed(EN, FR);
    const en = EN.replace('all departments.', 'all departments and agencies.');
    assert.deepEqual(await stale(en, fr), ['stale doc.fr.md:17: Outdated: the English section “Scope” (line 9) has changed since this French section was reviewed against it.']);
    const findings = ofRule(await checkPairTexts(en, fr), 'stale');
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].related?.[0].file, 'doc.en.md');
    assert.equal(formatMessage(findings[0].messageId, findings[0].args, 'fr'), 'Traduction périmée\u00A0: la section anglaise «\u00A0Scope\u00A0» (ligne 9) a changé depuis la révision de cette section française.');
    assert.deepEqual(await stale(EN, fr.replace('tous les services.', 'tous les services municipaux.')), []);
  });

  it('is stable under re-formatting of whitespace in the English', async () => {
    const fr = reviewed(EN, FR);
    const rewrapped = EN.replace('so residents can use it.', 'so residents\n   can use   it.').replace(/\n/g, '\r\n');
    assert.deepEqual(await stale(rewrapped, fr), []);
  });

  it('reports an English section added since the review as new, and a removed one', async () => {
    const fr = reviewed(EN, FR);
    const added = EN + '\n## Roles\n\nThe open data lead coordinates the program.\n';
    assert.deepEqual(await stale(added, fr), ['stale doc.fr.md:19: New since the review, to translate: the English section “Roles” (line 13).']);
    const removed = EN.replace(/## Scope[\s\S]*$/, '');
    assert.deepEqual(await stale(removed, fr.replace(/## Portée[\s\S]*$/, '')), ['stale doc.fr.md:6: The English section “scope” that this file was reviewed against has been removed since; remove its translation if it is still here, then mark the file as reviewed.']);
  });

  it('marks one section reviewed and leaves the others outdated', async () => {
    const fr = reviewed(EN, FR);
    const en = EN.replace('all departments.', 'all departments and agencies.').replace('can use it.', 'can reuse it.');
    assert.equal((await stale(en, fr)).length, 2);
    const once = reviewed(en, fr, { kind: 'section', key: 'scope' });
    assert.deepEqual(await stale(en, once), ['stale doc.fr.md:13: Outdated: the English section “Purpose” (line 5) has changed since this French section was reviewed against it.']);
    // Only the one line of the record changed: reviews of different sections merge in git.
    const changed = once.split('\n').filter((line, i) => line !== fr.split('\n')[i]);
    assert.deepEqual(changed.map((l) => l.replace(/[0-9a-f]{8}/, 'H')), ['  "scope": "H"']);
  });

  it('writes a front matter block into a file without one, and a TOML table into TOML front matter', async () => {
    const bare = FR.replace(/^---[\s\S]*?---\n\n/, '');
    const withYaml = reviewed(EN, bare);
    assert.match(withYaml, /^---\nreviewedAgainst:\n[\s\S]*?\n---\n\n# Politique/);
    assert.deepEqual(await stale(EN, withYaml), []);
    const toml = '+++\ntitle = "Politique"\n+++\n\n' + bare;
    const withToml = reviewed(EN, toml);
    assert.match(withToml, /^\+\+\+\ntitle = "Politique"\n\[reviewedAgainst\]\n"open-data-policy" = "[0-9a-f]{8}"\n/);
    assert.deepEqual(await stale(EN, withToml), []);
    assert.equal((await stale(EN.replace('all departments', 'every department'), withToml)).length, 1);
    // Reviewing again replaces the record in place.
    assert.equal(reviewed(EN, withToml), withToml);
    assert.equal(reviewed(EN, withYaml), withYaml);
  });

  it('refuses to write into broken front matter, and reports a record that is not a table', async () => {
    const broken = '---\ntitle: [unclosed\n---\n\n# Politique\n';
    assert.deepEqual(reviewEdit(buildDocument('doc.en.md', EN, 'en'), buildDocument('doc.fr.md', broken, 'fr'), { kind: 'file' }), { ok: false, reason: 'frontMatterBroken' });
    const invalid = FR.replace('title: Politique', 'title: Politique\nreviewedAgainst: yes');
    assert.equal((await stale(EN, invalid))[0], 'stale doc.fr.md:3: The review record “reviewedAgainst” is not a table of English section keys to fingerprints; mark the file as reviewed again to rewrite it.');
  });

  it('hashes stably', () => {
    assert.equal(stableHash(''), '811c9dc5');
    assert.equal(stableHash('a'), 'e40c292c');
    assert.equal(normalizeForHash(' a\n\t b\u00A0c '), 'a b c');
    assert.notEqual(stableHash('a b'), stableHash('a  b'.replace('  ', ' ').toUpperCase()));
  });
});
