import * as vscode from 'vscode';
import type { Lang } from '../../core/messages/catalog';

/** The language the user runs VS Code in, for the engine's messages (vscode.l10n covers ours). */
export function uiLanguage(): Lang {
  return /^fr\b|^fr-/i.test(vscode.env.language) ? 'fr' : 'en';
}
