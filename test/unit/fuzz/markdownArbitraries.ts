/**
 * Random Markdown for the fuzz suite: documents built from the constructs real pages use, then
 * mutated the way hostile or unlucky files are (deep nesting, long delimiter runs, random bytes,
 * BOM and line ends, huge lines, broken YAML). Lengths are drawn from a few sizes on both sides of
 * the engine's limits so a case stays fast: either parsed quickly or refused by the pre-screen.
 */
import fc from 'fast-check';

const word = fc.constantFrom('data', 'open', 'données', 'ouvertes', 'Ville', 'budget', 'l’équipe', 'naïve', '2024', '1 500', '1,5', '$', '%', 'é', '«', '»', '\u00A0', '😀', '\u200B');
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const number = fc.integer({ min: 0, max: 1_000_000 }).map(String);

const inline: fc.Arbitrary<string> = fc.oneof(
  words,
  number,
  words.map((w) => `*${w}*`),
  words.map((w) => `**${w}**`),
  words.map((w) => `~~${w}~~`),
  words.map((w) => `\`${w}\``),
  fc.tuple(words, fc.constantFrom('https://example.com/a', '/fr/page', 'page.md', 'mailto:a@b.ca', '')).map(([t, u]) => `[${t}](${u})`),
  words.map((w) => `![${w}](img.png)`),
  words.map((w) => `[${w}][ref]`),
  fc.constantFrom('&amp;', '&nbsp;', '&#x110000;', '&#0;', '&#xD800;', '&#99999999;', '&bogus;', '\\*', '<br>', '<span>x</span>', '{{< figure >}}', '{name}', '[^1]', 'https://example.org'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));

const block: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`),
  line,
  fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')),
  line.map((l) => `> ${l}`),
  line.map((l) => `> [!NOTE]\n> ${l}`),
  fc.tuple(fc.constantFrom('', 'js', 'yaml'), line).map(([lang, l]) => `\`\`\`${lang}\n${l}\n\`\`\``),
  fc.tuple(line, line).map(([a, b]) => `| a | b |\n| --- | --- |\n| ${a} | ${b} |`),
  line.map((l) => `<div>\n<p>${l}</p>\n</div>`),
  fc.constant('[ref]: https://example.com/ref'),
  fc.constant('[^1]: A note.'),
  fc.constant('---'),
);

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: Page\nlang: en\n---\n\n'),
  fc.constant('---\ntitle: [unclosed\n---\n\n'),
  fc.constant('---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\n'),
  fc.constant('---\n- a list\n---\n\n'),
  fc.constant('---\ntitle: never closed\n\n'),
  fc.constant('+++\ntitle = "toml"\n+++\n\n'),
  fc.constant('---\n*undefined-alias\n---\n\n'),
);

export const markdownDocument = fc.tuple(frontMatter, fc.array(block, { minLength: 0, maxLength: 8 })).map(([fm, blocks]) => fm + blocks.join('\n\n') + '\n');

const size = fc.constantFrom(3, 64, 250, 5_001, 30_000);
const depth = fc.constantFrom(2, 40, 200, 300, 5_000);

/** A mutation: how a hostile or unlucky file differs from a normal one. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(depth, fc.constantFrom('> ', '- ', '1. ', '  - ', '> - ')).map(([n, p]) => (t: string) => t + '\n' + p.repeat(n) + 'x\n'),
  fc.tuple(size, fc.constantFrom('[', ']', '[a](', '*a', 'a*', '_a', '~a', '**', '![a](', '<', '`', '&#', '\\', '|', '[^a')).map(([n, d]) => (t: string) => t + '\n' + d.repeat(n) + '\n'),
  fc.tuple(size, fc.constantFrom('*', '_', '~')).map(([n, d]) => (t: string) => t + d.repeat(n) + 'word' + d.repeat(n)),
  size.map((n) => (t: string) => t + 'x'.repeat(n * 10) + '\n'),
  fc.constant((t: string) => '\uFEFF' + t),
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.constant((t: string) => t.replace(/\n/g, '\r')),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, s]) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
);

export const hostileDocument = fc.tuple(markdownDocument, fc.array(mutation, { minLength: 0, maxLength: 3 })).map(([text, ms]) => ms.reduce((t, m) => m(t), text));

/** A file as bytes: UTF-8 text, or random bytes, UTF-16, Latin-1. */
export const hostileBytes: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { arbitrary: hostileDocument, weight: 6 },
  { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 1 },
  { arbitrary: hostileDocument.map((t) => Uint8Array.from(Buffer.from('\uFEFF' + t, 'utf16le'))), weight: 1 },
  { arbitrary: hostileDocument.map((t) => Uint8Array.from(Buffer.from(t, 'latin1'))), weight: 1 },
);

/** A configuration file's text: valid, wrong types, broken JSON. */
export const configText = fc.oneof(
  fc.constant('{}'),
  fc.constant('{ "timeBudgetMs": 5000 }'),
  fc.constant('{ "rules": { "numbers": "warning" } }'),
  fc.constant('{ "rules": { "numbers": 42 }, "pairs": "nope" }'),
  fc.constant('{ "clauseFolders": ["clauses"] }'),
  fc.constant('{ broken'),
  fc.constant('\uFEFF{ "maxFileSize": -1 }'),
  fc.json({ maxDepth: 3 }),
);

/** A clause file's text: broken YAML, alias bombs, random structures. */
export const clauseText = fc.oneof(
  fc.constant('- id: acme.thing\n  version: 1.0.0\n'),
  fc.constant('a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'),
  fc.constant('key: [unclosed\n'),
  fc.constant('- *nowhere\n'),
  fc.json({ maxDepth: 3 }),
  hostileDocument,
);
