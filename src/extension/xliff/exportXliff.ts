import * as vscode from 'vscode';
import { getEngine } from '../engine/engine';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CheckService } from '../checks/checkService';
import { fileExists } from '../util/fileExists';
import { uiLanguage } from '../util/uiLanguage';
import { count, plural } from '../util/plural';
import { relativeUri } from './xliffPaths';

export type XliffVersion = '2.1' | '1.2';

/**
 * Writes the XLIFF of the pair of `source` (either file) to `out`, as `toolkit-check xliff export`
 * does: the open documents' text (unsaved edits count), the findings last published for the pair
 * as notes, reviewed sections as `reviewed`/`signed-off`. The user chose `out` in a save dialog,
 * which already asked before replacing a file. Resolves with the number of units, or undefined
 * when nothing was written (the reason shown).
 */
export async function exportXliff(index: WorkspaceIndex, checks: CheckService, source: vscode.Uri, out: vscode.Uri, version: XliffVersion): Promise<number | undefined> {
  const info = await index.pairOf(source);
  const enPath = info?.en ?? (info?.lang === 'en' ? info.path : undefined);
  if (!info || !enPath) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not the English or French file of a pair; export the XLIFF from an English file.', vscode.workspace.asRelativePath(source)));
    return undefined;
  }
  const engine = getEngine();
  const lang = uiLanguage();
  const enUri = index.uriOf(info.root, enPath);
  const frUri = index.uriOf(info.root, info.fr ?? engine.counterpartPath(enPath, 'fr'));
  const enDoc = await vscode.workspace.openTextDocument(enUri);
  const frDoc = (await fileExists(frUri)) ? await vscode.workspace.openTextDocument(frUri) : undefined;
  const en = engine.buildDocument(enPath, enDoc.getText(), 'en');
  const fr = frDoc ? engine.buildDocument(vscode.workspace.asRelativePath(frUri, false), frDoc.getText(), 'fr') : undefined;
  const units = engine.xliff.xliffUnits(en, fr);
  const unwritable = version === '1.2' ? engine.xliff.unwritableIn12(units) : undefined;
  if (unwritable) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The XLIFF was not written: {0}', engine.formatMessage(unwritable.messageId, unwritable.args, lang)));
    return undefined;
  }
  const findings: Array<{ side: 'en' | 'fr'; offset: number; text: string }> = [];
  for (const [side, doc] of [['en', enDoc], ['fr', frDoc]] as const) {
    if (!doc) continue;
    for (const f of checks.findingsOf(doc.uri)) {
      const severity = severityWord(f.severity);
      findings.push({ side, offset: doc.offsetAt(new vscode.Position(f.range.start.line, f.range.start.column)), text: `${severity} ${f.rule}: ${engine.formatMessage(f.messageId, f.args, lang)}` });
    }
  }
  const base = vscode.Uri.joinPath(out, '..');
  const xliff = {
    enPath: relativeUri(base, enUri),
    frPath: relativeUri(base, frUri),
    srcLang: 'en',
    trgLang: 'fr',
    units,
    notes: fr ? engine.xliff.unitNotes(units, findings) : undefined,
    reviewed: fr ? engine.xliff.reviewedUnits(en, fr, units) : undefined,
  };
  const xml = version === '1.2' ? engine.xliff.writeXliff12(xliff) : engine.xliff.writeXliff(xliff);
  await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(xml));
  const n = units.length;
  void vscode.window.setStatusBarMessage(plural(n, vscode.l10n.t('XLIFF {0} written: {1} unit.', version, count(n)), vscode.l10n.t('XLIFF {0} written: {1} units.', version, count(n))), 5000);
  return units.length;
}

function severityWord(severity: 'error' | 'warning' | 'info'): string {
  return severity === 'error' ? vscode.l10n.t('error') : severity === 'warning' ? vscode.l10n.t('warning') : vscode.l10n.t('info');
}
