/**
 * The shell every webview page of the extension shares (clause preview, aligned review,
 * dashboard). Pure (no `vscode`), so its security rules are unit tested: `default-src 'none'`,
 * and nothing loads but the stylesheet and the optional script carrying the page's nonce.
 */
export interface WebviewPageShell {
  /** A fresh random value per page: the only key that lets content in. */
  nonce: string;
  lang: 'en' | 'fr';
  /** Plain text; escaped here. */
  title: string;
  /** The stylesheet, as a webview URI under the extension's media/ folder. */
  styleUri: string;
  /** The page's one script, as a webview URI under media/; none when the page runs no script. */
  scriptUri?: string;
  /** The body's markup, already escaped by the page that built it. */
  body: string;
}

export function webviewPage(page: WebviewPageShell): string {
  const scripts = page.scriptUri !== undefined ? ` script-src 'nonce-${page.nonce}';` : '';
  const csp = `default-src 'none';${scripts} style-src 'nonce-${page.nonce}';`;
  const script = page.scriptUri !== undefined ? `<script nonce="${page.nonce}" src="${escapeAttribute(page.scriptUri)}"></script>\n` : '';
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
${page.body}
${script}</body>
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
