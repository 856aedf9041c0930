import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { Disposable } from '../util/disposable';
import { makeNonce } from '../webview/webviewPage';
import { uiLanguage } from '../util/uiLanguage';
import { alignedReviewHtml, type PageMessage, type ReviewState } from './alignedReviewPage';
import { reviewStateOf, type ReviewPair } from './reviewState';

/** Coalesces the checks of both files after an edit (each fires its own onDidCheck). */
const UPDATE_DELAY_MS = 150;

/**
 * The aligned review: a webview beside the editor showing one pair block by block as the engine
 * aligned it, each row with its status; a side opens its file at that block. The rows follow the
 * checks: after an edit of either file (the diagnostics' debounce) the page is drawn again.
 */
export class AlignedReviewPanel extends Disposable {
  private readonly panel: vscode.WebviewPanel;
  private pair: ReviewPair;
  private posted: ReviewState | undefined;
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private readonly updated = this.register(new vscode.EventEmitter<ReviewState>());
  /** Fires after each state posted to the page (tests wait on it). */
  readonly onDidUpdate = this.updated.event;
  private readonly closed = this.register(new vscode.EventEmitter<void>());
  readonly onDidClose = this.closed.event;

  constructor(
    extensionUri: vscode.Uri,
    pair: ReviewPair,
    private readonly index: WorkspaceIndex,
    private readonly checks: CheckService,
  ) {
    super();
    this.pair = pair;
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel('openDataToolkit.alignedReview', vscode.l10n.t('Aligned review'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, enableCommandUris: false, localResourceRoots: [media], retainContextWhenHidden: false });
    const webview = this.panel.webview;
    webview.html = alignedReviewHtml({
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'alignedReview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'alignedReview.css')).toString(),
      lang: uiLanguage(),
      title: vscode.l10n.t('Aligned review'),
    });
    this.register(webview.onDidReceiveMessage((m: PageMessage) => void this.received(m)));
    // A hidden page is dropped by VS Code; shown again, it asks for the rows with `ready`.
    this.register(this.panel.onDidChangeViewState(() => this.panel.visible || (this.ready = false)));
    this.register(
      this.panel.onDidDispose(() => {
        this.closed.fire();
        this.dispose();
      }),
    );
    this.register(checks.onDidCheck((report) => report.uris.some((u) => this.isOfPair(u)) && this.scheduleUpdate()));
    this.register(checks.onDidChangeFindings((change) => change.files.some((f) => this.isOfPair(f.uri)) && this.scheduleUpdate()));
    this.show(pair);
  }

  /** Shows another pair (or the same one again), and makes sure its findings are fresh. */
  show(pair: ReviewPair): void {
    this.pair = pair;
    this.panel.title = vscode.l10n.t('Aligned review: {0}', pair.fr.split('/').pop() ?? pair.fr);
    this.panel.reveal(undefined, false);
    this.checks.schedule(this.index.uriOf(pair.root, pair.en), 0);
    this.scheduleUpdate(0);
  }

  /** What the page was last given, and how many times (the integration tests read it). */
  get state(): { version: number; pair: ReviewPair; state: ReviewState | undefined } {
    return { version: this.version, pair: this.pair, state: this.posted };
  }

  /** Opens a side of a row at its block, in the editor column beside the page: the page's click and Enter. */
  async openSide(row: number, side: 'en' | 'fr'): Promise<vscode.TextEditor | undefined> {
    const place = this.posted?.rows[row]?.[side];
    if (!place) return undefined;
    const uri = this.index.uriOf(this.pair.root, side === 'en' ? this.pair.en : this.pair.fr);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const position = new vscode.Position(place.line, 0);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, selection: new vscode.Range(position, position), preserveFocus: false });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private async received(message: PageMessage): Promise<void> {
    if (message?.type === 'ready') {
      this.ready = true;
      if (this.posted) void this.panel.webview.postMessage({ type: 'state', state: this.posted });
      else this.scheduleUpdate(0);
    } else if (message?.type === 'open' && Number.isInteger(message.row) && (message.side === 'en' || message.side === 'fr')) {
      await this.openSide(message.row, message.side);
    }
  }

  private isOfPair(uri: vscode.Uri): boolean {
    const path = this.index.relativePath(this.pair.root, uri);
    return path === this.pair.en || path === this.pair.fr;
  }

  private scheduleUpdate(delay = UPDATE_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private async update(): Promise<void> {
    const pair = this.pair;
    let state: ReviewState;
    try {
      state = (await reviewStateOf(pair, this.index, this.checks)).state;
    } catch (e) {
      // A file deleted or unreadable meanwhile: say so on the panel's title, keep the last rows.
      this.panel.title = vscode.l10n.t('Aligned review: {0} could not be read', pair.fr);
      void vscode.window.showWarningMessage(vscode.l10n.t('The aligned review could not read {0} and {1}: {2}', pair.en, pair.fr, (e as Error).message));
      return;
    }
    if (this.isDisposed || pair !== this.pair) return;
    this.posted = state;
    this.version++;
    if (this.ready) void this.panel.webview.postMessage({ type: 'state', state });
    this.updated.fire(state);
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (!this.isDisposed) {
      super.dispose();
      this.panel.dispose();
    }
  }
}
