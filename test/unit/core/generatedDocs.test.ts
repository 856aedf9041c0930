import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { RULE_INFOS } from '../../../src/core/rules/registry';
import { withRulesSchema, withRulesTable } from '../../../scripts/ruleDocs';
import { withSettings } from '../../../scripts/settingsDocs';

// The rule table of the README and the `rules` block of the config schema are generated from the
// registry: after adding or changing a rule, `npm run generate` rewrites them.
describe('generated rule documentation', () => {
  it('the config schema lists every rule id with its options, as the registry says', () => {
    const committed = readFileSync('schemas/opendata-toolkit.schema.json', 'utf8');
    assert.equal(committed, withRulesSchema(committed, RULE_INFOS), 'run `npm run generate`');
  });

  it('the README rule table lists every rule id with its default, as the registry says', () => {
    const committed = readFileSync('README.md', 'utf8');
    assert.equal(committed, withRulesTable(committed, RULE_INFOS), 'run `npm run generate`');
  });

  it('rule ids are unique and in kebab case', () => {
    const ids = RULE_INFOS.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });
});

describe('generated settings', () => {
  it('package.json mirrors the configuration schema for every mirrored setting', () => {
    const committed = readFileSync('package.json', 'utf8');
    assert.equal(committed, withSettings(committed, JSON.parse(readFileSync('schemas/opendata-toolkit.schema.json', 'utf8'))), 'run `npm run generate`');
  });
});
