import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import type { Finding, Lang } from '../../core/engineApi';
import { toDiagnostic } from './toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

const LANGUAGE_SETTING = 'openDataToolkit.diagnostics.language';

/**
 * The Problems panel's view of what the check service knows: one diagnostic per finding, in the
 * UI language or, with `diagnostics.language: file`, in the language of the file concerned.
 */
export function registerDiagnosticsPresenter(service: CheckService, index: WorkspaceIndex): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('opendata-toolkit');
  const shown = new Map<string, { uri: vscode.Uri; root: vscode.Uri; findings: Finding[] }>();
  const languageOf = async (uri: vscode.Uri): Promise<Lang> => {
    const choice = vscode.workspace.getConfiguration('openDataToolkit', uri).get<string>('diagnostics.language', 'ui');
    return (choice === 'file' && (await index.pairOf(uri))?.lang) || uiLanguage();
  };
  const show = async (root: vscode.Uri, uri: vscode.Uri, findings: Finding[]) => {
    if (!findings.length) {
      shown.delete(uri.toString());
      collection.delete(uri);
      return;
    }
    shown.set(uri.toString(), { uri, root, findings });
    const lang = await languageOf(uri);
    if (shown.get(uri.toString())?.findings !== findings) return; // a newer list is on its way
    collection.set(uri, findings.map((f) => toDiagnostic(f, lang, (path) => index.uriOf(root, path))));
  };
  return vscode.Disposable.from(
    collection,
    service.onDidChangeFindings(({ root, files }) => {
      for (const { uri, findings } of files) void show(root, uri, findings);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(LANGUAGE_SETTING)) for (const { root, uri, findings } of [...shown.values()]) void show(root, uri, findings);
    }),
  );
}
