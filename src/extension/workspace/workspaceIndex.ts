import * as vscode from 'vscode';
import type { Fingerprint, Lang, PairingResult, ResolvedConfig, SiteRoutes } from '../../core/engineApi';
import { getEngine } from '../engine/engine';
import { relativeTo, rootOf } from '../util/paths';
import type { ConfigService } from '../config/configService';


interface FolderIndex {
  root: vscode.Uri;
  config: ResolvedConfig;
  /** The configuration's include and ignore globs, compiled once per folder. */
  isIncluded: (path: string) => boolean;
  /** Relative path → front matter data (undefined when none). */
  files: Map<string, Record<string, unknown> | undefined>;
  /** Relative path → what the file holds that pairs it by content (files with translated names). */
  fingerprints: Map<string, Fingerprint>;
  pairing?: PairingResult;
  pairKeyOf?: (path: string) => string | undefined;
  /** Where each file is published, for links between pages; built with the pairing. */
  siteRoutes?: SiteRoutes;
  /** The paths of `files`, listed with the pairing (both change only when a file or its front matter does). */
  fileList?: string[];
}

/** A workspace folder as the checks see it: its configuration, its Markdown files and their pairing. */
export interface FolderState {
  root: vscode.Uri;
  config: ResolvedConfig;
  files: string[];
  /** Whether the folder holds that Markdown file now (the index as it is, not as when this state was taken). */
  has(path: string): boolean;
  pairing: PairingResult;
  siteRoutes: SiteRoutes;
}

export interface PairInfo {
  root: vscode.Uri;
  config: ResolvedConfig;
  /** Relative path of the file asked about. */
  path: string;
  lang?: Lang;
  en?: string;
  fr?: string;
  /** For links between documents: the English path of the pair a path belongs to. */
  pairKeyOf: (path: string) => string | undefined;
}

/**
 * The Markdown files of each workspace folder with their languages and pairs, kept current as
 * files are created, changed, renamed or deleted, and as open documents are edited.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly folders = new Map<string, Promise<FolderIndex>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly deleted = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a file's pairing may have changed (a file created, deleted, or its front matter edited). */
  readonly onDidChange = this.changed.event;
  /** Fires with each Markdown file deleted from the workspace. */
  readonly onDidDelete = this.deleted.event;

  constructor(private readonly configs: ConfigService) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    this.disposables.push(
      this.changed,
      this.deleted,
      watcher,
      watcher.onDidCreate((uri) => this.update(uri)),
      watcher.onDidChange((uri) => this.update(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      configs.onDidChange(() => this.folders.clear()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.folders.clear()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Only a front matter edit can change a pairing; most edits leave the head alone.
        if (e.document.languageId === 'markdown' && e.contentChanges.some((c) => c.range.start.line < 40)) void this.update(e.document.uri, e.document.getText());
      }),
    );
  }

  /** The pair (or lack of one) of a file, with the configuration that applies to it. */
  async pairOf(uri: vscode.Uri): Promise<PairInfo | undefined> {
    // An untitled document (an exported report, a scratch file) is in no folder: scanning the
    // folder `rootOf` makes up for it (`untitled:.`) made the workbench's search throw.
    if (uri.scheme === 'untitled') return undefined;
    const index = await this.folder(rootOf(uri));
    const path = relativeTo(index.root, uri);
    if (path === undefined) return undefined;
    if (!index.files.has(path)) {
      // A file the index has not seen (new, or outside include globs but opened): add it.
      // A file deleted from the disk is not added back, even while its editor is still open.
      const text = await readText(uri);
      if (text === undefined) return undefined;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      this.read(index, path, doc ? doc.getText() : text);
      index.pairing = undefined;
    }
    const pairing = this.pairing(index);
    const pair = pairing.pairs.find((p) => p.en === path || p.fr === path);
    return { root: index.root, config: index.config, path, lang: pairing.languages.get(path)?.lang, en: pair?.en, fr: pair?.fr, pairKeyOf: index.pairKeyOf! };
  }

  /** The folder a file is in, with its pairing (the file added to the index when it was not in it yet). */
  async folderOf(uri: vscode.Uri): Promise<FolderState | undefined> {
    const info = await this.pairOf(uri);
    if (!info) return undefined;
    return this.stateOf(await this.folder(info.root));
  }

  /** The workspace folder at `root` as it is now. */
  async folderAt(root: vscode.Uri): Promise<FolderState> {
    return this.stateOf(await this.folder(root));
  }

  /** Every workspace folder with its files and pairing. */
  async allFolders(): Promise<FolderState[]> {
    const out: FolderState[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) out.push(this.stateOf(await this.folder(folder.uri)));
    return out;
  }

  relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
    return relativeTo(root, uri);
  }

  private stateOf(index: FolderIndex): FolderState {
    const pairing = this.pairing(index);
    return { root: index.root, config: index.config, files: index.fileList!, has: (path) => index.files.has(path), pairing, siteRoutes: index.siteRoutes! };
  }

  uriOf(root: vscode.Uri, path: string): vscode.Uri {
    return vscode.Uri.joinPath(root, ...path.split('/'));
  }

  /** The folder's pairing, computed again only after a file or its front matter changed. */
  private pairing(index: FolderIndex): PairingResult {
    if (!index.pairing) {
      const engine = getEngine();
      index.pairing = engine.pairFiles([...index.files].map(([path, frontMatter]) => ({ path, frontMatter, fingerprint: index.fingerprints.get(path) })), index.config.pairs);
      index.pairKeyOf = engine.pairKeyLookup(index.pairing.pairs);
      index.siteRoutes = engine.pairingSiteRoutes([...index.files].map(([path, frontMatter]) => ({ path, frontMatter })), index.pairing);
      index.fileList = [...index.files.keys()];
    }
    return index.pairing;
  }

  private folder(root: vscode.Uri): Promise<FolderIndex> {
    const key = root.toString();
    let index = this.folders.get(key);
    if (!index) {
      index = this.scan(root);
      this.folders.set(key, index);
    }
    return index;
  }

  private async scan(root: vscode.Uri): Promise<FolderIndex> {
    const config = await this.configs.get(root);
    const engine = getEngine();
    const isIncluded = engine.createFileFilter(config);
    const index: FolderIndex = { root, config, isIncluded, files: new Map(), fingerprints: new Map() };
    // Hidden folders (.git, .vscode-test, …) and node_modules hold no toolkit content.
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.{md,markdown}'), '**/{node_modules,.*}/**');
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    await Promise.all(
      found.map(async (uri) => {
        const path = relativeTo(root, uri);
        if (path === undefined || !isIncluded(path)) return;
        const doc = open.get(uri.toString());
        this.read(index, path, doc ? doc.getText() : ((await readText(uri)) ?? ''));
      }),
    );
    return index;
  }

  /** Indexes a file's text: its front matter, and its fingerprint for pairing by content. */
  private read(index: FolderIndex, path: string, text: string): void {
    const engine = getEngine();
    const frontMatter = engine.quickFrontMatter(text);
    index.files.set(path, frontMatter);
    index.fingerprints.set(path, engine.contentFingerprint(text, frontMatter));
  }

  private async update(uri: vscode.Uri, text?: string): Promise<void> {
    const root = rootOf(uri);
    const index = this.folders.get(root.toString());
    if (!index) return;
    const folder = await index;
    const path = relativeTo(folder.root, uri);
    if (path === undefined || getEngine().isInHiddenFolder(path) || !folder.isIncluded(path)) return;
    const known = folder.files.has(path);
    const before = JSON.stringify(folder.files.get(path) ?? null);
    const fingerprintBefore = JSON.stringify(folder.fingerprints.get(path) ?? null);
    const content = text ?? (await readText(uri));
    // Created and deleted again before this ran: the deletion has been seen, the file is not added back.
    if (content === undefined) return;
    this.read(folder, path, content);
    if (known && before === JSON.stringify(folder.files.get(path) ?? null)) {
      // Same front matter: only a file left to content pairing can change pairs by its body.
      const by = folder.pairing?.pairs.find((p) => p.en === path || p.fr === path)?.pairedBy;
      if (JSON.stringify(folder.fingerprints.get(path)) === fingerprintBefore || (by !== undefined && by !== 'content')) return;
    }
    folder.pairing = undefined;
    this.changed.fire();
  }

  private async remove(uri: vscode.Uri): Promise<void> {
    const index = this.folders.get(rootOf(uri).toString());
    if (!index) return;
    const folder = await index;
    const path = relativeTo(folder.root, uri);
    if (path !== undefined && folder.files.delete(path)) {
      folder.fingerprints.delete(path);
      folder.pairing = undefined;
      this.deleted.fire(uri);
      this.changed.fire();
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/**
 * A file as text (front matter at its head, the fingerprint from all of it); empty when
 * unreadable (the checks report why), undefined when the file no longer exists.
 */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder().decode(bytes);
  } catch (e) {
    return e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? undefined : '';
  }
}
