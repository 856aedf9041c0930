import { strict as assert } from 'node:assert';
import { alignedReviewHtml, pageRows } from '../../../src/extension/review/alignedReviewPage';
import type { AlignedRow } from '../../../src/core/review/alignedRows';

describe('aligned review page (webview)', () => {
  const html = alignedReviewHtml({
    nonce: 'abc123==',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/alignedReview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/alignedReview.css?"x',
    lang: 'fr',
    title: 'Révision <alignée>',
  });

  it('allows nothing by default; the one script and the one stylesheet by nonce only', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(csp, "default-src 'none'; script-src 'nonce-abc123=='; style-src 'nonce-abc123==';");
    const tags = html.match(/<(link|style|script)\b[^>]*>/gi) ?? [];
    assert.equal(tags.length, 2);
    for (const tag of tags) assert.match(tag, /nonce="abc123=="/, tag);
    assert.doesNotMatch(html, /<script nonce="[^"]*">[^<]/, 'no inline script');
  });

  it('escapes what it writes and tags the page with the reader’s language', () => {
    assert.match(html, /<title>Révision &lt;alignée&gt;<\/title>/);
    assert.match(html, /alignedReview\.css\?&quot;x"/);
    assert.match(html, /<html lang="fr-CA">/);
  });

  it('opens a side without blocks where its block would go: after the previous block of that side', () => {
    const rows: AlignedRow[] = [
      { en: { line: 0, endLine: 0, kind: 'heading', text: 'A' }, fr: { line: 4, endLine: 4, kind: 'heading', text: 'A' }, status: ['inStep'], findings: [] },
      { en: { line: 2, endLine: 3, kind: 'paragraph', text: 'B' }, status: ['missing'], findings: [{ side: 'fr', line: 6, rule: 'blocks', severity: 'warning', messageId: 'm' }] },
      { fr: { line: 6, endLine: 6, kind: 'paragraph', text: 'C' }, status: ['missing'], findings: [] },
    ];
    const page = pageRows(rows, (f) => `${f.rule}@${f.line}`);
    assert.deepEqual(
      page.map((r) => [r.en.line, r.en.missing ?? false, r.fr.line, r.fr.missing ?? false]),
      [
        [0, false, 4, false],
        [2, false, 5, true],
        [4, true, 6, false],
      ],
    );
    assert.deepEqual(page[1].notes, ['blocks@6']);
  });
});
