import { webviewPage } from '../webview/webviewPage';

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
  // No script: the stylesheet by nonce only.
  return webviewPage({ ...page, body: `<article class="clause">${page.bodyHtml}</article>\n<aside class="about">${page.aboutHtml}</aside>` });
}
