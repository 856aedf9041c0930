/**
 * The page of the clause preview webview. Pure (no `vscode`), so its security rules are unit
 * tested: nothing loads but the one stylesheet carrying the nonce, no script runs.
 */
export interface PreviewPage {
  /** A fresh random value per page: the only key that lets content in. */
  nonce: string;
  /** The stylesheet, as a webview URI under the extension's media/ folder. */
  styleUri: string;
  lang: 'en' | 'fr';
  title: string;
  /** HTML rendered from the clause's Markdown and from its description. */
  bodyHtml: string;
  aboutHtml: string;
}

export function previewHtml(page: PreviewPage): string {
  // default-src 'none': no script, image, font, frame or connection; the stylesheet by nonce only.
  const csp = `default-src 'none'; style-src 'nonce-${page.nonce}';`;
  return `<!DOCTYPE html>
<html lang="${page.lang === 'fr' ? 'fr-CA' : 'en-CA'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${page.nonce}" href="${escapeAttribute(page.styleUri)}">
<title>${escapeText(page.title)}</title>
</head>
<body>
<article class="clause">${page.bodyHtml}</article>
<aside class="about">${page.aboutHtml}</aside>
</body>
</html>`;
}

/** A nonce from a cryptographic source, as CSP wants: base64 of 16 random bytes. */
export function makeNonce(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  return Buffer.from(random(new Uint8Array(16))).toString('base64');
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
