import * as vscode from 'vscode';
import type { SchemaProblem } from '../../core/engineApi';
import { getEngine } from '../engine/engine';
import { uiLanguage } from '../util/uiLanguage';
import { SETTINGS_SECTION } from './settingsSection';

/** An invalid setting, with the settings file that holds it when it is a workspace or folder setting. */
export interface SettingProblem {
  problem: SchemaProblem;
  /** `.vscode/settings.json` of the folder, when the value is set there. */
  file?: vscode.Uri;
  message: string;
}

/**
 * Checks the settings that mirror the configuration file with the file's own schema. Invalid
 * entries are dropped from `settings` (the rest applies) and returned, each with its message.
 */
export function validateSettings(root: vscode.Uri, settings: Record<string, unknown>): SettingProblem[] {
  const engine = getEngine();
  const inspect = vscode.workspace.getConfiguration(SETTINGS_SECTION, root);
  const lang = uiLanguage();
  return engine.schemaProblems(settings).map((problem) => {
    engine.dropInvalid(settings, problem);
    const key = problem.path[0] ?? problem.key ?? '';
    const inspected = inspect.inspect(key);
    const inWorkspace = inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined;
    const detail = engine.formatMessage(problem.messageId, prefixed(problem.args), lang);
    return { problem, ...(inWorkspace ? { file: vscode.Uri.joinPath(root, '.vscode', 'settings.json') } : {}), message: detail };
  });
}

/** Paths in messages name the setting as the user writes it: `openDataToolkit.rules.numbers`. */
function prefixed(args: SchemaProblem['args']): SchemaProblem['args'] {
  const out = { ...args };
  for (const name of ['path', 'key'] as const) if (typeof out[name] === 'string') out[name] = `${SETTINGS_SECTION}.${out[name] as string}`;
  return out;
}

/** Where a setting is written in a settings file (its key), for the diagnostic. */
export async function settingRange(file: vscode.Uri, problem: SchemaProblem): Promise<vscode.Range> {
  try {
    const document = await vscode.workspace.openTextDocument(file);
    const text = document.getText();
    const located = getEngine().locateJsonKey(text, [`${SETTINGS_SECTION}.${problem.path[0] ?? problem.key}`, ...problem.path.slice(1), ...(problem.key && problem.path.length ? [problem.key] : [])]);
    if (located) return new vscode.Range(document.positionAt(located.start), document.positionAt(located.end));
  } catch {
    // The file cannot be opened: the diagnostic goes at its top.
  }
  return new vscode.Range(0, 0, 0, 0);
}
