import * as vscode from 'vscode';
import type { CheckService } from '../checks/checkService';
import { toDiagnostic } from './toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** The Problems panel's view of what the check service knows: one diagnostic per finding. */
export function registerDiagnosticsPresenter(service: CheckService, index: WorkspaceIndex): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('opendata-toolkit');
  return vscode.Disposable.from(
    collection,
    service.onDidChangeFindings(({ root, files }) => {
      const lang = uiLanguage();
      const uriOf = (path: string) => index.uriOf(root, path);
      for (const { uri, findings } of files) {
        if (findings.length) collection.set(uri, findings.map((f) => toDiagnostic(f, lang, uriOf)));
        else collection.delete(uri);
      }
    }),
  );
}
