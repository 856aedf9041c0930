import * as vscode from 'vscode';
import type { ResolvedConfig } from '../../core/engineApi';
import type { SpellerConfigProblem } from '../../core/spelling/speller';
import { getEngine } from '../engine/engine';
import { Disposable } from '../util/disposable';

/** What the engine workers are told of the project's dictionary (see EngineSetup.projectWords). */
export interface ProjectWords {
  words: string[];
  problems: SpellerConfigProblem[];
}

/** A cspell configuration file, by the names cspell-lib searches for (cspell.json, .cspell.json, cspell.config.yaml, cSpell.json…). */
const CSPELL_CONFIG_GLOB = '**/{.cspell,cspell,.cSpell,cSpell}{.json,.jsonc,.yaml,.yml,.config.json,.config.jsonc,.config.yaml,.config.yml,.config.js,.config.cjs,.config.mjs,.config.toml}';

/** Wait after typing in the project's dictionary before checking again. */
const RECHECK_DELAY_MS = 300;

/**
 * The inputs of the spelling rule that live in the workspace: the project's dictionary, read as
 * the editor holds it (an added word counts before it is saved), and the cspell configuration
 * files, which the workers read themselves; `onDidChange` fires when either changes, so the
 * workers get a fresh setup.
 */
export class SpellingInputs extends Disposable {
  private readonly read = new Map<string, Promise<ProjectWords>>();
  private readonly watched = new Set<string>();
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Fires (debounced) when the project's dictionary or a cspell configuration changed. */
  readonly onDidChange = this.changed.event;
  /** Bumped by each change of a cspell configuration file: part of the workers' setup key. */
  configVersion = 0;

  constructor() {
    super();
    const cspell = this.register(vscode.workspace.createFileSystemWatcher(CSPELL_CONFIG_GLOB));
    const configChanged = () => {
      this.configVersion++;
      this.fire();
    };
    this.register(cspell.onDidChange(configChanged));
    this.register(cspell.onDidCreate(configChanged));
    this.register(cspell.onDidDelete(configChanged));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.forget(e.document.uri)));
    // Closing an unsaved dictionary drops its edits: the file on disk counts again.
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)));
  }

  /** The project dictionary's file for a folder, or undefined when the configuration points outside it. */
  fileOf(root: vscode.Uri, config: ResolvedConfig): vscode.Uri | undefined {
    const file = getEngine().wordsFileOf(config);
    return file === undefined ? undefined : vscode.Uri.joinPath(root, file);
  }

  /** The words of the folder's project dictionary (none when the file does not exist). */
  projectWords(root: vscode.Uri, config: ResolvedConfig): Promise<ProjectWords> {
    const uri = this.fileOf(root, config);
    if (!uri) return Promise.resolve({ words: [], problems: [{ file: String(config.ruleOptions.get('spelling')?.wordsFile), reason: 'the project dictionary must be inside the workspace' }] });
    const key = uri.toString();
    let words = this.read.get(key);
    if (!words) this.read.set(key, (words = this.load(uri, vscode.workspace.asRelativePath(uri, false))));
    this.watch(uri);
    return words;
  }

  private async load(uri: vscode.Uri, relative: string): Promise<ProjectWords> {
    try {
      const text = await textOf(uri);
      return { words: text === undefined ? [] : getEngine().parseProjectWords(text), problems: [] };
    } catch (e) {
      return { words: [], problems: [{ file: relative, reason: (e as Error).message }] };
    }
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watched.has(key)) return;
    this.watched.add(key);
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!)));
    const forget = () => this.forget(uri);
    this.register(watcher.onDidChange(forget));
    this.register(watcher.onDidCreate(forget));
    this.register(watcher.onDidDelete(forget));
  }

  private forget(uri: vscode.Uri): void {
    if (!this.read.delete(uri.toString())) return;
    this.fire();
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), RECHECK_DELAY_MS);
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    super.dispose();
  }
}

/** A file's text as the editor holds it (unsaved edits included); undefined when it does not exist. */
export async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}
