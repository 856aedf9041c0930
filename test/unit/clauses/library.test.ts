import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { schemaValidators } from '../../../src/core/clauses/clauseSchemas';
import { placeholderNames } from '../../../src/core/clauses/placeholders';
import type { Clause } from '../../../src/core/clauses/clauseTypes';
import { shipped, shippedClauseFiles } from './shippedLibrary';

describe('shipped clause library', () => {
  it('every clause file validates against schemas/clause.schema.json', () => {
    const validate = schemaValidators().clauseFile;
    const files = shippedClauseFiles();
    assert.ok(files.length >= 5, `expected the category files, found ${files.length}`);
    for (const file of files) {
      const ok = validate(parse(file.text));
      assert.ok(ok, `${file.path}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('loads with no problem at all (not even warnings)', () => {
    const { library } = shipped();
    assert.deepEqual(library.problems, []);
  });

  it('gives each clause a title of its own in each language (pickers list clauses by title), alternatives sharing a heading instead', () => {
    const { library } = shipped();
    for (const lang of ['en', 'fr'] as const) {
      const seen = new Map<string, string>();
      for (const c of library.clauses) {
        const other = seen.get(c.title[lang]);
        assert.equal(other, undefined, `${c.id} and ${other} are both titled “${c.title[lang]}”`);
        seen.set(c.title[lang], c.id);
      }
    }
    const licences = library.clauses.filter((c) => c.id.startsWith('licence-'));
    assert.ok(licences.length >= 2 && licences.every((c) => c.heading?.fr === 'Licence ouverte'), 'the licence alternatives share their section heading');
  });

  it('names every parameter in both languages, for the tab stops of an inserted clause', () => {
    const unlabelled = shipped().library.clauses.flatMap((c) => c.parameters.filter((p) => !p.label?.en || !p.label?.fr).map((p) => `${c.id}: ${p.name}`));
    assert.deepEqual(unlabelled, []);
  });

  it('has at least 40 clauses with unique ids', () => {
    const { library } = shipped();
    assert.ok(library.clauses.length >= 40, `only ${library.clauses.length} clauses`);
    const ids = shippedClauseFiles().flatMap((f) => (parse(f.text) as Clause[]).map((c) => c.id));
    assert.equal(new Set(ids).size, ids.length, 'an id is defined twice');
  });

  it('alternatives point to existing clauses and are mutual', () => {
    const { library } = shipped();
    for (const clause of library.clauses) {
      for (const alt of clause.alternatives) {
        const other = library.byId.get(alt);
        assert.ok(other, `${clause.id} → ${alt} does not exist`);
        assert.notEqual(alt, clause.id, `${clause.id} lists itself`);
        assert.ok(other.alternatives.includes(clause.id), `${alt} does not list ${clause.id} back`);
      }
    }
  });

  it('every placeholder is declared, and used in both languages; every parameter is used', () => {
    const { library } = shipped();
    for (const clause of library.clauses) {
      const declared = clause.parameters.map((p) => p.name);
      const en = placeholderNames(clause.body.en).sort();
      const fr = placeholderNames(clause.body.fr).sort();
      assert.deepEqual(en, fr, `${clause.id}: placeholders differ between languages`);
      for (const name of en) assert.ok(declared.includes(name), `${clause.id}: {{${name}}} is not declared`);
      for (const name of declared) assert.ok(en.includes(name), `${clause.id}: parameter ${name} is never used`);
    }
  });

  it('has the topics the issue asks for', () => {
    const { library } = shipped();
    const required = [
      'purpose', 'definitions', 'scope', 'role-open-data-lead', 'role-data-stewards', 'role-council-champion',
      'licence-ogl-canada', 'licence-municipal', 'privacy-ontario-mfippa', 'privacy-quebec-access-act', 'privacy-bc-fippa',
      'data-inventory', 'release-prioritisation', 'metadata', 'open-formats', 'data-quality', 'community-engagement',
      'procurement-contracts', 'third-party-data', 'funding', 'implementation-timeline', 'reporting', 'policy-review',
    ];
    for (const id of required) assert.ok(library.byId.has(id), `missing clause ${id}`);
    assert.ok(library.byId.get('licence-ogl-canada')!.alternatives.includes('licence-municipal'));
    for (const id of ['privacy-quebec-access-act', 'privacy-bc-fippa']) {
      assert.ok(library.byId.get('privacy-ontario-mfippa')!.alternatives.includes(id));
    }
  });

  it('every clause cites sources that the registry knows and has guidance in both languages', () => {
    const { library, registry } = shipped();
    const known = new Set(registry.sources.map((s) => s.id));
    for (const clause of library.clauses) {
      assert.ok(clause.sources.length > 0, clause.id);
      for (const s of clause.sources) assert.ok(known.has(s), `${clause.id} cites unknown ${s}`);
      assert.ok(clause.guidance?.en && clause.guidance.fr, `${clause.id} lacks guidance`);
    }
  });
});
