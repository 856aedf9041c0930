import * as vscode from 'vscode';
import type { Finding } from '../../core/engineApi';
import { getEngine, type Engine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { DocumentCache } from '../workspace/documentCache';
import { isMarkdown } from '../util/paths';
import { uiLanguage } from '../util/uiLanguage';
import { toDiagnostic } from './toDiagnostic';
import type { ClauseLibraryService } from '../clauses/clauseLibraryService';

/** What one check did, for the status bar, code actions and the tests' timing. */
export interface CheckReport {
  uris: vscode.Uri[];
  findings: Map<string, Finding[]>;
  /** From the edit (or open) that triggered the check to diagnostics set, and the check alone. */
  sinceTriggerMs: number;
  checkMs: number;
}

/**
 * Live parity diagnostics: opening or editing either file of a pair re-checks the pair after a
 * short pause (a newer edit cancels the pending check) and updates both files' problems.
 */
export class ParityDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('opendata-toolkit');
  private readonly pending = new Map<string, { timer: ReturnType<typeof setTimeout>; source: vscode.CancellationTokenSource; triggeredAt: number }>();
  private readonly findingsByUri = new Map<string, Finding[]>();
  private readonly checked = new vscode.EventEmitter<CheckReport>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.checked];
  readonly onDidCheck = this.checked.event;

  constructor(
    configs: ConfigService,
    private readonly index: WorkspaceIndex,
    private readonly cache: DocumentCache,
    private readonly clauses?: ClauseLibraryService,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => isMarkdown(d) && this.schedule(d.uri, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => isMarkdown(e.document) && e.contentChanges.length > 0 && this.schedule(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => isMarkdown(d) && this.schedule(d.uri, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => isMarkdown(d) && this.closed(d.uri)),
      // Documents outlive their tabs for a while; a closed tab is when the user expects the problems to go.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) if (tab.input instanceof vscode.TabInputText) this.closed(tab.input.uri);
        // A document reopened before VS Code disposed it fires no open event: its tab does.
        for (const tab of e.opened) if (tab.input instanceof vscode.TabInputText && /\.(md|markdown)$/i.test(tab.input.uri.path)) this.schedule(tab.input.uri, 0);
      }),
      configs.onDidChange(() => this.recheckOpen()),
      index.onDidChange(() => this.recheckOpen()),
      // A clause file changed: drift and versions of the policies open may have too.
      ...(clauses ? [clauses.onDidChange(() => this.recheckOpen())] : []),
    );
  }

  /** Checks the open Markdown documents (at start, and after a configuration change). */
  recheckOpen(): void {
    for (const d of vscode.workspace.textDocuments) if (isMarkdown(d)) this.schedule(d.uri, 0);
  }

  /** The findings last reported for a file, as the engine gave them (for code actions). */
  findingsOf(uri: vscode.Uri): Finding[] {
    return this.findingsByUri.get(uri.toString()) ?? [];
  }

  /** Checks a file and its counterpart after `delay` ms, replacing any pending check of them. */
  schedule(uri: vscode.Uri, delay = debounceMs()): void {
    const key = uri.toString();
    const previous = this.pending.get(key);
    const triggeredAt = previous?.triggeredAt ?? performance.now();
    if (previous) {
      clearTimeout(previous.timer);
      previous.source.cancel();
    }
    const source = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => {
      void this.run(uri, source.token, triggeredAt).finally(() => {
        if (this.pending.get(key)?.source === source) this.pending.delete(key);
        source.dispose();
      });
    }, delay);
    this.pending.set(key, { timer, source, triggeredAt: delay === 0 ? performance.now() : triggeredAt });
  }

  /** Checks every pair of the workspace now (the "check workspace" command). */
  async checkAll(token?: vscode.CancellationToken): Promise<number> {
    const pairs = await this.index.allPairs();
    for (const p of pairs) {
      if (token?.isCancellationRequested) break;
      await this.run(this.index.uriOf(p.root, p.en), token ?? new vscode.CancellationTokenSource().token, performance.now());
    }
    return pairs.length;
  }

  private async run(uri: vscode.Uri, token: vscode.CancellationToken, triggeredAt: number): Promise<void> {
    try {
      await this.check(uri, token, triggeredAt);
    } catch (e) {
      // A bug must not silence the other files: say what failed, keep the extension working.
      console.error(`[opendata-toolkit] checking ${uri.toString()} failed`, e);
    }
  }

  private async check(uri: vscode.Uri, token: vscode.CancellationToken, triggeredAt: number): Promise<void> {
    const engine = getEngine();
    const info = await this.index.pairOf(uri);
    if (!info || token.isCancellationRequested) return;
    const { config, root } = info;
    const severity = config.severities.get('file') === 'off' ? 'error' : (config.severities.get('file') as Finding['severity']) ?? 'error';
    const options = engine.checkOptionsFrom(config, info.pairKeyOf);
    const started = performance.now();
    let findings: Finding[];
    let paths: string[];
    if (info.en && info.fr) {
      paths = [info.en, info.fr];
      const [en, fr] = await Promise.all([
        this.cache.get(this.index.uriOf(root, info.en), info.en, 'en', config.maxFileSize, severity),
        this.cache.get(this.index.uriOf(root, info.fr), info.fr, 'fr', config.maxFileSize, severity),
      ]);
      // A newer edit arrived while reading: its own check will report.
      if (token.isCancellationRequested) return;
      if ('doc' in en && 'doc' in fr) findings = engine.checkParsedPair(en.doc, fr.doc, await this.withClauses(options, root, en.doc.text, fr.doc.text));
      else findings = ['problem' in en ? en.problem : undefined, 'problem' in fr ? fr.problem : undefined].filter((f): f is Finding => !!f);
    } else {
      paths = [info.path];
      const loaded = await this.cache.get(uri, info.path, info.lang ?? 'en', config.maxFileSize, severity);
      if (token.isCancellationRequested) return;
      if ('problem' in loaded) findings = [loaded.problem];
      else {
        findings = engine.checkSingleDocument(loaded.doc, await this.withClauses(options, root, loaded.doc.text), info.lang !== undefined);
        const unpaired = config.severities.get('unpaired');
        if (info.lang && unpaired && unpaired !== 'off') findings.push(engine.unpairedFinding(info.path, info.lang, unpaired));
      }
    }
    const checkMs = performance.now() - started;
    const lang = uiLanguage();
    const uriOf = (path: string) => this.index.uriOf(root, path);
    const byFile = new Map<string, Finding[]>(paths.map((p) => [p, []]));
    for (const f of findings) byFile.get(f.file)?.push(f) ?? byFile.set(f.file, [f]);
    const uris: vscode.Uri[] = [];
    for (const [path, list] of byFile) {
      const fileUri = uriOf(path);
      uris.push(fileUri);
      this.findingsByUri.set(fileUri.toString(), list);
      this.collection.set(fileUri, list.map((f) => toDiagnostic(f, lang, uriOf)));
    }
    this.checked.fire({ uris, findings: byFile, sinceTriggerMs: performance.now() - triggeredAt, checkMs });
  }

  /** The clause checks need the library: it is loaded for documents that hold clause markers only. */
  private async withClauses(options: CheckOptions, root: vscode.Uri, ...texts: string[]): Promise<CheckOptions> {
    if (!this.clauses || !texts.some((t) => getEngine().mentionsClauses(t))) return options;
    return { ...options, clauses: (await this.clauses.catalogueFor(root)).library };
  }

  private closed(uri: vscode.Uri): void {
    this.cache.forget(uri);
    void this.index.pairOf(uri).then((info) => {
      if (!info) return;
      const counterpart = info.en === info.path ? info.fr : info.en;
      if ([info.path, counterpart].some((p) => p && isShown(this.index.uriOf(info.root, p)))) return;
      // Neither file of the pair is open any more: their problems leave the panel with them.
      for (const path of [info.path, counterpart]) {
        if (!path) continue;
        const u = this.index.uriOf(info.root, path);
        this.collection.delete(u);
        this.findingsByUri.delete(u.toString());
      }
    });
  }

  dispose(): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.source.cancel();
    }
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

type CheckOptions = ReturnType<Engine['checkOptionsFrom']>;

/** Whether a file is in an editor tab (open documents without a tab are on their way out). */
function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

function debounceMs(): number {
  return vscode.workspace.getConfiguration('openDataToolkit').get<number>('diagnostics.debounceMs', 300);
}
