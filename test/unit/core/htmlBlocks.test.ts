import { strict as assert } from 'node:assert';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { proseToSource, proseWords } from '../../../src/core/markdown/prose';
import type { Block } from '../../../src/core/markdown/documentModel';

const blocksOf = (text: string) => buildDocument('doc.en.md', text, 'en').blocks;
const summary = (b: Block) => `${b.kind}${b.depth ?? ''}: ${b.text}`;

describe('raw HTML blocks in the document model', () => {
  it('makes headings, paragraphs, lists, tables, code and figures of HTML', () => {
    const text = [
      '<h2 id="x">Hello <em>world</em></h2>',
      '<p>Text with <a href="https://a.example/x">a link</a>.</p>',
      '<ol><li>One</li><li>Two <ul><li>a</li><li>b</li></ul></li></ol>',
      '<table><thead><tr><th>A</th><th>B</th></tr></thead><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>',
      '<pre class="language-js"><code>let x = 1;</code></pre>',
      '<figure><img src="f.png" alt="F"><figcaption>Caption</figcaption></figure>',
      '<div>Loose <strong>text</strong><p>inner</p></div>',
      '<script>var hidden = "no";</script>',
      '',
    ].join('\n');
    const blocks = blocksOf(text);
    assert.deepEqual(blocks.map(summary), ['heading2: Hello world', 'paragraph: Text with a link.', 'list: One Two a b', 'table: A B 1 2 3 4', 'code: ', 'paragraph: Caption', 'paragraph: Loose text', 'paragraph: inner']);
    assert.ok(blocks.every((b) => b.html));
    assert.deepEqual(blocks[2].list, { ordered: true, items: [{ checked: null, sublists: [] }, { checked: null, sublists: [{ ordered: false, items: [{ checked: null, sublists: [] }, { checked: null, sublists: [] }] }] }] });
    assert.deepEqual(blocks[3].table, { rows: 3, columns: 2 });
    assert.deepEqual(blocks[4].code, { lang: 'js' });
    assert.deepEqual(blocks[5].images.map((i) => [i.url, i.text, i.hasAlt]), [['f.png', 'F', true]]);
    const link = blocks[1].links[0];
    assert.equal(text.slice(link.start, link.end), '<a href="https://a.example/x">a link</a>');
    assert.equal(link.text, 'a link');
    assert.equal(text.slice(blocks[6].start, blocks[6].end), 'Loose <strong>text</strong>');
  });

  it('parses an HTML list cut by blank lines as one list', () => {
    const blocks = blocksOf('<ul>\n  <li>One</li>\n\n  <li>Two</li>\n\n  <li>Three</li>\n</ul>\n');
    assert.deepEqual(blocks.map((b) => b.list?.items.length), [3]);
    // Items whose list start was cut off by Markdown are still one list.
    assert.deepEqual(blocksOf('Intro.\n\n<li>One</li>\n<li>Two</li>\n').map((b) => b.list?.items.length ?? b.kind), ['paragraph', 2]);
  });

  it('maps prose, numbers and links inside HTML back to the source, through references and container prefixes', () => {
    const text = '<p>Café &amp; <b>1,500</b> items</p>\n';
    const [block] = blocksOf(text);
    const unit = block.prose[0];
    for (const w of proseWords(unit)) assert.equal(text.slice(proseToSource(unit, w.start), proseToSource(unit, w.end - 1) + 1), w.text);
    assert.equal(text.slice(block.numbers[0].start, block.numbers[0].end), '1,500');
    const quoted = '> <p>Quoted <a href="q">here</a>\n> and 12 more</p>\n';
    const [quote] = blocksOf(quoted);
    assert.equal(quote.kind, 'blockquote');
    assert.equal(quoted.slice(quote.links[0].start, quote.links[0].end), '<a href="q">here</a>');
    assert.equal(quoted.slice(quote.numbers[0].start, quote.numbers[0].end), '12');
    const listed = '- Item\n\n  <p>More <a href="z">z</a> 7</p>\n';
    const [list] = blocksOf(listed);
    assert.equal(listed.slice(list.links[0].start, list.links[0].end), '<a href="z">z</a>');
    assert.equal(listed.slice(list.numbers[0].start, list.numbers[0].end), '7');
  });

  it('masks bare addresses and reads inline code as code', () => {
    const [block] = blocksOf('<p>Go to <a href="https://open.example.ca">https://open.example.ca</a> and run <code>npm 2</code>.</p>\n');
    assert.deepEqual(block.links.map((l) => l.url), ['https://open.example.ca']);
    assert.deepEqual(proseWords(block.prose[0]).map((w) => w.text), ['Go', 'to', 'and', 'run']);
    assert.deepEqual(block.numbers, []);
  });

  it('stays linear and never overflows the stack on hostile HTML', function () {
    this.timeout(60_000);
    for (const text of ['<div>'.repeat(100_000) + 'x', '<ul><li>'.repeat(20_000) + 'x', '<table><tr><td>'.repeat(10_000), `<p>${'<a href="x">a</a> '.repeat(20_000)}</p>`, `Text ${'<a href="x">a</a> '.repeat(10_000)}`, '<div>' + '<'.repeat(200_000)]) {
      const blocks = blocksOf(text);
      assert.ok(blocks.length <= 1);
    }
    // More items than a call takes arguments: nothing is spread.
    assert.equal(blocksOf(`<div>${'<img src="x">'.repeat(150_000)}`)[0].images.length, 150_000);
    assert.deepEqual(blocksOf(`<li>a</li>${'<!---->'.repeat(150_000)}<li>b</li>`).map((b) => b.list?.items.length), [2]);
  });
});

describe('pages that the site does not render as Markdown', () => {
  const body = '\n<gcds-notice\n  type="info"\n>\n    <p>Texte indenté.</p>\n</gcds-notice>\n';
  it('reads the body of a templateEngineOverride: njk page as HTML: a lone > is no block quote, an indented line no code', () => {
    const doc = buildDocument('a.fr.md', `---\ntemplateEngineOverride: njk\n---\n${body}`, 'fr');
    assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph']);
  });
  it('still reads Markdown when the override keeps md (md,njk): a quoted line is a block quote, an indented one code', () => {
    const markdown = '\n> Citation.\n\n    code indenté\n';
    assert.deepEqual(buildDocument('a.fr.md', `---\ntemplateEngineOverride: md,njk\n---\n${markdown}`, 'fr').blocks.map((b) => b.kind), ['blockquote', 'code']);
    assert.deepEqual(buildDocument('a.fr.md', `---\ntemplateEngineOverride: njk\n---\n${markdown}`, 'fr').blocks.map((b) => b.kind), ['paragraph']);
    // The notice's tag spans lines: Markdown reads it as one HTML block too (see multilineOpenTags).
    assert.deepEqual(buildDocument('a.fr.md', `---\ntemplateEngineOverride: md,njk\n---\n${body}`, 'fr').blocks.map((b) => b.kind), ['paragraph']);
  });
});
