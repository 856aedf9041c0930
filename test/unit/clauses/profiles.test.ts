import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { schemaValidators } from '../../../src/core/clauses/clauseSchemas';
import { resolveProfileClauses } from '../../../src/core/clauses/assemblePolicy';
import { loadClauseProfiles } from '../../../src/core/clauses/loadClauseProfiles';
import { lineOf, shipped, shippedProfileFiles } from './shippedLibrary';

describe('assembly profiles', () => {
  it('every shipped profile validates against schemas/clause-profile.schema.json', () => {
    const validate = schemaValidators().profile;
    const files = shippedProfileFiles();
    assert.ok(files.length >= 2);
    for (const file of files) assert.ok(validate(parse(file.text)), `${file.path}: ${JSON.stringify(validate.errors)}`);
  });

  it('ships starter and full-program, loading without problems', () => {
    const { profiles } = shipped();
    assert.deepEqual(profiles.problems, []);
    assert.ok(profiles.byId.has('starter'));
    assert.ok(profiles.byId.has('full-program'));
  });

  it('every clause a profile can pick exists, and no clause appears twice', () => {
    const { profiles, library } = shipped();
    for (const profile of profiles.profiles) {
      const all = profile.clauses.flatMap((e) => (typeof e === 'string' ? [e] : [...Object.values(e.options), ...(e.default ? [e.default] : [])]));
      for (const id of all) assert.ok(library.byId.has(id), `${profile.id} uses unknown clause ${id}`);
      const plain = resolveProfileClauses(profile, { province: 'ON' });
      assert.equal(new Set(plain).size, plain.length, `${profile.id} repeats a clause`);
    }
  });

  it('the province answer picks the privacy variant', () => {
    const { profiles } = shipped();
    for (const id of ['starter', 'full-program']) {
      const profile = profiles.byId.get(id)!;
      const privacy = (province: string) => resolveProfileClauses(profile, { province }).filter((c) => c.startsWith('privacy-'));
      assert.deepEqual(privacy('ON'), ['privacy-ontario-mfippa']);
      assert.deepEqual(privacy('QC'), ['privacy-quebec-access-act']);
      assert.deepEqual(privacy('BC'), ['privacy-bc-fippa']);
      assert.deepEqual(privacy('NS'), ['privacy-general']);
      assert.deepEqual(privacy('NU'), ['privacy-general']);
    }
  });

  it('the licence answer picks the licence variant, OGL–Canada by default', () => {
    const { profiles } = shipped();
    const profile = profiles.byId.get('starter')!;
    const licence = (answers: Record<string, string>) => resolveProfileClauses(profile, answers).filter((c) => c.startsWith('licence-'));
    assert.deepEqual(licence({ licence: 'municipal' }), ['licence-municipal']);
    assert.deepEqual(licence({ licence: 'ogl-canada' }), ['licence-ogl-canada']);
    assert.deepEqual(licence({}), ['licence-ogl-canada']);
  });

  it('asks for the municipality, province and lead title; province offers all 13 jurisdictions', () => {
    const { profiles } = shipped();
    for (const profile of profiles.profiles) {
      const names = profile.questions.map((q) => q.name);
      for (const n of ['municipality', 'province', 'lead_title']) assert.ok(names.includes(n), `${profile.id} lacks ${n}`);
      const province = profile.questions.find((q) => q.name === 'province')!;
      assert.equal(province.options?.length, 13);
    }
  });

  it('a profile with a bad selection is reported at its line and skipped', () => {
    const text = [
      'id: broken',
      'title: { en: Broken, fr: Brisé }',
      'description: { en: Test, fr: Essai }',
      'questions: []',
      'clauses:',
      '  - purpose',
      '  - select: privacy',
      '    options: { "ON": privacy-ontario-mfippa }',
    ].join('\n');
    const set = loadClauseProfiles([{ folder: 'x', files: [{ path: 'broken.yaml', text }] }]);
    assert.equal(set.profiles.length, 0);
    assert.equal(set.problems.length, 1);
    assert.equal(set.problems[0].messageId, 'clauses.missingField');
    assert.equal(set.problems[0].args?.field, 'by');
    assert.equal(set.problems[0].range.start.line, lineOf(text, 'select: privacy'));
  });
});
