import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clauseMessages } from '../../../src/core/clauses/clauseMessages';
import { formatMessage } from '../../../src/core/messages/format';
import { ROOT } from './shippedLibrary';

describe('clause messages', () => {
  it('English and French have the same keys and the same {slots}', () => {
    assert.deepEqual(Object.keys(clauseMessages.fr).sort(), Object.keys(clauseMessages.en).sort());
    for (const key of Object.keys(clauseMessages.en)) {
      const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      assert.deepEqual(slots((clauseMessages.fr as Record<string, string>)[key]), slots((clauseMessages.en as Record<string, string>)[key]), key);
    }
  });

  it('every message id the core uses is defined', () => {
    const dir = join(ROOT, 'src', 'core', 'clauses');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'clauseMessages.ts')) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(clauses\.[A-Za-z]+)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 20, `only ${used.size} ids found`);
    for (const id of used) assert.ok(id in clauseMessages.en, `${id} is not in the catalogue`);
  });

  it('French messages use no-break spaces before colons and inside guillemets, none before ; ? !', () => {
    for (const [key, text] of Object.entries(clauseMessages.fr)) {
      assert.doesNotMatch(text, / :|«(?!\u00A0)|(?<!\u00A0)»|[\s\u00A0][;?!]/, key);
    }
  });

  it('formats through the shared catalogue, placeholders shown as {{name}}', () => {
    assert.equal(formatMessage('clauses.undeclaredPlaceholder', { field: 'body.fr', name: 'days' }, 'en'), 'body.fr uses {{days}}, which is not declared in parameters.');
    assert.equal(formatMessage('clauses.drift', { id: 'scope', changes: 1500 }, 'fr'), 'Le texte de la clause «\u00A0scope\u00A0» diffère du modèle de la bibliothèque (1\u00A0500\u00A0modifications).');
    assert.equal(formatMessage('clauses.drift', { id: 'scope', changes: 1 }, 'fr'), 'Le texte de la clause «\u00A0scope\u00A0» diffère du modèle de la bibliothèque (1\u00A0modification).');
    assert.equal(formatMessage('clauses.drift', { id: 'scope', changes: 1 }, 'en'), 'The text of clause “scope” differs from the library template (1 change).');
  });
});
