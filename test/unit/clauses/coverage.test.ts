import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schemaValidators } from '../../../src/core/clauses/clauseSchemas';
import { sourceCoverage } from '../../../src/core/clauses/clauseSources';
import { resolveProfileClauses } from '../../../src/core/clauses/assemblePolicy';
import { CLAUSES_DIR, shipped } from './shippedLibrary';

describe('source registry and coverage', () => {
  it('sources.yaml validates against schemas/clause-sources.schema.json', () => {
    const validate = schemaValidators().sources;
    assert.ok(validate(parse(readFileSync(join(CLAUSES_DIR, 'sources.yaml'), 'utf8'))), JSON.stringify(validate.errors));
  });

  it('lists the 31 Sunlight v3 provisions, numbered 1 to 31, in three parts', () => {
    const { registry } = shipped();
    const sunlight = registry.sources.filter((s) => s.collection === 'sunlight-v3');
    assert.deepEqual(
      sunlight.map((s) => s.id),
      Array.from({ length: 31 }, (_, i) => `sunlight-v3:${i + 1}`),
    );
    assert.deepEqual(sunlight.map((s) => s.number), Array.from({ length: 31 }, (_, i) => i + 1));
    assert.equal(sunlight[0].title.en, 'Proactively release government information online');
    assert.equal(sunlight[10].title.en, 'Mandate data be explicitly license-free');
    assert.equal(sunlight[30].title.en, 'Mandate future review for potential changes to this policy');
    const parts = sunlight.map((s) => s.section?.en);
    assert.equal(parts.filter((p) => p === 'What data should be public').length, 7);
    assert.equal(parts.filter((p) => p === 'How to make data public').length, 16);
    assert.equal(parts.filter((p) => p === 'How to implement policy').length, 8);
  });

  it('lists the 6 International Open Data Charter principles', () => {
    const { registry } = shipped();
    const odc = registry.sources.filter((s) => s.collection === 'odc');
    assert.deepEqual(odc.map((s) => s.id), ['odc:1', 'odc:2', 'odc:3', 'odc:4', 'odc:5', 'odc:6']);
    assert.equal(odc[0].title.en, 'Open by default');
    assert.equal(odc[5].title.en, 'For inclusive development and innovation');
  });

  it('the library cites every Sunlight provision and every Charter principle at least once', () => {
    const { library, registry } = shipped();
    const rows = sourceCoverage(library.clauses, registry);
    assert.equal(rows.length, 37);
    const uncovered = rows.filter((r) => r.clauses.length === 0).map((r) => r.source.id);
    assert.deepEqual(uncovered, []);
  });

  it('the full-program profile alone covers them all, whatever the province', () => {
    const { library, registry, profiles } = shipped();
    const profile = profiles.byId.get('full-program')!;
    for (const province of ['ON', 'QC', 'BC', 'AB']) {
      const clauses = resolveProfileClauses(profile, { province }).map((id) => library.byId.get(id)!);
      const uncovered = sourceCoverage(clauses, registry).filter((r) => r.clauses.length === 0).map((r) => r.source.id);
      assert.deepEqual(uncovered, [], province);
    }
  });

  it('coverage reports a provision that no clause cites', () => {
    const { library, registry } = shipped();
    const without = library.clauses.filter((c) => !c.sources.includes('sunlight-v3:31'));
    const rows = sourceCoverage(without, registry);
    assert.deepEqual(rows.filter((r) => r.clauses.length === 0).map((r) => r.source.id), ['sunlight-v3:31']);
  });
});
