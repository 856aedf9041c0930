import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_CATALOGS } from '../../../src/core/messages/coreCatalogs';
import { createFormatter, formatMessage } from '../../../src/core/messages/format';
import { CLI_CATALOGS } from '../../../src/cli/cliFormat';
import { fillTemplate, type MessageCatalog } from '../../../src/core/messages/catalog';

const ALL: readonly MessageCatalog[] = [...CORE_CATALOGS, ...CLI_CATALOGS];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('have the same keys and the same {slots} in English and French', () => {
    for (const catalog of ALL) {
      assert.deepEqual(Object.keys(catalog.fr).sort(), Object.keys(catalog.en).sort());
      for (const key of Object.keys(catalog.en)) {
        const slots = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
        assert.deepEqual(slots((catalog.fr as Record<string, string>)[key]), slots((catalog.en as Record<string, string>)[key]), key);
      }
    }
  });

  it('define each id once', () => {
    const seen = new Map<string, number>();
    for (const catalog of ALL) for (const id of Object.keys(catalog.en)) seen.set(id, (seen.get(id) ?? 0) + 1);
    assert.deepEqual([...seen].filter(([, n]) => n > 1), []);
  });

  it('follow Canadian French typography', () => {
    for (const catalog of ALL) {
      for (const [key, text] of Object.entries(catalog.fr as Record<string, string>)) {
        assert.doesNotMatch(text, /[^\u00A0] :|[^\u00A0]:(?=\s)/, `${key}: no-break space before the colon`);
        assert.doesNotMatch(text, /[\s\u00A0\u202F][;?!]/, `${key}: no space before ; ? !`);
        assert.doesNotMatch(text, /«(?!\u00A0)|(?<!\u00A0)»/, `${key}: no-break spaces inside « »`);
        assert.doesNotMatch(text, /"/, `${key}: « » rather than straight quotes`);
      }
    }
  });

  it('localise arguments that are messages, and group numbers per language', () => {
    assert.equal(formatMessage('listItems', { count: 1500, otherCount: 2, lang: { messageId: 'langEnglish' }, line: 3 }, 'fr'), 'Cette liste compte 1\u00A0500\u00A0éléments; celle du fichier anglais (ligne 3) en compte 2.');
    assert.equal(formatMessage('listItems', { count: 1500, otherCount: 2, lang: { messageId: 'langEnglish' }, line: 3 }, 'en'), 'This list has 1,500 items; the English list (line 3) has 2.');
  });

  it('hold every message id written in the code (engine, command line, extension)', () => {
    const formatter = createFormatter(CLI_CATALOGS);
    const missing: string[] = [];
    for (const file of [...sourceFiles('src/core'), ...sourceFiles('src/cli'), ...sourceFiles('src/extension')]) {
      const text = readFileSync(file, 'utf8');
      // `messageId: 'x'`, `titleId: 'x'` and formatMessage('x', …) with a literal id; the ids of
      // report() calls are checked by the compiler (rules/rule.ts).
      const ids = [
        ...text.matchAll(/\b(?:messageId|titleId|relatedMessageId)\s*:\s*'([\w.]+)'/g),
        ...text.matchAll(/\bformatMessage\(\s*'([\w.]+)'/g),
      ].map((m) => m[1]);
      for (const id of ids) if (!formatter.has(id)) missing.push(`${file}: ${id}`);
    }
    assert.deepEqual(missing, []);
  });

  it('picks plural forms by the rules of each language and writes the count its way', () => {
    const t = '{n, plural, one {# paire} other {# paires}} et {m}';
    const fill = (n: number, lang: 'en' | 'fr') => fillTemplate(t, { n, m: 1500 }, lang, () => '');
    assert.equal(fill(0, 'fr'), '0 paire et 1\u00A0500', 'French: 0 is singular');
    assert.equal(fill(1, 'fr'), '1 paire et 1\u00A0500');
    assert.equal(fill(2, 'fr'), '2 paires et 1\u00A0500');
    assert.equal(fill(1500, 'fr'), '1\u00A0500 paires et 1\u00A0500');
    const en = '{n, plural, =0 {no pair} one {# pair} other {# pairs}}';
    assert.deepEqual([0, 1, 2, 1500].map((n) => fillTemplate(en, { n }, 'en', () => '')), ['no pair', '1 pair', '2 pairs', '1,500 pairs']);
    assert.equal(fillTemplate(t, { n: 'x' }, 'fr', () => ''), t.replace('{m}', '{m}'), 'a count that is not a number is left as written');
  });
});
