import * as vscode from 'vscode';
import type { Clause } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import type { ClauseContext } from './clauseContext';

/**
 * The clause as a snippet replacing `range`: markers on lines of their own, so text left on
 * the line before or after is moved apart by a blank line rather than glued to a marker.
 */
export function clauseSnippetFor(document: vscode.TextDocument, range: vscode.Range, clause: Clause, context: ClauseContext): vscode.SnippetString {
  const before = document.lineAt(range.start.line).text.slice(0, range.start.character).trim() !== '';
  const after = document.lineAt(range.end.line).text.slice(range.end.character).trim() !== '';
  const body = getEngine().clauses.clauseInsertionSnippet(clause, context.lang, context.values);
  return new vscode.SnippetString(`${before ? '\n\n' : ''}${body}${after ? '\n\n' : ''}`);
}
