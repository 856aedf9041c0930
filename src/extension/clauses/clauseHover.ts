import * as vscode from 'vscode';
import type { ClauseMarker } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import { toRange } from '../diagnostics/toDiagnostic';
import { uiLanguage } from '../util/uiLanguage';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { clauseContextOf, describeInContext } from './clauseContext';
import { count, plural } from '../util/plural';

/**
 * Hover on an inserted clause: on its markers, the clause's title, version, sources and
 * guidance in the document's language; anywhere in a clause whose text drifted from the
 * library, the changes as a word diff (`[-removed-] {+added+}`).
 */
export class ClauseHover implements vscode.HoverProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly library: ClauseLibraryService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const engine = getEngine();
    const text = document.getText();
    if (!engine.mentionsClauses(text)) return undefined;
    const marker = engine.clauses.findClauseMarkers(text, document.uri.path).clauses.find((m) => toRange(m.range).contains(position));
    if (!marker) return undefined;
    const onMarker = position.line === marker.openRange.start.line || position.line === marker.closeRange.start.line;
    const context = await clauseContextOf(document, this.index, this.library);
    const clause = context.catalogue.library.byId.get(marker.id);
    if (!clause) return onMarker ? new vscode.Hover(engine.formatMessage('clauses.unknownClause', { id: marker.id }, uiLanguage()), toRange(marker.openRange)) : undefined;
    const sameVersion = marker.version === clause.version;
    const drift = sameVersion ? engine.clauses.compareWithTemplate(marker.content, clause.body[context.lang]) : undefined;
    if (!onMarker && !drift?.drifted) return undefined;
    const parts: string[] = [describeInContext(clause, context)];
    if (!sameVersion && marker.version) parts.push(engine.formatMessage('clauses.newerVersion', { id: clause.id, version: marker.version, latest: clause.version }, uiLanguage()));
    if (drift?.drifted) parts.push(driftSection(marker, engine.clauses.renderDiffExcerpt(drift.diff), drift.changes));
    const hover = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
    return new vscode.Hover(hover, onMarker ? toRange(marker.openRange) : toRange(marker.contentRange));
  }
}

function driftSection(marker: ClauseMarker, diff: string, changes: number): string {
  const fence = '`'.repeat(Math.max(3, ...[...diff.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const title = plural(changes, vscode.l10n.t('Changed from the library text of “{0}” ({1} change; [-removed-] {+added+}):', marker.id, count(changes)), vscode.l10n.t('Changed from the library text of “{0}” ({1} changes; [-removed-] {+added+}):', marker.id, count(changes)));
  return `${title}\n\n${fence}text\n${diff}\n${fence}`;
}

export function registerClauseHover(index: WorkspaceIndex, library: ClauseLibraryService): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new ClauseHover(index, library));
}
