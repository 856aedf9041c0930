import * as vscode from 'vscode';
import type { Lang } from '../../core/engineApi';
import type { Clause, ClauseCatalogue, ParameterValue } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import { rootOf } from '../util/paths';
import { uiLanguage } from '../util/uiLanguage';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';

/** What the clause features need to know about a document. */
export interface ClauseContext {
  root: vscode.Uri;
  /** The document's language (front matter, suffix or folder); the interface's when unknown. */
  lang: Lang;
  catalogue: ClauseCatalogue;
  /** Parameter values from the configuration's `policy` (municipality, province, lead title). */
  values: Record<string, ParameterValue>;
}

export async function clauseContextOf(document: vscode.TextDocument, index: WorkspaceIndex, library: ClauseLibraryService): Promise<ClauseContext> {
  const info = await index.pairOf(document.uri);
  const root = info?.root ?? rootOf(document.uri);
  const catalogue = await library.libraryFor(root);
  return { root, lang: info?.lang ?? uiLanguage(), catalogue, values: getEngine().clauses.answersFromPolicy(info?.config.policy) };
}

/** A clause's title, version, sources, guidance and alternatives, as Markdown in the document's language. */
export function describeInContext(clause: Clause, context: ClauseContext): string {
  const { catalogue, lang } = context;
  return getEngine().clauses.describeClause(clause, lang, catalogue.registry, (id) => catalogue.library.byId.get(id)?.title[lang]);
}
