import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import type { Log } from '../log/outputLog';
import { fileExists } from '../util/fileExists';
import { uiLanguage } from '../util/uiLanguage';
import { pairFileOf } from './xliffPaths';

/** What an import did, for the command's caller (tests): the French file changed, or why not. */
export type ImportOutcome = { ok: true; fr: vscode.Uri; changed: boolean; warnings: string[] } | { ok: false; problems: string[] };

/**
 * Brings a translated XLIFF (2.x or 1.2) back into the French file as `toolkit-check xliff import`
 * does, but as one undoable workspace edit of the open document (or the creation of the file),
 * never saved behind the user; the pair is then checked. Every refusal names its unit (tags a
 * target lost or repeated) and nothing is changed.
 */
export async function importXliff(checks: CheckService, log: Log, xlf: vscode.Uri): Promise<ImportOutcome> {
  const engine = getEngine();
  const lang = uiLanguage();
  const word = (p: { messageId: string; args?: Record<string, string | number> }) => engine.formatMessage(p.messageId, p.args, lang);
  const refuse = (problems: string[]): ImportOutcome => {
    for (const p of problems) log.error(`XLIFF import of ${xlf.fsPath}: ${p}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The XLIFF was not imported: {0}', problems.join(' ')));
    return { ok: false, problems };
  };
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(xlf));
  } catch {
    return refuse([vscode.l10n.t('{0} cannot be read as UTF-8 text.', vscode.workspace.asRelativePath(xlf))]);
  }
  const read = engine.xliff.readXliff(xml);
  if (!read.ok) return refuse([word(read.problem)]);
  const { enPath, frPath } = read.xliff;
  if (!frPath) return refuse([vscode.l10n.t('The XLIFF does not name the French file (odt:target on <file>).')]);
  const enUri = await pairFileOf(xlf, enPath);
  const frUri = await pairFileOf(xlf, frPath);
  if (!enUri || !frUri) return refuse([vscode.l10n.t('The XLIFF names {0}, which is not a Markdown file of this workspace.', enUri ? frPath : enPath)]);
  if (!(await fileExists(enUri))) return refuse([vscode.l10n.t('{0} cannot be read.', enPath)]);
  const enText = (await vscode.workspace.openTextDocument(enUri)).getText();
  const frDoc = (await fileExists(frUri)) ? await vscode.workspace.openTextDocument(frUri) : undefined;
  const frText = frDoc?.getText();
  const en = engine.buildDocument(vscode.workspace.asRelativePath(enUri, false), enText, 'en');
  const fr = frText === undefined ? undefined : engine.buildDocument(vscode.workspace.asRelativePath(frUri, false), frText, 'fr');
  const result = engine.xliff.applyXliff(read.xliff, engine.xliff.xliffUnits(en, fr), enText, frText);
  if (!result.ok) return refuse(result.problems.map(word));
  const warnings = result.warnings.map(word);
  for (const w of warnings) log.info(`XLIFF import of ${xlf.fsPath}: ${w}`);
  if (result.text === frText) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is unchanged by the targets.', vscode.workspace.asRelativePath(frUri)));
    return { ok: true, fr: frUri, changed: false, warnings };
  }
  const edit = new vscode.WorkspaceEdit();
  if (!frDoc || frText === undefined) {
    edit.createFile(frUri, { ignoreIfExists: false });
    edit.insert(frUri, new vscode.Position(0, 0), result.text);
  } else {
    const [start, end, text] = changedSpan(frText, result.text);
    edit.replace(frUri, new vscode.Range(frDoc.positionAt(start), frDoc.positionAt(end)), text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return refuse([vscode.l10n.t('The edit of {0} was not applied.', vscode.workspace.asRelativePath(frUri))]);
  await vscode.window.showTextDocument(frUri, { preview: false });
  checks.schedule(frUri, 0);
  log.info(`XLIFF import of ${xlf.fsPath}: ${frUri.fsPath} updated`);
  if (warnings.length) void vscode.window.showWarningMessage(vscode.l10n.t('Imported with warnings: {0}', warnings.join(' ')));
  else void vscode.window.setStatusBarMessage(vscode.l10n.t('{0} updated from the XLIFF; checking the pair.', vscode.workspace.asRelativePath(frUri)), 5000);
  return { ok: true, fr: frUri, changed: true, warnings };
}

/** The one span that differs between two texts (common start and end left out), so the edit keeps the cursor and folding elsewhere. */
function changedSpan(before: string, after: string): [number, number, string] {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [start, before.length - end, after.slice(start, after.length - end)];
}
