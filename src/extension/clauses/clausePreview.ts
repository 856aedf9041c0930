import * as vscode from 'vscode';
import { sanitizePreviewHtml } from './sanitizePreview';
import type { LoadedClause } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import { describeInContext, type ClauseContext } from './clauseContext';
import { previewHtml } from './previewHtml';
import { escapeText, makeNonce } from '../webview/webviewPage';

/**
 * A webview beside the editor showing the clause the picker has on: its text filled with the
 * configuration's values, then its description (version, sources, guidance), in the
 * document's language. No script, nothing remote; it closes with the picker.
 */
export class ClausePreview implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly media: vscode.Uri;
  private shown: string | undefined;

  constructor(extensionUri: vscode.Uri) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(
      'openDataToolkit.clausePreview',
      vscode.l10n.t('Clause preview'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableCommandUris: false, localResourceRoots: [this.media] },
    );
  }

  async show(clause: LoadedClause, context: ClauseContext): Promise<void> {
    this.shown = clause.id;
    const engine = getEngine();
    const { lang } = context;
    const body = `## ${(clause.heading ?? clause.title)[lang]}\n\n${engine.clauses.fillClause(clause, lang, context.values).text}`;
    const about = describeInContext(clause, context);
    const [bodyHtml, aboutHtml] = await Promise.all([render(body), render(about)]);
    // The picker moved on while rendering: the newer item's page wins.
    if (this.shown !== clause.id) return;
    this.panel.title = vscode.l10n.t('Clause preview: {0}', clause.title[lang]);
    this.panel.webview.html = previewHtml({
      nonce: makeNonce(),
      styleUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'clausePreview.css')).toString(),
      lang,
      title: clause.title[lang],
      bodyHtml,
      aboutHtml,
    });
  }

  dispose(): void {
    this.panel.dispose();
  }
}

/** Markdown to HTML by VS Code's own Markdown extension (the preview's renderer), sanitised; escaped text without it. */
async function render(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string') return sanitizePreviewHtml(html);
  } catch {
    // The built-in Markdown extension is disabled: plain text still previews.
  }
  return `<pre>${escapeText(markdown)}</pre>`;
}
