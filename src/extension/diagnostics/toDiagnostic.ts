import * as vscode from 'vscode';
import type { Finding, Lang } from '../../core/engineApi';
import { getEngine } from '../engine/engine';

/** The source of every diagnostic of the extension, whatever the rule (parity, typography, clauses...). */
export const DIAGNOSTIC_SOURCE = 'opendata-toolkit';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.column, r.end.line, r.end.column);
}

/** An engine finding as a VS Code diagnostic: text in the user's language, counterpart as related information. */
export function toDiagnostic(finding: Finding, lang: Lang, uriOf: (path: string) => vscode.Uri): vscode.Diagnostic {
  const engine = getEngine();
  const d = new vscode.Diagnostic(toRange(finding.range), engine.formatMessage(finding.messageId, finding.args, lang), SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.rule;
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.file), toRange(r.range)), engine.formatMessage(r.messageId, r.args, lang)),
    );
  }
  return d;
}
