import * as vscode from 'vscode';
import type { Finding, ProjectTask, ResolvedConfig, SourceFile, TaskResult } from '../../core/engineApi';
import type { EngineResults, EngineSetup } from '../../worker/protocol';
import { RequestFailed } from '../../worker/workerPool';
import { getEngine } from '../engine/engine';
import type { EngineHost } from '../engine/engineHost';
import type { ConfigService } from '../config/configService';
import type { FolderState, WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from '../clauses/clauseLibraryService';
import { readSource } from '../workspace/readSources';
import { Disposable } from '../util/disposable';
import { isMarkdown, rootOf } from '../util/paths';
import type { Log } from '../log/outputLog';
import type { SpellingInputs } from '../spelling/spellingInputs';

/** What one check did, for the status bar, code actions and the tests' timing. */
export interface CheckReport {
  uris: vscode.Uri[];
  findings: Map<string, Finding[]>;
  /** From the edit (or open) that triggered the check to diagnostics set, and the check alone. */
  sinceTriggerMs: number;
  checkMs: number;
  /** Every rule but spelling has reported (spelling is on): spelling follows in another report. */
  partial?: boolean;
}

/** The findings of some files changed: `findings` is each file's whole list now. */
export interface FindingsChange {
  root: vscode.Uri;
  files: Array<{ uri: vscode.Uri; findings: Finding[] }>;
}

/** A check in flight: what it reads, and when it is over (published, or given up for a newer one). */
interface RunningCheck {
  cancel(): void;
  setup: EngineSetup;
  sources: SourceFile[];
  done: Promise<void>;
}

interface Stored {
  task: ProjectTask;
  result: TaskResult;
}

interface RootState {
  root: vscode.Uri;
  /** Task results by task key (a pair's English path, an unpaired file's path). */
  results: Map<string, Stored>;
  /** Every file's findings as last published (pair rules and project rules). */
  published: Map<string, Finding[]>;
  setup?: { key: unknown[]; value: EngineSetup };
  wantsClauses: boolean;
}

/** Tasks of "check all" in flight at once: the workers of a folder's pool (see EngineHost). */
const CHECK_ALL_LANES = 2;

/**
 * Schedules, runs and keeps the checks of every pair of the workspace, off the extension
 * host's thread (see EngineHost), with the same per-pair pipeline as the command line
 * (core `checkPairTask`) and the same project rules (unpaired files, unreadable files). A newer
 * edit cancels the pending check of its pair. Presenters (diagnostics, status bar, code
 * actions, views) read from here; closing an editor does not forget what is known.
 */
export class CheckService extends Disposable {
  private readonly pending = new Map<string, { timer: ReturnType<typeof setTimeout>; triggeredAt: number }>();
  private readonly running = new Map<string, RunningCheck>();
  private readonly roots = new Map<string, RootState>();
  /** Folders whose every file has been checked once. */
  private readonly checkedAll = new Set<string>();
  private readonly changed = this.register(new vscode.EventEmitter<FindingsChange>());
  private readonly checked = this.register(new vscode.EventEmitter<CheckReport>());
  /** Fires with the files whose findings changed, before onDidCheck. */
  readonly onDidChangeFindings = this.changed.event;
  readonly onDidCheck = this.checked.event;
  private readonly allChecked = this.register(new vscode.EventEmitter<void>());
  /** Fires when a check of the whole workspace ends (finished or cancelled). */
  readonly onDidCheckAll = this.allChecked.event;

  constructor(
    configs: ConfigService,
    private readonly index: WorkspaceIndex,
    private readonly engines: EngineHost,
    private readonly log: Log,
    private readonly clauses?: ClauseLibraryService,
    private readonly spelling?: SpellingInputs,
  ) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => isMarkdown(d) && this.schedule(d.uri, 0)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => isMarkdown(e.document) && e.contentChanges.length > 0 && this.schedule(e.document.uri)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => isMarkdown(d) && this.schedule(d.uri, 0)));
    // A document reopened before VS Code disposed it fires no open event: its tab does.
    this.register(
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.opened) if (tab.input instanceof vscode.TabInputText && /\.(md|markdown)$/i.test(tab.input.uri.path)) this.schedule(tab.input.uri, 0);
      }),
    );
    this.register(configs.onDidChange(() => this.recheckKnown()));
    this.register(index.onDidChange(() => this.recheckKnown()));
    this.register(index.onDidDelete((uri) => void this.forget(uri)));
    // A clause file changed: drift and versions of the policies may have too.
    if (clauses) this.register(clauses.onDidChange(() => this.recheckKnown()));
    // The project's dictionary or a cspell configuration changed: spelling findings may have too.
    if (spelling) this.register(spelling.onDidChange(() => this.recheckKnown()));
  }

  /** The findings last published for a file, as the engine gave them (for code actions). */
  findingsOf(uri: vscode.Uri): Finding[] {
    const state = this.roots.get(rootOf(uri).toString());
    const path = state ? this.index.relativePath(state.root, uri) : undefined;
    return (path !== undefined && state?.published.get(path)) || [];
  }

  /** Every finding published for the folder's files (the workspace dashboard draws them). */
  publishedFindings(root: vscode.Uri): Finding[] {
    return [...(this.roots.get(root.toString())?.published.values() ?? [])].flat();
  }

  /** Whether any file of the folder has been checked since the extension started. */
  hasChecked(root: vscode.Uri): boolean {
    return (this.roots.get(root.toString())?.results.size ?? 0) > 0;
  }

  /** Checks the open Markdown documents now (at start). */
  recheckOpen(): void {
    for (const d of vscode.workspace.textDocuments) if (isMarkdown(d)) this.schedule(d.uri, 0);
  }

  /** Checks a file and its counterpart after `delay` ms, replacing any pending check of them. */
  schedule(uri: vscode.Uri, delay = this.debounceMs(uri)): void {
    const key = uri.toString();
    const previous = this.pending.get(key);
    const triggeredAt = previous?.triggeredAt ?? performance.now();
    if (previous) clearTimeout(previous.timer);
    const timer = setTimeout(() => {
      this.pending.delete(key);
      void this.run(uri, delay === 0 ? performance.now() : triggeredAt);
    }, delay);
    this.pending.set(key, { timer, triggeredAt });
  }

  /** Checks every pair and every unpaired file of the workspace (the "check workspace" command). */
  async checkAll(token?: vscode.CancellationToken): Promise<{ pairs: number; files: number }> {
    let pairs = 0;
    let files = 0;
    for (const folder of await this.index.allFolders()) {
      const tasks = getEngine().projectTasks({ pairing: folder.pairing, readable: new Set(folder.files) });
      // As many tasks in flight as the folder's pool has workers, so that none waits idle.
      let next = 0;
      const lane = async () => {
        while (next < tasks.length && !token?.isCancellationRequested) {
          const task = tasks[next++];
          if (task.kind === 'pair') pairs++;
          files += task.kind === 'pair' ? 2 : 1;
          await this.runTask(folder, task, performance.now());
        }
      };
      await Promise.all(Array.from({ length: CHECK_ALL_LANES }, lane));
      if (token?.isCancellationRequested) break;
      this.checkedAll.add(folder.root.toString());
    }
    this.allChecked.fire();
    return { pairs, files };
  }

  /** Whether every file of every folder has been checked once (by "Check all bilingual pairs" or at start-up). */
  hasCheckedAll(): boolean {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders.length > 0 && folders.every((f) => this.checkedAll.has(f.uri.toString()));
  }

  /** Every published finding of the workspace, counted by severity, and the files that have no counterpart. */
  totals(): { errors: number; warnings: number; infos: number; unpaired: number } {
    const totals = { errors: 0, warnings: 0, infos: 0, unpaired: 0 };
    for (const state of this.roots.values()) {
      for (const findings of state.published.values()) {
        for (const f of findings) {
          if (f.severity === 'error') totals.errors++;
          else if (f.severity === 'warning') totals.warnings++;
          else totals.infos++;
          if (f.rule === 'unpaired') totals.unpaired++;
        }
      }
    }
    return totals;
  }

  /**
   * Where a line of a paired file is in its counterpart, by the same alignment as the rules
   * (computed in a worker, like every parse); undefined when the file has no counterpart.
   */
  async locate(uri: vscode.Uri, line: number, sectionOnly: boolean): Promise<{ counterpart: vscode.Uri; line: number } | undefined> {
    const folder = await this.index.folderOf(uri);
    const path = folder && this.index.relativePath(folder.root, uri);
    const task = folder && path !== undefined ? taskOf(folder, path) : undefined;
    if (!folder || task?.kind !== 'pair') return undefined;
    const [en, fr] = await Promise.all([task.en, task.fr].map((p) => readSource(this.index.uriOf(folder.root, p), p, folder.config.maxFileSize, folder.root)));
    const from = path === task.en ? 'en' : 'fr';
    const counterpart = this.index.uriOf(folder.root, from === 'en' ? task.fr : task.en);
    const pool = this.engines.poolFor(folder.root, await this.setupFor(this.state(folder.root), folder));
    const place = await pool.run({ kind: 'locate', en, fr, from, line, sectionOnly }, taskKey(task)).promise;
    return { counterpart, line: place?.line ?? 0 };
  }

  /** The first draft of a file's counterpart (see core/skeleton), made in a worker. */
  async skeleton(uri: vscode.Uri): Promise<EngineResults['skeleton'] | undefined> {
    const folder = await this.index.folderOf(uri);
    const path = folder && this.index.relativePath(folder.root, uri);
    const lang = path !== undefined ? folder?.pairing.languages.get(path)?.lang : undefined;
    if (!folder || path === undefined || !lang) return undefined;
    const source = await readSource(uri, path, folder.config.maxFileSize, folder.root);
    const pool = this.engines.poolFor(folder.root, await this.setupFor(this.state(folder.root), folder));
    return pool.run({ kind: 'skeleton', source, from: lang }, path).promise;
  }

  /** The debounce of the file's folder (settings may differ per folder). */
  private debounceMs(uri: vscode.Uri): number {
    return vscode.workspace.getConfiguration('openDataToolkit', uri).get<number>('diagnostics.debounceMs', 300);
  }

  private async run(uri: vscode.Uri, triggeredAt: number): Promise<void> {
    try {
      const folder = await this.index.folderOf(uri);
      const path = folder && this.index.relativePath(folder.root, uri);
      if (!folder || path === undefined) return;
      const task = taskOf(folder, path);
      if (task) await this.runTask(folder, task, triggeredAt);
    } catch (e) {
      // A bug must not silence the other files: say what failed, keep the extension working.
      this.log.error(`checking ${uri.toString()} failed`, e);
    }
  }

  private async runTask(folder: FolderState, task: ProjectTask, triggeredAt: number): Promise<void> {
    const engine = getEngine();
    const { config, root } = folder;
    const key = taskKey(task);
    const runKey = `${root.toString()}|${key}`;
    const paths = task.kind === 'pair' ? [task.en, task.fr] : [task.path];
    // A check of other files under the same key (the file was unpaired, now it has a pair) stops at once.
    const earlier = this.running.get(runKey);
    if (earlier && earlier.sources.map((s) => s.path).join('\n') !== paths.join('\n')) earlier.cancel();
    const sources = await Promise.all(paths.map((p) => readSource(this.index.uriOf(root, p), p, config.maxFileSize, root)));
    const state = this.state(root);
    if (!state.wantsClauses && (config.clauseFolders.length > 0 || sources.some((s) => engine.mentionsClauses(textOf(s))))) state.wantsClauses = true;
    const setup = await this.setupFor(state, folder);
    const started = performance.now();
    // The same files as they are now, already being checked with the same setup (opening a pair
    // fires several events, and the start-up check asks too): that check's findings are these.
    const inFlight = this.running.get(runKey);
    if (inFlight && inFlight.setup === setup && sameSources(inFlight.sources, sources)) return inFlight.done;
    inFlight?.cancel();
    const pool = this.engines.poolFor(root, setup);
    // With spelling on, every rule but spelling first, on a worker that does not load the
    // dictionaries meanwhile (the pool's speller worker does, seconds, once): the first findings
    // never wait for them. Spelling follows as a request of its own; a newer check cancels both.
    const split = engine.spellingEnabled(config);
    const first = pool.run({ kind: 'check', task, sources, ...(split ? { phase: 'withoutSpeller' as const } : {}) }, key);
    let spelling: { promise: Promise<TaskResult>; cancel(): void } | undefined;
    let finished!: () => void;
    const current: RunningCheck = { cancel: () => (first.cancel(), spelling?.cancel()), setup, sources, done: new Promise<void>((resolve) => (finished = resolve)) };
    this.running.set(runKey, current);
    const isCurrent = () => this.running.get(runKey) === current;
    try {
      const early = await this.outcome(first, task, config, paths);
      if (!early || !isCurrent()) return;
      if (!split || early.failed) return await this.accept(state, task, paths, early.result, triggeredAt, started);
      await this.accept(state, task, paths, early.result, triggeredAt, started, isCurrent);
      if (!isCurrent()) return;
      spelling = pool.run({ kind: 'check', task, sources, phase: 'spellerOnly' }, key);
      const late = await this.outcome(spelling, task, config, paths);
      if (!late || !isCurrent()) return;
      // Both parts read the same files: their load problems are the first part's.
      const whole = late.failed ? engine.withEarlyFindings(early.result, late.result) : { findings: [...early.result.findings, ...late.result.findings], loadProblems: early.result.loadProblems };
      await this.accept(state, task, paths, whole, triggeredAt, started);
    } finally {
      if (isCurrent()) this.running.delete(runKey);
      finished();
    }
  }

  /** A check request's result, or one finding saying why it did not finish; undefined when a newer check cancelled it. */
  private async outcome(request: { promise: Promise<TaskResult> }, task: ProjectTask, config: ResolvedConfig, paths: string[]): Promise<{ result: TaskResult; failed: boolean } | undefined> {
    const engine = getEngine();
    try {
      return { result: await request.promise, failed: false };
    } catch (e) {
      if (e instanceof RequestFailed && e.reason === 'cancelled') return undefined; // a newer edit's check reports instead
      this.log.error(`checking ${paths.join(' and ')} did not finish`, e);
      return { result: engine.failedTaskResult(task, e instanceof RequestFailed && e.reason === 'timeout' ? { timeoutMs: config.timeBudgetMs } : { reason: (e as Error).message }), failed: true };
    }
  }

  /**
   * Stores a task's result and publishes the findings that changed. `partialOf` marks the early
   * part of a result (spelling still to come) and says whether its request is still the current one.
   */
  private async accept(state: RootState, task: ProjectTask, paths: string[], result: TaskResult, triggeredAt: number, started: number, partialOf?: () => boolean): Promise<void> {
    const engine = getEngine();
    const { root } = state;
    const key = taskKey(task);
    const checkMs = performance.now() - started;
    // Results of tasks that no longer exist (the files were paired otherwise since) go.
    for (const [k, stored] of state.results) if (k !== key && engine.filesOfTask(stored.task).some((p) => paths.includes(p))) state.results.delete(k);
    // The folder as it is now: a file deleted while it was being checked leaves no result behind.
    const current = await this.index.folderAt(root);
    if (partialOf && !partialOf()) return;
    if (paths.every((p) => current.has(p))) state.results.set(key, { task, result });
    else state.results.delete(key);
    const byFile = await this.publish(state, current, current.config);
    const uris = paths.map((p) => this.index.uriOf(root, p));
    this.checked.fire({ uris, findings: new Map(paths.map((p) => [p, byFile.get(p) ?? []])), sinceTriggerMs: performance.now() - triggeredAt, checkMs, ...(partialOf ? { partial: true } : {}) });
  }

  /** The workers' setup for the folder, the same object as long as its inputs are the same. */
  private async setupFor(state: RootState, folder: FolderState): Promise<EngineSetup> {
    const clauses = state.wantsClauses && this.clauses ? await this.clauses.foldersFor(folder.root) : undefined;
    const projectWords = await this.spelling?.projectWords(folder.root, folder.config);
    // A new setup also makes the workers read the cspell configuration files again.
    const key = [folder.config, folder.pairing, folder.siteRoutes, clauses, projectWords, this.spelling?.configVersion];
    if (!state.setup || state.setup.key.some((k, i) => k !== key[i])) {
      state.setup = { key, value: { config: folder.config, pairs: folder.pairing.pairs, clauses, siteRoutes: folder.siteRoutes, incremental: true, ...(projectWords ? { projectWords } : {}) } };
    }
    return state.setup.value;
  }

  /**
   * Runs the project rules over every stored result of the folder and publishes each file's
   * findings; only files whose list changed are sent to the presenters.
   */
  private async publish(state: RootState, folder: FolderState, config: ResolvedConfig): Promise<Map<string, Finding[]>> {
    const engine = getEngine();
    for (const [k, stored] of state.results) if (!engine.filesOfTask(stored.task).every((p) => folder.has(p))) state.results.delete(k);
    const results = [...state.results.values()].map((s) => s.result);
    const checked = new Set([...state.results.values()].flatMap((s) => engine.filesOfTask(s.task)));
    const unreadable = new Set(results.flatMap((r) => r.loadProblems.map((p) => p.path)));
    const readable = new Set([...checked].filter((p) => !unreadable.has(p)));
    const findings = await engine.projectFindings({ config, pairing: folder.pairing, readable, loadProblems: results.flatMap((r) => r.loadProblems), libraryProblems: [] }, engine.checkOptionsFrom(config, undefined, undefined, folder.siteRoutes), results);
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file);
      if (list) list.push(f);
      else byFile.set(f.file, [f]);
    }
    const changes: FindingsChange['files'] = [];
    for (const path of new Set([...byFile.keys(), ...state.published.keys()])) {
      const now = byFile.get(path) ?? [];
      if (sameFindings(now, state.published.get(path) ?? [])) continue;
      if (now.length) state.published.set(path, now);
      else state.published.delete(path);
      changes.push({ uri: this.index.uriOf(state.root, path), findings: now });
    }
    if (changes.length) this.changed.fire({ root: state.root, files: changes });
    return byFile;
  }

  /** A deleted file's findings go, and the results of the tasks it was part of. */
  private async forget(uri: vscode.Uri): Promise<void> {
    const state = this.roots.get(rootOf(uri).toString());
    const path = state && this.index.relativePath(state.root, uri);
    if (!state || path === undefined) return;
    const engine = getEngine();
    for (const [k, stored] of state.results) if (engine.filesOfTask(stored.task).includes(path)) state.results.delete(k);
    const folder = await this.index.folderOf(uri);
    if (folder) await this.publish(state, folder, folder.config);
  }

  /** Configuration, pairing or clauses changed: every file checked so far is checked again. */
  private recheckKnown(): void {
    this.recheckOpen();
    for (const state of this.roots.values()) {
      for (const stored of state.results.values()) for (const p of getEngine().filesOfTask(stored.task)) this.schedule(this.index.uriOf(state.root, p), 0);
    }
  }

  private state(root: vscode.Uri): RootState {
    let state = this.roots.get(root.toString());
    if (!state) this.roots.set(root.toString(), (state = { root, results: new Map(), published: new Map(), wantsClauses: false }));
    return state;
  }

  override dispose(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    for (const r of this.running.values()) r.cancel();
    super.dispose();
  }
}

/** The task a file belongs to: its pair, or itself alone. */
function taskOf(folder: FolderState, path: string): ProjectTask | undefined {
  const pair = folder.pairing.pairs.find((p) => p.en === path || p.fr === path);
  if (pair) return { kind: 'pair', en: pair.en, fr: pair.fr };
  return { kind: 'single', path, lang: folder.pairing.languages.get(path)?.lang };
}

function taskKey(task: ProjectTask): string {
  return task.kind === 'pair' ? task.en : task.path;
}

/** Whether two reads of the same files found the same text (a file that could not be read never counts as the same). */
function sameSources(a: readonly SourceFile[], b: readonly SourceFile[]): boolean {
  return a.length === b.length && a.every((x, i) => x.path === b[i].path && x.text !== undefined && x.text === b[i].text);
}

function textOf(source: { text?: string; bytes?: Uint8Array }): string {
  return source.text ?? (source.bytes ? new TextDecoder().decode(source.bytes.subarray(0, 1 << 20)) : '');
}

/** Same findings: most are the very objects of stored results, so comparing is mostly by reference. */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i] || JSON.stringify(f) === JSON.stringify(b[i]));
}
