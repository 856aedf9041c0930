import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { DIAGNOSTIC_SOURCE, toRange } from '../diagnostics/toDiagnostic';
import { textOf, type SpellingInputs } from './spellingInputs';

/**
 * “Add «word» to the project dictionary” on a spelling finding: an ordinary, undoable edit of the
 * project's words file (created when missing), which the team shares. The word counts as soon as
 * the edit is made, saved or not (see SpellingInputs), so the finding goes.
 */
export class AddToDictionaryActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly checks: CheckService,
    private readonly index: WorkspaceIndex,
    private readonly spelling: SpellingInputs,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'spelling');
    if (!diagnostics.length) return [];
    const folder = await this.index.folderOf(document.uri);
    const file = folder && this.spelling.fileOf(folder.root, folder.config);
    if (!file) return [];
    const findings = this.checks.findingsOf(document.uri);
    // A file that exists but cannot be read gets no edit: appending blind could damage it.
    const existing = await textOf(file).catch(() => null);
    if (existing === null) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of diagnostics) {
      const finding = findings.find((f) => f.rule === 'spelling' && toRange(f.range).isEqual(diagnostic.range));
      const word = finding?.data?.dictionaryWord;
      if (typeof word !== 'string') continue;
      const addition = getEngine().projectWordAddition(existing ?? '', word);
      if (addition === undefined) continue;
      const action = new vscode.CodeAction(vscode.l10n.t('Add “{0}” to the project dictionary', word), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      if (existing === undefined) action.edit.createFile(file, { ignoreIfExists: true });
      action.edit.insert(file, endOf(existing ?? ''), addition, { label: action.title, needsConfirmation: false });
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }
}

function endOf(text: string): vscode.Position {
  const lines = text.split('\n');
  return new vscode.Position(lines.length - 1, lines[lines.length - 1]!.length);
}

export function registerAddToDictionary(checks: CheckService, index: WorkspaceIndex, spelling: SpellingInputs): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new AddToDictionaryActions(checks, index, spelling), { providedCodeActionKinds: AddToDictionaryActions.kinds });
}
