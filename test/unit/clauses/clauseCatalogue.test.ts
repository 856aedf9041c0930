import { strict as assert } from 'node:assert';
import { loadClauseCatalogue } from '../../../src/core/clauses/clauseCatalogue';
import { formatMessage } from '../../../src/core/messages/format';
import { CLAUSES_DIR, lineOf, shippedClauseFiles, shippedProfileFiles } from './shippedLibrary';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Our folder as a front end hands it over: every file, sources and profiles included. */
function ours() {
  const files = [...shippedClauseFiles(), ...shippedProfileFiles(), { path: 'clauses/sources.yaml', text: readFileSync(join(CLAUSES_DIR, 'sources.yaml'), 'utf8') }];
  return { folder: 'clauses', files };
}

const OVERRIDE = `# Our own purpose clause replaces the library's.
id: purpose
version: 2.0.0
category: foundations
title: { en: Why we publish, fr: Pourquoi nous publions }
body: { en: We publish our data., fr: Nous publions nos données. }
guidance: { en: Ours., fr: La nôtre. }
sources: [acme-bylaw-12]
`;
const BROKEN = `- id: acme.first
  version: 1.0.0
  category: acme
  title: { en: First, fr: Premier }
  body: { en: Text., fr: Texte. }
  guidance: { en: x, fr: x }
  sources: [odc:1]
- id: acme.second
  version: one
  category: acme
  title: { en: Second, fr: Deuxième }
  body: { en: Text., fr: Texte. }
  guidance: { en: x, fr: x }
  sources: [odc:1]
`;
const SOURCES = `collections:
  - id: acme
    title: { en: Acme by-laws, fr: Règlements d’Acme }
    coverageRequired: false
sources:
  - id: acme-bylaw-12
    collection: acme
    title: { en: By-law 12, fr: Règlement 12 }
`;
const PROFILE = `id: acme-small
title: { en: Acme, fr: Acme }
description: { en: Ours., fr: Le nôtre. }
questions: []
clauses: [purpose, acme.first]
`;

describe('clause catalogue: our folder, then the organisation’s', () => {
  it('ours alone loads every clause, both profiles and the registry, without a problem', () => {
    const catalogue = loadClauseCatalogue([ours()]);
    assert.deepEqual(catalogue.problems, []);
    assert.ok(catalogue.library.clauses.length >= 40);
    assert.deepEqual(catalogue.profiles.profiles.map((p) => p.id).sort(), ['full-program', 'starter']);
    assert.ok(catalogue.registry.sources.some((s) => s.id === 'sunlight-v3:1'));
  });

  it('the organisation overrides a clause, adds clauses, sources and profiles; an invalid clause is reported at its line, the rest loads', () => {
    const org = {
      folder: 'our-clauses',
      files: [
        { path: 'our-clauses/purpose.yaml', text: OVERRIDE },
        { path: 'our-clauses/acme.yaml', text: BROKEN },
        { path: 'our-clauses/sources.yaml', text: SOURCES },
        { path: 'our-clauses/profiles/acme-small.yaml', text: PROFILE },
      ],
    };
    const catalogue = loadClauseCatalogue([ours(), org]);
    const { library } = catalogue;
    assert.equal(library.byId.get('purpose')!.version, '2.0.0');
    assert.equal(library.byId.get('purpose')!.origin.file, 'our-clauses/purpose.yaml');
    const ourOrder = loadClauseCatalogue([ours()]).library.clauses.map((c) => c.id);
    assert.equal(library.clauses.findIndex((c) => c.id === 'purpose'), ourOrder.indexOf('purpose'), 'an override keeps its place');
    assert.ok(library.byId.has('acme.first'));
    assert.ok(!library.byId.has('acme.second'));
    assert.ok(library.byId.has('open-by-default'), 'the rest of our library is still there');
    assert.deepEqual(catalogue.profiles.byId.get('acme-small')?.clauses, ['purpose', 'acme.first']);
    assert.ok(catalogue.registry.sources.some((s) => s.id === 'acme-bylaw-12'), 'the organisation’s source is known');
    assert.ok(catalogue.registry.sources.some((s) => s.id === 'odc:1'), 'ours are still known');
    assert.equal(catalogue.problems.length, 1, catalogue.problems.map((p) => formatMessage(p.messageId, p.args, 'en')).join('\n'));
    const [problem] = catalogue.problems;
    assert.equal(problem.file, 'our-clauses/acme.yaml');
    assert.equal(problem.rule, 'clause-library');
    assert.equal(problem.severity, 'error');
    assert.equal(problem.range.start.line, lineOf(BROKEN, 'version: one'));
  });

  it('a source unknown to every registry is a warning at the citation', () => {
    const org = { folder: 'org', files: [{ path: 'org/purpose.yaml', text: OVERRIDE }] };
    const [problem] = loadClauseCatalogue([ours(), org]).problems;
    assert.equal(problem.messageId, 'clauses.unknownSource');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.range.start.line, lineOf(OVERRIDE, 'sources:'));
  });

  it('a folder that cannot be read is reported on the configuration file; the others load', () => {
    const catalogue = loadClauseCatalogue([ours(), { folder: 'missing', files: [], readError: 'not found' }], { configFile: 'opendata-toolkit.json' });
    assert.deepEqual(
      catalogue.problems.map((p) => [p.file, p.rule, formatMessage(p.messageId, p.args, 'en')]),
      [['opendata-toolkit.json', 'clause-library', 'Clause folder “missing” cannot be read (not found); the other clauses still load.']],
    );
    assert.ok(catalogue.library.clauses.length >= 40);
  });
});
