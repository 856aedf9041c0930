import * as vscode from 'vscode';
import type { Dashboard, Finding } from '../../core/engineApi';
import type { CheckService } from '../checks/checkService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { getEngine } from '../engine/engine';
import { Disposable } from '../util/disposable';
import { makeNonce } from '../webview/webviewPage';
import { uiLanguage } from '../util/uiLanguage';
import { count, plural } from '../util/plural';
import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import { dashboardHtml, type DashboardFilter, type DashboardWords, type SeverityFilter } from './dashboardPage';

export const DASHBOARD_VIEW = 'openDataToolkit.dashboard';
/** Findings arrive file by file during a check of the workspace: one redraw for a burst of them. */
const REDRAW_DELAY_MS = 300;

/** What the dashboard drew last (the integration tests and the bench read it). */
export interface DashboardShown {
  dashboard: Dashboard;
  filter: DashboardFilter;
  folders: string[];
  /** Building the model and the page, in ms. */
  buildMs: number;
}

/**
 * The workspace dashboard in the side bar: every pair with its findings, outdated, untranslated
 * and new sections, the per-language progress and the chapter chart of `--format html` (core
 * buildDashboard and chapterChart, one renderer), from the checks' published findings. Drawn only
 * while visible; filtered by folder and severity.
 */
export class DashboardView extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private filter: DashboardFilter = { folder: '', severity: 'all' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: DashboardShown | undefined;
  private readonly media: vscode.Uri;

  constructor(
    extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly checks: CheckService,
  ) {
    super();
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
    this.register(vscode.window.registerWebviewViewProvider(DASHBOARD_VIEW, this));
    this.register(checks.onDidChangeFindings(() => this.scheduleRedraw()));
    this.register(checks.onDidCheckAll(() => this.scheduleRedraw()));
    this.register(index.onDidChange(() => this.scheduleRedraw()));
    this.register(vscode.commands.registerCommand(INTERNAL_COMMANDS.dashboardState, async (filter?: Partial<DashboardFilter>) => {
      if (filter) this.filter = { ...this.filter, ...filter };
      return this.redraw(true);
    }));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.media] };
    view.webview.onDidReceiveMessage((m: { type: string; folder?: string; severity?: string; en?: string }) => void this.received(m));
    view.onDidChangeVisibility(() => view.visible && this.scheduleRedraw(0));
    view.onDidDispose(() => this.view === view && (this.view = undefined));
    this.scheduleRedraw(0);
  }

  private async received(m: { type: string; folder?: string; severity?: string; en?: string }): Promise<void> {
    if (m.type === 'filter') {
      const severity = (['all', 'error', 'warning', 'info'] as const).find((s) => s === m.severity) ?? 'all';
      this.filter = { folder: typeof m.folder === 'string' ? m.folder : '', severity };
      await this.redraw();
    } else if (m.type === 'checkAll') {
      await vscode.commands.executeCommand(COMMANDS.checkWorkspace);
    } else if (m.type === 'openReview' && typeof m.en === 'string') {
      const uri = await this.uriOfPair(m.en);
      if (uri) await vscode.commands.executeCommand(COMMANDS.openAlignedReview, uri);
    }
  }

  private scheduleRedraw(delay = REDRAW_DELAY_MS): void {
    if (!this.view?.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.redraw();
    }, delay);
  }

  /** Builds the model from the published findings and draws it when the view is there (or `always`, for tests). */
  private async redraw(always = false): Promise<DashboardShown | undefined> {
    if (!always && !this.view?.visible) return this.shown;
    const started = performance.now();
    const engine = getEngine();
    const folders = await this.index.allFolders();
    const many = folders.length > 1;
    const prefix = (root: vscode.Uri, p: string) => (many ? `${root.path.split('/').pop()}/${p}` : p);
    const pairs: Array<{ en: string; fr: string }> = [];
    const unpaired: string[] = [];
    const findings: Finding[] = [];
    for (const folder of folders) {
      for (const p of folder.pairing.pairs) pairs.push({ en: prefix(folder.root, p.en), fr: prefix(folder.root, p.fr) });
      for (const u of folder.pairing.unpaired) unpaired.push(prefix(folder.root, u.path));
      for (const f of this.checks.publishedFindings(folder.root)) if (this.filter.severity === 'all' || f.severity === this.filter.severity) findings.push(many ? { ...f, file: prefix(folder.root, f.file) } : f);
    }
    const whole = engine.buildDashboard(pairs, unpaired, findings);
    const allFolders = whole.chapters.map((c) => c.chapter);
    const inFolder = (p: string) => !this.filter.folder || p === this.filter.folder || p.startsWith(`${this.filter.folder}/`);
    const dashboard = this.filter.folder ? engine.buildDashboard(pairs.filter((p) => inFolder(chapterOf(p.en))), unpaired.filter(inFolder), findings) : whole;
    const lang = uiLanguage();
    const view = this.view;
    if (view) {
      const percent = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'percent', maximumFractionDigits: 0 });
      view.webview.html = dashboardHtml({
        nonce: makeNonce(),
        scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'dashboard.js')).toString(),
        styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'dashboard.css')).toString(),
        lang,
        dashboard,
        folders: allFolders,
        filter: this.filter,
        chartSvg: engine.chapterChart(dashboard.chapters, vscode.l10n.t('Bar chart of the findings in each chapter (folder)'), lang),
        words: words(!this.checks.hasCheckedAll(), { en: percent.format(dashboard.progress.en), fr: percent.format(dashboard.progress.fr) }),
      });
      view.description = plural(dashboard.pairs.length, vscode.l10n.t('{0} pair', count(dashboard.pairs.length)), vscode.l10n.t('{0} pairs', count(dashboard.pairs.length)));
    }
    this.shown = { dashboard, filter: this.filter, folders: allFolders, buildMs: performance.now() - started };
    return this.shown;
  }

  private async uriOfPair(en: string): Promise<vscode.Uri | undefined> {
    for (const folder of await this.index.allFolders()) {
      const many = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
      const name = folder.root.path.split('/').pop();
      const path = many && en.startsWith(`${name}/`) ? en.slice(name!.length + 1) : en;
      if (folder.pairing.pairs.some((p) => p.en === path)) return this.index.uriOf(folder.root, path);
    }
    return undefined;
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    super.dispose();
  }
}

/** The folder of a pair's English file, as core buildDashboard names chapters. */
function chapterOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

function words(notAllChecked: boolean, progress: { en: string; fr: string }): DashboardWords {
  const severities: Record<SeverityFilter, string> = { all: vscode.l10n.t('All'), error: vscode.l10n.t('Errors'), warning: vscode.l10n.t('Warnings'), info: vscode.l10n.t('Notes') };
  return {
    title: vscode.l10n.t('Workspace dashboard'),
    folder: vscode.l10n.t('Folder'),
    allFolders: vscode.l10n.t('All folders'),
    severity: vscode.l10n.t('Severity'),
    severities,
    progress: vscode.l10n.t('In step with the other language'),
    progressOf: { en: vscode.l10n.t('English: {0} of the pairs', progress.en), fr: vscode.l10n.t('French: {0} of the pairs', progress.fr) },
    chapters: vscode.l10n.t('Findings per chapter'),
    chartLabel: vscode.l10n.t('Bar chart of the findings in each chapter (folder)'),
    pairs: vscode.l10n.t('Pairs'),
    columns: { pair: vscode.l10n.t('Pair'), findings: vscode.l10n.t('Findings'), outdated: vscode.l10n.t('Outdated'), untranslated: vscode.l10n.t('Untranslated'), toTranslate: vscode.l10n.t('To translate') },
    openReview: vscode.l10n.t('Open the aligned review of this pair'),
    notAllChecked: notAllChecked ? vscode.l10n.t('Only the files checked so far are counted.') : undefined,
    checkAll: vscode.l10n.t('Check all pairs'),
    none: vscode.l10n.t('No pair in this folder.'),
  };
}

/** The dashboard view, wired in one line of activate(). */
export function registerDashboardView(extensionUri: vscode.Uri, index: WorkspaceIndex, checks: CheckService): vscode.Disposable {
  return new DashboardView(extensionUri, index, checks);
}
