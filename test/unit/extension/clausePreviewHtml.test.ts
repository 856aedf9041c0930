import { strict as assert } from 'node:assert';
import { previewHtml } from '../../../src/extension/clauses/previewHtml';
import { makeNonce } from '../../../src/extension/webview/webviewPage';

describe('clause preview page (webview)', () => {
  const page = (body: string) =>
    previewHtml({ nonce: 'abc123==', styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/clausePreview.css', lang: 'fr', title: 'Objet <draft>', bodyHtml: body, aboutHtml: '<p>Version 1.0.0</p>' });

  it('allows nothing by default and the stylesheet by nonce only; no script at all', () => {
    const html = page('<p>Texte</p>');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123==';");
    assert.doesNotMatch(html, /<script/i);
    for (const tag of html.match(/<(link|style)\b[^>]*>/gi) ?? []) assert.match(tag, /nonce="abc123=="/, tag);
    assert.doesNotMatch(csp!, /https?:|\*|unsafe/);
  });

  it('escapes the title and tags the page with the document’s language', () => {
    const html = page('');
    assert.match(html, /<title>Objet &lt;draft&gt;<\/title>/);
    assert.match(html, /<html lang="fr-CA">/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9+/]{22}==$/);
    assert.notEqual(makeNonce(), a);
  });
});
