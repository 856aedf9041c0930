import * as vscode from 'vscode';
import type { Finding } from '../../core/engineApi';
import type { LibraryFolder, LibrarySpec } from '../../core/libraries/librarySpec';
import { getEngine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import { toDiagnostic } from '../diagnostics/toDiagnostic';
import { relativeTo } from '../util/paths';
import { uiLanguage } from '../util/uiLanguage';
import { Disposable } from '../util/disposable';
import { readLibraryFolder } from './readLibraryFolder';

interface Loaded<T> {
  library: T;
  /** The folders read, ours first, as the engine workers load them. */
  read: LibraryFolder[];
  /** The organisation's folders, relative to the root, as configured. */
  folders: string[];
  /** Files the problems were reported on, to clear them at the next load. */
  reported: vscode.Uri[];
}

/**
 * One data library (clauses, checklists, term bases...) for each workspace folder: ours
 * (shipped with the extension) and the folders the configuration names, loaded on first use and
 * again when one of their files or the configuration changes. Problems in the library's files
 * go to the library's own diagnostics collection at their line; the valid items load regardless.
 */
export class LibraryService<T> extends Disposable {
  private readonly loaded = new Map<string, Promise<Loaded<T>>>();
  private bundled: Promise<LibraryFolder & { unreadable: Array<{ path: string; reason: LibraryFolder['readError'] }> }> | undefined;
  readonly problems: vscode.DiagnosticCollection;
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with the root whose library was loaded again (findings that use it may change). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly spec: () => LibrarySpec<T>,
    private readonly extensionUri: vscode.Uri,
    private readonly configs: ConfigService,
    collectionName: string,
  ) {
    super();
    this.problems = this.register(vscode.languages.createDiagnosticCollection(collectionName));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json,csv,tbx}'));
    const touched = (uri: vscode.Uri) => void this.fileChanged(uri);
    this.register(watcher.onDidChange(touched));
    this.register(watcher.onDidCreate(touched));
    this.register(watcher.onDidDelete(touched));
    this.register(configs.onDidChange(() => void this.reloadAll()));
  }

  /** The library in force for files under `root`. */
  async libraryFor(root: vscode.Uri): Promise<T> {
    return (await this.entry(root)).library;
  }

  /** The files in force for files under `root` (the same array until a file of the library or the configuration changes). */
  async foldersFor(root: vscode.Uri): Promise<LibraryFolder[]> {
    return (await this.entry(root)).read;
  }

  /** Loads the folders whose configuration names library folders, so their problems show without waiting for a document to use them. */
  async loadConfigured(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = await this.configs.get(folder.uri);
      if (config[this.spec().configKey].length > 0) await this.entry(folder.uri);
    }
  }

  private entry(root: vscode.Uri): Promise<Loaded<T>> {
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

  private async load(root: vscode.Uri): Promise<Loaded<T>> {
    const engine = getEngine();
    const spec = this.spec();
    const config = await this.configs.get(root);
    const ours = this.oursFolder();
    this.bundled ??= readLibraryFolder(ours, ours.path, spec.accepts);
    const reads = [await this.bundled];
    // The organisation's folders stay in the workspace folder or those the user allowed (symbolic links resolved).
    const within = [root, ...config.allowedOutside.map((folder) => root.with({ path: folder }))];
    for (const relative of config[spec.configKey]) reads.push(await readLibraryFolder(vscode.Uri.joinPath(root, ...relative.split('/')), relative.replace(/\/+$/, ''), spec.accepts, within));
    const read = reads.map(({ unreadable: _, ...folder }) => folder);
    // Paths in findings are relative to the root, like the command line's.
    const library = spec.load(read, { configFile: engine.configFileOf(config) });
    const unreadable: Finding[] = reads.flatMap((r) =>
      r.unreadable.map((u) => ({ file: u.path, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, severity: 'error' as const, rule: 'file' as const, messageId: 'fileUnreadable', args: { reason: u.reason ?? '' } })),
    );
    const problems = engine.applyGradedSeverities([...spec.problems(library), ...unreadable], config.severities);
    return { library, read, folders: config[spec.configKey], reported: this.report(root, problems) };
  }

  private oursFolder(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, this.spec().bundledFolder);
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

  /** A file of a loaded folder changed: that folder's library is loaded again. */
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
    // A configuration that now names library folders: load them to report their problems.
    await this.loadConfigured();
  }

  private async reload(root: vscode.Uri): Promise<void> {
    const previous = await this.loaded.get(root.toString())?.catch(() => undefined);
    this.loaded.delete(root.toString());
    for (const uri of previous?.reported ?? []) this.problems.delete(uri);
    await this.entry(root);
    this.changed.fire(root);
  }
}
