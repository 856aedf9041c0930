import * as vscode from 'vscode';
import type { ConfigProblem, ResolvedConfig, ToolkitConfigFile } from '../../core/engineApi';
import { getEngine } from '../engine/engine';
import { uiLanguage } from '../util/uiLanguage';
import { settingRange, validateSettings, type SettingProblem } from './settingsProblems';
import { SETTINGS_SECTION } from './settingsSection';
import { count as formatCount, plural } from '../util/plural';
import { leadsOutside } from '../workspace/confinedUri';

const SECTION = SETTINGS_SECTION;

/**
 * The configuration of each workspace folder: the folder's settings overlaid by its
 * opendata-toolkit.json. An invalid file gets diagnostics and one notification; its valid
 * parts still apply, the rest falls back to settings and defaults.
 */
export class ConfigService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('opendata-toolkit-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  private lastNotified = new Map<string, string>();
  private readonly settingsReported = new Map<string, vscode.Uri[]>();
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${'opendata-toolkit.json'}`);
    const invalidate = () => this.invalidate();
    this.disposables.push(
      watcher,
      watcher.onDidChange(invalidate),
      watcher.onDidCreate(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(invalidate),
    );
  }

  /** The resolved configuration for files under `root`. */
  get(root: vscode.Uri): Promise<ResolvedConfig> {
    const key = root.toString();
    let config = this.cache.get(key);
    if (!config) {
      config = this.load(root);
      this.cache.set(key, config);
    }
    return config;
  }

  private invalidate(): void {
    this.cache.clear();
    this.changed.fire();
  }

  private async load(root: vscode.Uri): Promise<ResolvedConfig> {
    const engine = getEngine();
    const file = vscode.Uri.joinPath(root, engine.CONFIG_FILE_NAME);
    const fromSettings = settingsConfig(root);
    // Settings go through the same schema as the file: an invalid one is reported, never used.
    const settingProblems = validateSettings(root, fromSettings as Record<string, unknown>);
    let fromFile: ToolkitConfigFile = {};
    let problems: ConfigProblem[] = [];
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      text = undefined; // no configuration file: settings and defaults
    }
    if (text !== undefined) {
      const parsed = engine.parseConfigText(text.replace(/^\uFEFF/, ''), file.path);
      fromFile = parsed.config;
      problems = parsed.problems;
    }
    const merged = mergeConfig(fromSettings, fromFile);
    // Only a pairs file inside the folder (or a folder the user allowed) is read; the engine
    // reports the others by their key. The workspace's own settings cannot allow anything.
    const allowedOutside = allowedFolders();
    const within = [root, ...allowedOutside.map((folder) => root.with({ path: folder }))];
    // The files the configuration names (the pairs file, the team's term base), read ahead: the engine reads them synchronously.
    const named = new Map<string, { text?: string; outside: boolean }>();
    for (const name of [merged.pairs, merged.termBase]) {
      const relative = typeof name === 'string' ? engine.confinePath(root.path, name, allowedOutside) : undefined;
      if (relative === undefined || named.has(relative)) continue;
      const uri = vscode.Uri.joinPath(root, relative);
      const outside = await leadsOutside(uri, within);
      named.set(relative, { outside, text: outside ? undefined : await readOptional(uri, engine.MAX_PAIRS_FILE_SIZE) });
    }
    const resolved = engine.resolveConfig(
      merged,
      root.path,
      text !== undefined ? file.path : undefined,
      (relative) => {
        const read = named.get(relative);
        if (read?.text === undefined) throw Object.assign(new Error('not read'), { code: read?.outside ? 'EOUTSIDE' : 'ENOENT' });
        return read.text;
      },
      { allowedOutside, configText: text },
    );
    await this.report(file, [...problems, ...resolved.problems], settingProblems);
    return resolved.resolved;
  }

  /** File problems at their key; setting problems in the folder's settings file; one notification for them all. */
  private async report(file: vscode.Uri, problems: ConfigProblem[], settings: SettingProblem[]): Promise<void> {
    const engine = getEngine();
    const lang = uiLanguage();
    const error = (range: vscode.Range, message: string) => {
      const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
      d.source = 'opendata-toolkit';
      return d;
    };
    this.problems.set(
      file,
      problems.map((p) => error(new vscode.Range(p.range.start.line, p.range.start.column, p.range.end.line, p.range.end.column), engine.formatMessage(p.messageId, p.args, lang))),
    );
    const settingsFiles = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const s of settings) {
      if (!s.file) continue;
      const entry = settingsFiles.get(s.file.toString()) ?? { uri: s.file, list: [] };
      entry.list.push(error(await settingRange(s.file, s.problem), s.message));
      settingsFiles.set(s.file.toString(), entry);
    }
    for (const uri of this.settingsReported.get(file.toString()) ?? []) if (!settingsFiles.has(uri.toString())) this.problems.delete(uri);
    for (const { uri, list } of settingsFiles.values()) this.problems.set(uri, list);
    this.settingsReported.set(file.toString(), [...settingsFiles.values()].map((e) => e.uri));
    const signature = [...problems.map((p) => `${p.range.start.line}:${p.messageId}`), ...settings.map((s) => s.message)].join('|');
    const count = problems.length + settings.length;
    if (count && this.lastNotified.get(file.toString()) !== signature) {
      this.lastNotified.set(file.toString(), signature);
      const open = vscode.l10n.t('Open configuration');
      const openSettings = vscode.l10n.t('Open settings');
      const message = problems.length
        ? plural(problems.length, vscode.l10n.t('{0} has {1} problem; the rest of the configuration and the defaults are used.', vscode.workspace.asRelativePath(file), formatCount(problems.length)), vscode.l10n.t('{0} has {1} problems; the rest of the configuration and the defaults are used.', vscode.workspace.asRelativePath(file), formatCount(problems.length)))
        : vscode.l10n.t('Invalid setting: {0} It is not used; the rest of the configuration and the defaults are.', settings[0].message);
      void vscode.window.showErrorMessage(message, problems.length ? open : openSettings).then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(file);
        else if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
      });
    } else if (!count) {
      this.lastNotified.delete(file.toString());
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The settings of the folder, as a configuration file would write them (only what is set). */
function settingsConfig(root: vscode.Uri): ToolkitConfigFile {
  const settings = vscode.workspace.getConfiguration(SECTION, root);
  const out: Record<string, unknown> = {};
  for (const key of getEngine().MIRRORED_SETTINGS) {
    const inspected = settings.inspect(key);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined && !(typeof value === 'object' && value !== null && Object.keys(value).length === 0)) out[key] = value;
  }
  return out as ToolkitConfigFile;
}

/**
 * Folders outside the workspace that its configuration may name: the user's own setting only
 * (declared with application scope, and read from the user level here), never a workspace's.
 */
function allowedFolders(): string[] {
  const value = vscode.workspace.getConfiguration(SECTION).inspect<unknown>('allowedFolders')?.globalValue;
  // Native absolute paths (`/srv/clauses`, `C:\\clauses`) as the paths of file URIs, like the roots they are compared with.
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && (v.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(v))).map((v) => vscode.Uri.file(v).path) : [];
}

/** The file wins key by key; rules and policy answers are merged one entry at a time. */
export function mergeConfig(settings: ToolkitConfigFile, file: ToolkitConfigFile): ToolkitConfigFile {
  const merged: ToolkitConfigFile = { ...settings, ...file };
  if (settings.rules || file.rules) merged.rules = { ...settings.rules, ...file.rules };
  if (settings.policy || file.policy) merged.policy = { ...settings.policy, ...file.policy };
  return merged;
}

async function readOptional(uri: vscode.Uri, limit: number): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // Only a file (a FIFO or a device is neither a file nor a folder) within the size limit.
    if (!(stat.type & vscode.FileType.File) || stat.size > limit) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
