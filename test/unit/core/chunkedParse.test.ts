import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Nodes } from 'mdast';
import { parseMarkdownTree, ParseCache } from '../../../src/core/markdown/parseMarkdown';
import { safeCutOffsets } from '../../../src/core/markdown/chunkMarkdown';

const shape = (n: Nodes): unknown => ({
  t: n.type,
  p: n.position && [n.position.start.offset, n.position.end.offset, n.position.start.line, n.position.start.column, n.position.end.line],
  v: 'value' in n ? n.value : undefined,
  u: 'url' in n ? n.url : undefined,
  c: 'children' in n ? (n.children as Nodes[]).map(shape) : undefined,
});
const blocks = (text: string, chunk: number) => parseMarkdownTree(text, chunk).children.filter((c) => c.type !== 'definition').map(shape);

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : /\.md$/.test(name) ? [p] : [];
  });
}

describe('parsing long documents in pieces', () => {
  const tricky = [
    '# Title\n\nText with a [ref][r] and a note[^n].\n\n```bash\n# not a heading\n\nstill code\n```\n\nAfter code.\n\n<pre>\n\n# inside pre\n\n</pre>\n\nParagraph.\n\n- item\n\n  continued item\n\nNext paragraph.\n\n> quote\n\n## Section\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<!--\n\n# in a comment\n\n-->\n\nEnd.\n\n[r]: https://example.org\n[^n]: A note.\n',
    '---\ntitle: x\n\nnotes: |\n  Multi\n\n  lines\n---\n\nBody.\n\nMore body.\n',
  ];

  it('cuts only before lines that start a new top-level block', () => {
    const text = tricky[0];
    const cuts = safeCutOffsets(text, 1).map((o) => text.slice(o, text.indexOf('\n', o)));
    assert.ok(!cuts.includes('# not a heading') && !cuts.includes('still code') && !cuts.includes('# inside pre') && !cuts.includes('# in a comment'), cuts.join(' | '));
    assert.ok(!cuts.includes('continued item'));
    assert.ok(cuts.includes('After code.') && cuts.includes('## Section'), cuts.join(' | '));
    assert.deepEqual(safeCutOffsets(tricky[1], 1).map((o) => tricky[1].slice(o, o + 4)), ['Body', 'More']);
  });

  it('gives the same tree as parsing whole, on tricky input and on the real corpus', function () {
    // Parses every corpus file twice: seconds on an idle machine, more on a loaded CI runner.
    this.timeout(180_000);
    const corpus = markdownFiles(resolve(__dirname, '../../../../shared/corpora'));
    const texts = [...tricky, ...corpus.map((f) => readFileSync(f, 'utf8'))];
    for (const text of texts) assert.deepEqual(blocks(text, 1), blocks(text, 1e9));
  });

  it('re-parses only the edited piece when given a cache, with the same result as a fresh parse', () => {
    const text = Array.from({ length: 60 }, (_, i) => `## Section ${i}\n\nParagraph ${i} with a [link](https://example.org/${i}) and **bold** text.\n`).join('\n');
    const cache = new ParseCache();
    assert.deepEqual(parseMarkdownTree(text, { chunkSize: 200, cache }).children.map(shape), blocks(text, 1e9));
    const edited = text.replace('Paragraph 30 with', 'Paragraph 30, edited, with');
    let parses = 0;
    const counting = new (class extends ParseCache {
      override get(key: string) {
        const hit = cache.get(key);
        if (!hit) parses++;
        return hit;
      }
      override set(key: string, nodes: Parameters<ParseCache['set']>[1]) {
        cache.set(key, nodes);
      }
    })();
    assert.deepEqual(parseMarkdownTree(edited, { chunkSize: 200, cache: counting }).children.map(shape), blocks(edited, 1e9));
    assert.equal(parses, 1, 'only the piece holding the edit is parsed again');
  });
});
