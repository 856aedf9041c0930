import { strict as assert } from 'node:assert';
import { checkClauseDocument, compareClauseSets, compareWithTemplate } from '../../../src/core/clauses/clauseDrift';
import { findClauseMarkers, wrapInMarkers } from '../../../src/core/clauses/clauseMarkers';
import { loadClauseLibrary } from '../../../src/core/clauses/loadClauseLibrary';
import { compareVersions } from '../../../src/core/clauses/semver';
import { countChanges, diffAgainstTemplate, renderDiff } from '../../../src/core/clauses/wordDiff';
import { fixture } from './shippedLibrary';

const template = 'The {{thing}} is published within {{days}} days.';

describe('clause drift', () => {
  it('a filled template is not drift, whatever the values; the values are recovered', () => {
    const r = compareWithTemplate('The data inventory is published within 1,500 days.', template);
    assert.equal(r.drifted, false);
    assert.equal(r.changes, 0);
    assert.deepEqual(r.values, { thing: 'data inventory', days: '1,500' });
  });

  it('line wrapping and no-break spaces are not drift', () => {
    const r = compareWithTemplate('Le  plan\nest publié dans\u00A0un délai de 30\u00A0jours\u00A0:', 'Le {{x}} est publié dans un délai de {{n}} jours :');
    assert.equal(r.drifted, false);
  });

  it('a changed word is drift, with a word-level diff', () => {
    const r = compareWithTemplate('The inventory is released within 30 days.', template);
    assert.equal(r.drifted, true);
    assert.equal(r.changes, 1);
    assert.equal(renderDiff(r.diff), 'The ‹inventory› is [-published-] {+released+} within ‹30› days .');
  });

  it('added and removed text count as separate changes', () => {
    const r = compareWithTemplate('The inventory is quickly published within 30 days', template);
    assert.equal(r.drifted, true);
    assert.deepEqual(
      r.diff.filter((op) => op.kind === 'insert' || op.kind === 'delete'),
      [
        { kind: 'insert', text: 'quickly' },
        { kind: 'delete', text: '.' },
      ],
    );
    assert.equal(r.changes, 2);
  });

  it('a value stays on one line: a paragraph slipped in beside a placeholder is drift', () => {
    const r = compareWithTemplate('The inventory\n\nA new paragraph is published within 30 days.', template);
    assert.equal(r.drifted, true);
  });

  it('a repeated placeholder must have the same value both times', () => {
    const t = '{{who}} decides; {{who}} reports.';
    assert.equal(compareWithTemplate('Council decides; Council reports.', t).drifted, false);
    assert.equal(compareWithTemplate('Council decides; Staff reports.', t).drifted, true);
  });

  it('words added next to a placeholder read as part of its value, as they could be', () => {
    const r = compareWithTemplate('The inventory is published within 30 business days.', template);
    assert.equal(r.drifted, false);
    assert.equal(r.values.days, '30 business');
  });

  it('a placeholder does not swallow a rewritten sentence after it', () => {
    const diff = diffAgainstTemplate('Owner: {{owner}}. Data is open by default.', 'Owner: Clerk. Data is closed unless approved.');
    assert.ok(countChanges(diff) >= 1, renderDiff(diff));
    assert.ok(diff.some((op) => op.kind === 'delete' && op.text.includes('open')), renderDiff(diff));
  });
});

describe('versions', () => {
  it('orders semantic versions, pre-releases before releases', () => {
    assert.ok(compareVersions('1.0.0', '1.0.1') < 0);
    assert.ok(compareVersions('1.10.0', '1.9.0') > 0);
    assert.ok(compareVersions('2.0.0', '10.0.0') < 0);
    assert.equal(compareVersions('1.2.3', '1.2.3'), 0);
    assert.ok(compareVersions('1.0.0-draft', '1.0.0') < 0);
    assert.ok(compareVersions('1.0.0-alpha.2', '1.0.0-alpha.10') < 0);
  });
});

describe('checkClauseDocument', () => {
  const library = loadClauseLibrary([{ folder: 'f', files: [fixture('valid-two.yaml')] }]);

  it('finds nothing in an untouched inserted clause', () => {
    const text = `# P\n\n${wrapInMarkers('sample-clause', '1.0.0', 'The open data inventory is published within 30 days.')}\n`;
    assert.deepEqual(checkClauseDocument({ file: 'p.en.md', text, lang: 'en' }, library).findings, []);
  });

  it('reports drift on the clause content, with the diff for the hover', () => {
    const text = `# P\n\n${wrapInMarkers('sample-clause', '1.0.0', 'The inventory is kept within 30 days.')}\n`;
    const { findings } = checkClauseDocument({ file: 'p.en.md', text, lang: 'en' }, library);
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f.rule, 'clause-drift');
    assert.equal(f.severity, 'info');
    assert.deepEqual(f.args, { id: 'sample-clause', changes: 1 });
    assert.deepEqual(f.range, { start: { line: 3, column: 0 }, end: { line: 3, column: 37 } });
    assert.match(String(f.data?.preview), /\[-published-\] \{\+kept\+\}/);
  });

  it('reports no drift in a clause marked adapted, but still a newer library version', () => {
    const adapted = '<!-- clause:sample-clause@1.0.0 adapted -->\nThe inventory is kept within 30 days.\n<!-- /clause -->\n';
    assert.deepEqual(checkClauseDocument({ file: 'p.en.md', text: adapted, lang: 'en' }, library).findings, []);
    const older = '<!-- clause:other-clause@1.1.0 adapted -->\nOur own old text.\n<!-- /clause -->\n';
    assert.deepEqual(checkClauseDocument({ file: 'p.en.md', text: older, lang: 'en' }, library).findings.map((f) => f.messageId), ['clauses.newerVersion']);
  });

  it('compares French text with the French template', () => {
    const ok = wrapInMarkers('sample-clause', '1.0.0', 'Le inventaire est publié dans un délai de 30 jours.');
    assert.deepEqual(checkClauseDocument({ file: 'p.fr.md', text: ok, lang: 'fr' }, library).findings, []);
    assert.equal(checkClauseDocument({ file: 'p.en.md', text: ok, lang: 'en' }, library).findings[0].rule, 'clause-drift');
  });

  it('reports an older version (newer in the library) instead of drift', () => {
    const text = wrapInMarkers('other-clause', '1.1.0', 'Entirely different old text.');
    const { findings } = checkClauseDocument({ file: 'p.en.md', text, lang: 'en' }, library);
    assert.deepEqual(findings.map((f) => [f.rule, f.messageId, f.args]), [
      ['clause-version', 'clauses.newerVersion', { id: 'other-clause', version: '1.1.0', latest: '1.2.0' }],
    ]);
    assert.equal(findings[0].range.start.line, 0);
  });

  it('reports a version ahead of the library, and a clause the library does not know', () => {
    const text = `${wrapInMarkers('other-clause', '2.0.0', 'Plain text.')}\n\n${wrapInMarkers('nowhere', '1.0.0', 'x')}`;
    const { findings } = checkClauseDocument({ file: 'p.en.md', text, lang: 'en' }, library);
    assert.deepEqual(findings.map((f) => f.messageId), ['clauses.futureVersion', 'clauses.unknownClause']);
  });

  it('passes marker problems through', () => {
    const { findings } = checkClauseDocument({ file: 'p.en.md', text: '<!-- /clause -->', lang: 'en' }, library);
    assert.deepEqual(findings.map((f) => f.messageId), ['clauses.markerStrayClose']);
  });
});

describe('compareClauseSets', () => {
  const doc = (...clauses: Array<[string, string]>) => clauses.map(([id, v]) => wrapInMarkers(id, v, 'x')).join('\n\n');
  const set = (file: string, text: string) => ({ file, clauses: findClauseMarkers(text, file).clauses });

  it('the same clauses in the same order at the same versions: nothing to say', () => {
    const text = doc(['a', '1.0.0'], ['b', '1.0.0']);
    assert.deepEqual(compareClauseSets(set('p.en.md', text), set('p.fr.md', text)), []);
  });

  it('a clause missing from one side is reported in the file that has it', () => {
    const en = set('p.en.md', doc(['a', '1.0.0'], ['b', '1.0.0'], ['c', '1.0.0']));
    const fr = set('p.fr.md', doc(['a', '1.0.0'], ['c', '1.0.0'], ['d', '1.0.0']));
    const findings = compareClauseSets(en, fr);
    assert.deepEqual(
      findings.map((f) => [f.file, f.messageId, f.args?.id, f.range.start.line]),
      [
        ['p.en.md', 'clauses.missingInCounterpart', 'b', 4],
        ['p.fr.md', 'clauses.missingInCounterpart', 'd', 8],
      ],
    );
    assert.equal(findings[0].args?.otherFile, 'p.fr.md');
  });

  it('version mismatches are reported on both sides', () => {
    const findings = compareClauseSets(set('p.en.md', doc(['a', '1.1.0'])), set('p.fr.md', doc(['a', '1.0.0'])));
    assert.deepEqual(findings.map((f) => [f.file, f.messageId, f.args?.version, f.args?.otherVersion]), [
      ['p.en.md', 'clauses.versionMismatch', '1.1.0', '1.0.0'],
      ['p.fr.md', 'clauses.versionMismatch', '1.0.0', '1.1.0'],
    ]);
  });

  it('a moved clause is reported, the others are not', () => {
    const en = set('p.en.md', doc(['a', '1.0.0'], ['b', '1.0.0'], ['c', '1.0.0'], ['d', '1.0.0']));
    const fr = set('p.fr.md', doc(['a', '1.0.0'], ['c', '1.0.0'], ['d', '1.0.0'], ['b', '1.0.0']));
    const findings = compareClauseSets(en, fr);
    assert.deepEqual(findings.map((f) => [f.file, f.messageId, f.args?.id]), [
      ['p.en.md', 'clauses.orderMismatch', 'b'],
      ['p.fr.md', 'clauses.orderMismatch', 'b'],
    ]);
  });
});
