import * as vscode from 'vscode';
import type { Finding } from '../../core/engineApi';
import { getEngine } from '../engine/engine';

/**
 * The quick fix of an unpaired file that has a probable counterpart: the same `translationKey`
 * written into both files, as one workspace edit (undone in one step per file). Nothing is
 * offered when both files already have keys or a front matter cannot be read.
 */
export async function pairWithCandidateAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding | undefined): Promise<vscode.CodeAction | undefined> {
  const data = finding?.data as { candidate?: unknown; lang?: unknown } | undefined;
  const candidate = diagnostic.relatedInformation?.[0]?.location.uri;
  if (finding?.rule !== 'unpaired' || typeof data?.candidate !== 'string' || (data.lang !== 'en' && data.lang !== 'fr') || !candidate) return undefined;
  let other: vscode.TextDocument;
  try {
    other = await vscode.workspace.openTextDocument(candidate);
  } catch {
    return undefined;
  }
  const [en, fr] = data.lang === 'en' ? [document, other] : [other, document];
  const edits = getEngine().translationKeyEdits(vscode.workspace.asRelativePath(en.uri, false), en.getText(), fr.getText());
  if (!edits) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Pair with {0} (translationKey “{1}” in both files)', vscode.workspace.asRelativePath(candidate), edits.key), vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  for (const [doc, insert] of [[en, edits.en], [fr, edits.fr]] as const) if (insert) action.edit.insert(doc.uri, new vscode.Position(insert.line, insert.column), insert.text);
  action.diagnostics = [diagnostic];
  return action;
}
