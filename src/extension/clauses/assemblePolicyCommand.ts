import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import { fileExists } from '../util/fileExists';
import { relativeTo, rootOf } from '../util/paths';
import { askTargetFolder, freeName } from '../util/askTargetFolder';
import { uiLanguage } from '../util/uiLanguage';
import type { ClauseLibraryService } from './clauseLibraryService';
import { askPolicyAnswers, type PolicyChoice } from './askPolicyAnswers';
import { plural } from '../util/plural';

/**
 * "Assemble a policy…": pick the folder (the clicked one first), a profile, answer the few
 * questions and a file name that is not taken, and get the English and French policy files,
 * created together through one undoable workspace edit and opened side by side. Existing files
 * are never overwritten. Menus pass the clicked resource: only the first argument is read, as a
 * place; answers given in advance (tests) go through the internal command. Resolves with the
 * two files' URIs.
 */
export function registerAssemblePolicyCommand(configs: ConfigService, library: ClauseLibraryService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.assemblePolicy, async (resource?: unknown) => {
      const folderUri = await askTargetFolder({
        title: vscode.l10n.t('Assemble a policy'),
        clicked: resource instanceof vscode.Uri ? resource : undefined,
        holdsKind: (text) => getEngine().mentionsClauses(text),
        noFolderMessage: vscode.l10n.t('Open a folder first: the policy files are created in it.'),
      });
      if (!folderUri) return undefined;
      const root = rootOf(folderUri);
      const [config, catalogue] = await Promise.all([configs.get(root), library.libraryFor(root)]);
      const taken = async (name: string) => (await Promise.all(['en', 'fr'].map((l) => fileExists(vscode.Uri.joinPath(folderUri, `${name}.${l}.md`))))).some(Boolean);
      const choice = await askPolicyAnswers(catalogue, config.policy, uiLanguage(), await freeName('open-data-policy', taken));
      return choice && assemble(configs, library, folderUri, choice);
    }),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.assemblePolicyWith, (folderUri: vscode.Uri, choice: PolicyChoice) => assemble(configs, library, folderUri, choice)),
  ];
}

async function assemble(configs: ConfigService, library: ClauseLibraryService, folderUri: vscode.Uri, choice: PolicyChoice): Promise<vscode.Uri[] | undefined> {
    const engine = getEngine();
    const lang = uiLanguage();
    const root = rootOf(folderUri);
    const [config, catalogue] = await Promise.all([configs.get(root), library.libraryFor(root)]);
    const profile = catalogue.profiles.byId.get(choice.profile);
    if (!profile) {
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no profile “{0}”.', choice.profile));
      return undefined;
    }
    const answers = { ...engine.clauses.questionDefaults(profile, config.policy), ...choice.answers };
    const policy = engine.clauses.assemblePolicy({ profile, library: catalogue.library, answers, baseName: choice.name ?? 'open-data-policy' });
    const { blocking, unanswered } = engine.clauses.assemblyOutcome(policy.problems);
    if (blocking.length) {
      const reasons = blocking.map((p) => engine.formatMessage(p.messageId, p.args, lang)).join(' ');
      void vscode.window.showErrorMessage(vscode.l10n.t('The policy cannot be assembled: {0}', reasons));
      return undefined;
    }
    const folder = relativeTo(root, folderUri) ?? '';
    const files = [policy.en, policy.fr].map((f) => ({ uri: vscode.Uri.joinPath(folderUri, f.fileName), text: f.text }));
    const existing: string[] = [];
    for (const f of files) if (await fileExists(f.uri)) existing.push([folder, f.uri.path.split('/').pop()].filter(Boolean).join('/'));
    if (existing.length) {
      void vscode.window.showErrorMessage(plural(existing.length, vscode.l10n.t('Not created: {0} already exists.', existing.join(', ')), vscode.l10n.t('Not created: {0} already exist.', existing.join(', '))));
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const f of files) edit.createFile(f.uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(f.text) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', files.map((f) => vscode.workspace.asRelativePath(f.uri)).join(', ')));
      return undefined;
    }
    await vscode.window.showTextDocument(files[0].uri, { viewColumn: vscode.ViewColumn.One });
    await vscode.window.showTextDocument(files[1].uri, { viewColumn: vscode.ViewColumn.Beside });
    // Values nobody gave (neither the writer nor the configuration): the profile's defaults, to confirm.
    const profileDefaults = engine.clauses.questionDefaults(profile, undefined);
    const configured = engine.clauses.questionDefaults(profile, config.policy);
    const toConfirm = Object.entries(profileDefaults)
      .filter(([name, value]) => choice.answers?.[name] === undefined && configured[name] === value)
      .map(([name, value]) => `${name} (“${typeof value === 'object' ? value[lang] : String(value)}”)`);
    const notes: string[] = [];
    if (unanswered.length) notes.push(vscode.l10n.t('left to fill in both files: {0}', unanswered.map((n) => `{{${n}}}`).join(', ')));
    if (toConfirm.length) notes.push(vscode.l10n.t('filled with the profile’s defaults, to confirm: {0}', toConfirm.join(', ')));
    if (notes.length) void vscode.window.showInformationMessage(vscode.l10n.t('Policy created; {0}.', notes.join('; ')));
    return files.map((f) => f.uri);
}
