import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { l10nStrings } from '../helpers/l10nStrings';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;

describe('extension interface in English and French', () => {
  it('has a French text for every package.json string, and no other', () => {
    const en = json('package.nls.json');
    const fr = json('package.nls.fr.json');
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    const pkg = readFileSync('package.json', 'utf8');
    for (const key of pkg.match(/"%([\w.]+)%"/g) ?? []) assert.ok(key.slice(2, -2) in en, `${key} is defined in package.nls.json`);
  });

  it('has a French text for every vscode.l10n.t string of the extension, and no other', () => {
    const used = [...l10nStrings('src/extension').keys()];
    assert.ok(used.length > 10);
    assert.ok(!used.some((k) => k.startsWith('<non-literal')), used.filter((k) => k.startsWith('<')).join('\n'));
    assert.deepEqual(Object.keys(json('l10n/bundle.l10n.fr.json')).sort(), [...new Set(used)].sort());
  });

  it('keeps the {n} slots and French typography in the translations', () => {
    const bundle = json('l10n/bundle.l10n.fr.json');
    for (const [en, fr] of Object.entries({ ...bundle, ...Object.fromEntries(Object.entries(json('package.nls.fr.json')).map(([k, v]) => [json('package.nls.json')[k], v])) })) {
      assert.deepEqual((fr.match(/\{\d+\}/g) ?? []).sort(), (en.match(/\{\d+\}/g) ?? []).sort(), en);
      assert.doesNotMatch(fr, /[^\u00A0\u202F] :(?!\w)/, `${fr}: no-break space before the colon`);
      assert.doesNotMatch(fr, /[ \u00A0\u202F][;?!]/, `${fr}: no space before ; ? !`);
    }
  });
});
