// npm run generate: rewrites the generated parts of the config schema and the README from the
// rule registry. Behaviour lives in the rules; these files only describe it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_INFOS } from '../src/core/rules/registry';
import { withRulesSchema, withRulesTable } from './ruleDocs';
import { withSettings } from './settingsDocs';

const root = join(__dirname, '..');
const write = (file: string, make: (text: string) => string) => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = make(before);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'written'}`);
};
write('schemas/opendata-toolkit.schema.json', (t) => withRulesSchema(t, RULE_INFOS));
write('README.md', (t) => withRulesTable(t, RULE_INFOS));
write('package.json', (t) => withSettings(t, JSON.parse(readFileSync(join(root, 'schemas/opendata-toolkit.schema.json'), 'utf8'))));
