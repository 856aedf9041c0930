import * as vscode from 'vscode';
import type { AlignedReview, RowStatus } from '../../core/engineApi';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { uiLanguage } from '../util/uiLanguage';
import { count, plural } from '../util/plural';
import { pageRows, type ReviewState } from './alignedReviewPage';

/** A pair of the workspace, as the aligned review shows it. */
export interface ReviewPair {
  root: vscode.Uri;
  en: string;
  fr: string;
  hostPairs?: Record<string, string>;
}

/** The status words of the rows, in the reader's language (the page and the tests use them). */
export function statusLabels(): Record<RowStatus, string> {
  return {
    inStep: vscode.l10n.t('In step'),
    missing: vscode.l10n.t('Missing'),
    changed: vscode.l10n.t('Numbers or links differ'),
    untranslated: vscode.l10n.t('Untranslated'),
    outdated: vscode.l10n.t('Outdated'),
  };
}

/**
 * The rows of a pair from the texts as they are in the editor (unsaved edits count) and the
 * findings the checks last published for both files, aligned by the engine as the rules were.
 */
export async function reviewStateOf(pair: ReviewPair, index: WorkspaceIndex, checks: CheckService): Promise<{ state: ReviewState; review: AlignedReview }> {
  const engine = getEngine();
  const lang = uiLanguage();
  const enUri = index.uriOf(pair.root, pair.en);
  const frUri = index.uriOf(pair.root, pair.fr);
  const [enDoc, frDoc] = await Promise.all([vscode.workspace.openTextDocument(enUri), vscode.workspace.openTextDocument(frUri)]);
  const en = engine.buildDocument(pair.en, enDoc.getText(), 'en');
  const fr = engine.buildDocument(pair.fr, frDoc.getText(), 'fr');
  const review = engine.alignedRows(en, fr, engine.alignDocuments(en, fr, pair.hostPairs), [...checks.findingsOf(enUri), ...checks.findingsOf(frUri)]);
  const message = (f: { messageId: string; args?: Parameters<typeof engine.formatMessage>[1]; side: 'en' | 'fr'; line: number }) =>
    vscode.l10n.t('{0} (line {1}): {2}', f.side === 'en' ? pair.en : pair.fr, f.line + 1, engine.formatMessage(f.messageId, f.args, lang));
  const rows = pageRows(review.rows, message);
  const counts = new Map<RowStatus, number>();
  for (const r of rows) for (const s of r.status) counts.set(s, (counts.get(s) ?? 0) + 1);
  const labels = statusLabels();
  const summary = (['inStep', 'missing', 'outdated', 'changed', 'untranslated'] as const).map((s) => vscode.l10n.t('{0}: {1}', labels[s], count(counts.get(s) ?? 0))).join(' · ');
  return {
    review,
    state: {
      title: vscode.l10n.t('Aligned review: {0} and {1}', pair.en, pair.fr),
      en: pair.en,
      fr: pair.fr,
      statusLabels: labels,
      rows,
      elsewhere: review.elsewhere.map(message),
      words: {
        english: vscode.l10n.t('English'),
        french: vscode.l10n.t('French'),
        status: vscode.l10n.t('Status'),
        elsewhere: vscode.l10n.t('Findings outside the blocks'),
        empty: vscode.l10n.t('Nothing here: Enter opens the file where it would go.'),
        summary: plural(rows.length, vscode.l10n.t('{0} row. {1}', count(rows.length), summary), vscode.l10n.t('{0} rows. {1}', count(rows.length), summary)),
      },
    },
  };
}
