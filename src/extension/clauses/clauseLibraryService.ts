import * as vscode from 'vscode';
import type { Finding } from '../../core/engineApi';
import type { ClauseCatalogue, ClauseFolderRead } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import { toDiagnostic } from '../diagnostics/toDiagnostic';
import { relativeTo } from '../util/paths';
import { uiLanguage } from '../util/uiLanguage';
import { readClauseFolder } from './readClauseFolder';

interface Loaded {
  catalogue: ClauseCatalogue;
  /** The files read, ours first, as the engine workers load them. */
  read: ClauseFolderRead[];
  /** The organisation's folders, relative to the root, as configured. */
  folders: string[];
  /** Files the problems were reported on, to clear them at the next load. */
  reported: vscode.Uri[];
}

/**
 * The clause library of each workspace folder: ours (shipped with the extension) and the
 * configuration's `clauseFolders`, loaded on first use and again when a clause file or the
 * configuration changes. Problems in clause files go to their own diagnostics collection,
 * at the offending line; the valid clauses load regardless.
 */
export class ClauseLibraryService implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<Loaded>>();
  private bundled: Promise<ClauseFolderRead> | undefined;
  readonly problems = vscode.languages.createDiagnosticCollection('opendata-toolkit-clauses');
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  /** Fires with the root whose library was loaded again (diagnostics of its policies may change). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly configs: ConfigService,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}');
    const touched = (uri: vscode.Uri) => void this.fileChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(touched),
      watcher.onDidCreate(touched),
      watcher.onDidDelete(touched),
      configs.onDidChange(() => void this.reloadAll()),
    );
  }

  /** The catalogue in force for files under `root`. */
  async catalogueFor(root: vscode.Uri): Promise<ClauseCatalogue> {
    return (await this.entry(root)).catalogue;
  }

  /** The clause files in force for files under `root` (the same array until a clause file or the configuration changes). */
  async foldersFor(root: vscode.Uri): Promise<ClauseFolderRead[]> {
    return (await this.entry(root)).read;
  }

  /** Loads the folders whose configuration names clause folders, so their problems show without waiting for a policy. */
  async loadConfigured(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = await this.configs.get(folder.uri);
      if (config.clauseFolders.length > 0) await this.entry(folder.uri);
    }
  }

  private entry(root: vscode.Uri): Promise<Loaded> {
    const key = root.toString();
    let entry = this.loaded.get(key);
    if (!entry) {
      entry = this.load(root);
      this.loaded.set(key, entry);
      // A failed load (an unreadable extension folder) is tried again next time, not remembered.
      entry.catch(() => this.loaded.get(key) === entry && this.loaded.delete(key));
    }
    return entry;
  }

  private async load(root: vscode.Uri): Promise<Loaded> {
    const engine = getEngine();
    const config = await this.configs.get(root);
    const ours = this.oursFolder();
    this.bundled ??= readClauseFolder(ours, ours.path);
    const folders = [await this.bundled];
    for (const relative of config.clauseFolders) folders.push(await readClauseFolder(vscode.Uri.joinPath(root, ...relative.split('/')), relative.replace(/\/+$/, '')));
    // Paths in findings are relative to the root, like the command line's.
    const configFile = config.file?.startsWith(config.root + '/') ? config.file.slice(config.root.length + 1) : config.file;
    const catalogue = engine.clauses.loadClauseCatalogue(folders, { configFile });
    const problems = engine.applyGradedSeverities(catalogue.problems, config.severities);
    return { catalogue, read: folders, folders: config.clauseFolders, reported: this.report(root, problems) };
  }

  private oursFolder(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'clauses');
  }

  /** Problems by file: ours are named by their path in the extension, the organisation's relative to the root. */
  private report(root: vscode.Uri, problems: Finding[]): vscode.Uri[] {
    const ours = this.oursFolder();
    const uriOf = (path: string) => (path.startsWith(ours.path + '/') ? ours.with({ path }) : vscode.Uri.joinPath(root, ...path.split('/')));
    const byFile = new Map<string, { uri: vscode.Uri; list: Finding[] }>();
    for (const p of problems) {
      const uri = uriOf(p.file);
      const entry = byFile.get(uri.toString()) ?? { uri, list: [] };
      entry.list.push(p);
      byFile.set(uri.toString(), entry);
    }
    const lang = uiLanguage();
    for (const { uri, list } of byFile.values()) this.problems.set(uri, list.map((f) => toDiagnostic(f, lang, uriOf)));
    return [...byFile.values()].map((e) => e.uri);
  }

  /** A clause file of a loaded folder changed: that folder's library is loaded again. */
  private async fileChanged(uri: vscode.Uri): Promise<void> {
    for (const [key, entry] of [...this.loaded]) {
      const root = vscode.Uri.parse(key);
      const path = relativeTo(root, uri);
      if (path === undefined) continue;
      const { folders } = await entry;
      if (folders.some((f) => path.startsWith(f.replace(/\/+$/, '') + '/'))) await this.reload(root);
    }
  }

  private async reloadAll(): Promise<void> {
    for (const key of [...this.loaded.keys()]) await this.reload(vscode.Uri.parse(key));
    // A configuration that now names clause folders: load them to report their problems.
    await this.loadConfigured();
  }

  private async reload(root: vscode.Uri): Promise<void> {
    const previous = await this.loaded.get(root.toString())?.catch(() => undefined);
    this.loaded.delete(root.toString());
    for (const uri of previous?.reported ?? []) this.problems.delete(uri);
    await this.entry(root);
    this.changed.fire(root);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
