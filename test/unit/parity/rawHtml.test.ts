import { strict as assert } from 'node:assert';
import { checkPairTexts, describe as show } from '../helpers/checkTexts';
import { buildDocument } from '../../../src/core/markdown/buildDocument';

/** The structural rules: what raw HTML must take part in like Markdown. */
const STRUCTURE = new Set(['sections', 'heading-levels', 'blocks', 'lists', 'tables', 'links', 'images', 'image-alt', 'numbers']);
const structural = async (en: string, fr: string) => (await checkPairTexts(en, fr)).filter((f) => STRUCTURE.has(f.rule));

const englishHtml = [
  '# Open data',
  '',
  '<h2>Find the data</h2>',
  '<p>Read <a href="https://example.org/guide">the guide</a> before you start, it explains 3 steps.</p>',
  '<ul>',
  '  <li>Search the catalogue</li>',
  '  <li>Check the licence</li>',
  '  <li>Download the file</li>',
  '</ul>',
  '<img src="/images/chart.png" alt="A chart of downloads">',
  '',
  '<h2>Share it</h2>',
  '<table>',
  '  <tr><th>Format</th><th>Use</th></tr>',
  '  <tr><td>CSV</td><td>Tables</td></tr>',
  '</table>',
  '',
].join('\n');

const frenchMarkdown = [
  '# Données ouvertes',
  '',
  '## Trouver les données',
  '',
  'Lisez [le guide](https://example.org/guide) avant de commencer, il explique 3 étapes.',
  '',
  '- Chercher dans le catalogue',
  '- Vérifier la licence',
  '- Télécharger le fichier',
  '',
  '![Un graphique des téléchargements](/images/chart.png)',
  '',
  '## La partager',
  '',
  '| Format | Usage |',
  '| --- | --- |',
  '| CSV | Tableaux |',
  '',
].join('\n');

/** The same French page written in HTML, as a CMS export would have it. */
const frenchHtml = [
  '# Données ouvertes',
  '',
  '<h2>Trouver les données</h2>',
  '<p>Lisez <a href="https://example.org/guide">le guide</a> avant de commencer, il explique 3 étapes.</p>',
  '<ul>',
  '  <li>Chercher dans le catalogue</li>',
  '  <li>Vérifier la licence</li>',
  '  <li>Télécharger le fichier</li>',
  '</ul>',
  '<img src="/images/chart.png" alt="Un graphique des téléchargements">',
  '',
  '<h2>La partager</h2>',
  '<table>',
  '  <tr><th>Format</th><th>Usage</th></tr>',
  '  <tr><td>CSV</td><td>Tableaux</td></tr>',
  '</table>',
  '',
].join('\n');

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('raw HTML blocks take part in the parity rules', () => {
  it('aligns HTML headings, paragraphs, lists, links, images and tables with their Markdown counterparts', async () => {
    assert.deepEqual(show(await structural(englishHtml, frenchMarkdown)), []);
    assert.deepEqual(show(await structural(frenchMarkdown.replace('# Données ouvertes', '# Open data'), frenchHtml)), []);
    assert.deepEqual(show(await structural(englishHtml, frenchHtml)), []);
  });

  it('finds a dropped <li> at the French list', async () => {
    const fr = frenchHtml.replace('  <li>Vérifier la licence</li>\n', '');
    const f = await structural(englishHtml, fr);
    assert.deepEqual(show(f), [`lists doc.fr.md:${lineOf(fr, '<ul>')}: This list has 2 items; the English list (line 5) has 3.`]);
  });

  it('finds a dropped <li> against a Markdown list', async () => {
    const fr = frenchMarkdown.replace('- Vérifier la licence\n', '');
    assert.deepEqual(show(await structural(englishHtml, fr)), [`lists doc.fr.md:${lineOf(fr, '- Chercher')}: This list has 2 items; the English list (line 5) has 3.`]);
  });

  it('finds a different href at the line of the <a>', async () => {
    const fr = frenchHtml.replace('href="https://example.org/guide"', 'href="https://example.org/other"');
    const f = await structural(englishHtml, fr);
    assert.deepEqual(f.map((x) => [x.rule, x.file, x.range.start.line + 1]), [['links', 'doc.fr.md', lineOf(fr, 'example.org/other')]]);
  });

  it('finds a missing <img> next to text, and a missing image block', async () => {
    const withText = (img: string) => `# T\n\n<p>See the chart ${img}of downloads.</p>\n`;
    const f = await structural(withText('<img src="/c.png" alt="Chart"> '), withText(''));
    assert.deepEqual(f.map((x) => [x.rule, x.file, x.range.start.line + 1]), [['images', 'doc.fr.md', 3]]);
    const fr = frenchHtml.replace('<img src="/images/chart.png" alt="Un graphique des téléchargements">\n', '');
    const missing = await structural(englishHtml, fr);
    assert.deepEqual(missing.map((x) => [x.rule, x.file, x.range.start.line + 1, (x.related?.[0]?.range.start.line ?? -1) + 1]), [['blocks', 'doc.fr.md', lineOf(fr, '</ul>'), 10]]);
  });

  it('finds a missing HTML section by its heading', async () => {
    const fr = frenchHtml.slice(0, frenchHtml.indexOf('<h2>La partager'));
    const f = await structural(englishHtml, fr);
    assert.deepEqual(f.map((x) => [x.rule, x.messageId]), [['sections', 'sectionMissingAfter']]);
  });

  it('finds a table with a row less, and an image without alt text in HTML', async () => {
    const fr = frenchHtml.replace('  <tr><td>CSV</td><td>Tableaux</td></tr>\n', '').replace(' alt="Un graphique des téléchargements"', '');
    const f = await structural(englishHtml, fr);
    assert.deepEqual(f.map((x) => [x.rule, x.range.start.line + 1]).sort(), [['image-alt', lineOf(fr, '<img')], ['tables', lineOf(fr, '<table>')]].sort());
  });

  it('reads numbers inside HTML at their place, never in attributes', async () => {
    const en = '# T\n\n<p>We published <strong>1,500</strong> datasets.</p>\n<img src="/a.png" width="260" alt="A">\n';
    assert.deepEqual(show(await structural(en, '# T\n\n<p>Nous avons publié <strong>1 500</strong> jeux de données.</p>\n<img src="/a.png" width="300" alt="A">\n')), []);
    const f = await structural(en, '# T\n\n<p>Nous avons publié\n<strong>1 600</strong> jeux de données.</p>\n<img src="/a.png" width="260" alt="A">\n');
    assert.deepEqual(f.map((x) => [x.rule, x.range.start.line + 1, x.range.start.column]), [['numbers', 4, 8]]);
  });

  it('counts inline <a href> and <img> inside Markdown paragraphs', async () => {
    const en = 'See <a href="https://a.example/x">the page</a> and <img src="/i.png" alt="i">.\n';
    assert.deepEqual(show(await structural(en, 'Voir <a href="https://a.example/x">la page</a> et <img src="/i.png" alt="i">.\n')), []);
    const f = await structural(en, 'Voir <a href="https://a.example/y">la page</a> et rien.\n');
    assert.deepEqual(f.map((x) => x.rule).sort(), ['images', 'links']);
  });

  describe('an element whose open tag spans lines is one HTML block', () => {
    const notice = (title: string, body: string) => `<my-notice\n  notice-title="${title}"\n  notice-role="info"\n>\n  <my-text>${body}</my-text>\n</my-notice>`;
    const oneLine = (title: string, body: string) => `<my-notice notice-title="${title}" notice-role="info">\n  <my-text>${body}</my-text>\n</my-notice>`;
    const en = `# Notice\n\nUse it so:\n\n${notice('Closed', 'Applications are now closed.')}\n\nAfter the notice.\n`;

    it('reads the lone ">" as the end of the tag, not as a block quote, whichever way the other file writes it', async () => {
      assert.deepEqual(buildDocument('a.md', en, 'en').blocks.map((b) => `${b.kind}${b.html ? ' html' : ''}: ${b.text}`), ['heading: Notice', 'paragraph: Use it so:', 'paragraph html: Applications are now closed.', 'paragraph: After the notice.']);
      const fr = `# Avis\n\nUtilisez-le ainsi :\n\n${oneLine('Fermé', 'L’appel est maintenant fermé.')}\n\nAprès l’avis.\n`;
      assert.deepEqual(show((await checkPairTexts(en, fr)).filter((f) => f.rule === 'blocks' || f.rule === 'blockquotes')), []);
    });

    it('still finds the notice missing in the other file', async () => {
      const long = `# Notice\n\nUse the information role to give tips.\n\n${notice('Closed', 'Processing your request may take up to four (4) weeks. We will contact you if we need more.')}\n\n## Success\n\nUse the success role to confirm a task.\n`;
      const fr = '# Avis\n\nUtilisez le rôle information pour donner des conseils.\n\n## Succès\n\nUtilisez le rôle succès pour confirmer une tâche.\n';
      const f = (await checkPairTexts(long, fr)).filter((x) => x.rule === 'blocks' || x.rule === 'blockquotes');
      assert.deepEqual(f.map((x) => [x.rule, x.messageId, x.related?.[0]?.range.start.line]), [['blocks', 'blockMissing', 8]]);
    });

    it('leaves a real block quote after an unfinished tag, and a tag inside code, as they are', () => {
      const kinds = (text: string) => buildDocument('a.md', text, 'en').blocks.map((b) => b.kind);
      assert.deepEqual(kinds('<my-x a="1"\n\n> quoted\n'), ['paragraph', 'blockquote']);
      assert.deepEqual(kinds('```\n<my-x\n  a="1"\n>\n```\n'), ['code']);
      assert.deepEqual(kinds('<my-x a="1"\n  b="2">text after the tag</my-x>\n'), ['paragraph']);
      // A `>` first on its line is a block quote to CommonMark whatever follows it: here the tag's end.
      assert.deepEqual(kinds('<my-x a="1"\n  b=2 c\n>Inside.</my-x>\n\nAfter.\n'), ['paragraph', 'paragraph']);
    });
  });
});
