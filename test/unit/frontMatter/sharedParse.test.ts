import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { quickFrontMatter } from '../../../src/core/project/quickFrontMatter';

// Pairing (quickFrontMatter) and the full parse share one parse of each front matter block: what
// each reads must be what it read from its own parse.
const blocks = [
  'title: About\ntranslationKey: aboutus\neleventyNavigation:\n  key: aboutusEN\n  order: 4\n  hideMain: true',
  'title: "Broken\nlang: en',
  'title: One\ntitle: Two',
  '- a list\n- not a mapping',
  'a: &x [1, 2]\nb: *x\ndate: 2023-04-05\nn: 0x1F',
  `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]`,
  'title: Windows\r\nlang: fr',
  '',
];

/** What yaml's own parse() gave quickFrontMatter before the parse was shared. */
function oldQuick(yaml: string): unknown {
  try {
    const data: unknown = parse(yaml, { maxAliasCount: 100 });
    if (data && typeof data === 'object' && !Array.isArray(data)) return data;
  } catch {
    // undefined, as before
  }
  return undefined;
}

describe('front matter parsed once for pairing and checking', () => {
  for (const [i, block] of blocks.entries()) {
    it(`reads block ${i} the same either way`, () => {
      const text = `---\n${block}\n---\n\n# Title ${i}\n\nSome prose.\n`;
      const alone = buildDocument(`alone${i}.md`, text, 'en').frontMatter;
      const quick = quickFrontMatter(text);
      const shared = buildDocument(`shared${i}.md`, text, 'en').frontMatter;
      assert.deepEqual(shared, alone);
      assert.deepEqual(quick, oldQuick(block));
      // Broken YAML, a repeated key and an alias bomb give no data, as before.
      if (/Broken|title: One|\*c, \*c/.test(block)) assert.equal(quick, undefined);
    });
  }
});
