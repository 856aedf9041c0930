import * as vscode from 'vscode';
import type { ChecklistResult } from '../../core/checklists/index';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import type { ClauseLibraryService } from '../clauses/clauseLibraryService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ChecklistLibraryService } from './checklistLibraryService';

/** The checklists of one open document, evaluated, with what a tick needs to be written. */
export interface ActiveChecklists {
  uri: vscode.Uri;
  results: ChecklistResult[];
  /** Ticks recorded in this file and in its counterpart (a tick in either counts for both). */
  ownTicks: string[];
  counterpart?: { uri: vscode.Uri; ticks: string[] };
}

/**
 * Evaluates the lists of `document` in the engine bundle (the same pure code as the command
 * line): its front matter picks the lists, its findings from the last check feed `noFindings`,
 * its counterpart and the clause library come from the workspace.
 */
export async function evaluateActive(document: vscode.TextDocument, index: WorkspaceIndex, checks: CheckService, lists: ChecklistLibraryService, clauses: ClauseLibraryService): Promise<ActiveChecklists | undefined> {
  const pair = await index.pairOf(document.uri);
  if (!pair) return undefined;
  const engine = getEngine();
  const [library, catalogue] = await Promise.all([lists.libraryFor(pair.root), clauses.libraryFor(pair.root)]);
  const lang = pair.lang ?? pair.config.sourceLanguage;
  let doc;
  try {
    doc = engine.buildDocument(pair.path, document.getText(), lang);
  } catch {
    return undefined; // a file the parser refuses is a `file` diagnostic already
  }
  const applicable = engine.checklists.applicableChecklists(doc.frontMatter, library, pair.path, pair.config).lists;
  const otherPath = lang === 'en' ? pair.fr : pair.en;
  let counterpart: ActiveChecklists['counterpart'];
  if (otherPath && otherPath !== pair.path) {
    const uri = index.uriOf(pair.root, otherPath);
    try {
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      counterpart = { uri, ticks: engine.checklists.frontMatterTicks({ data: engine.quickFrontMatter(text) ?? {} }) };
    } catch {
      counterpart = undefined;
    }
  }
  const ownTicks = engine.checklists.frontMatterTicks(doc.frontMatter);
  const ticks = new Set([...ownTicks, ...(counterpart?.ticks ?? [])]);
  const findings = checks.findingsOf(document.uri);
  const results = applicable.map((list) => engine.checklists.evaluateChecklist(list, { doc, clauses: catalogue.library, findings, counterpart: otherPath ?? null, ticks }));
  return { uri: document.uri, results, ownTicks, counterpart };
}
