import type { AlignedRow, RowStatus } from '../../core/engineApi';
import { webviewPage } from '../webview/webviewPage';

/** One side of a row as the page shows it; `missing` sides open where the block would go. */
export interface PageSide {
  line: number;
  text: string;
  missing?: boolean;
}

export interface PageRow {
  en: PageSide;
  fr: PageSide;
  status: RowStatus[];
  /** The findings on the row's blocks, as messages in the reader's language. */
  notes: string[];
}

/** Everything the page shows, every text already in the reader's language; the page escapes it. */
export interface ReviewState {
  title: string;
  en: string;
  fr: string;
  statusLabels: Record<RowStatus, string>;
  rows: PageRow[];
  /** Findings of the pair on no block (front matter, the file as a whole). */
  elsewhere: string[];
  words: { english: string; french: string; status: string; elsewhere: string; empty: string; summary: string };
}

/** What the page sends back. */
export type PageMessage = { type: 'ready' } | { type: 'open'; row: number; side: 'en' | 'fr' };

export interface ReviewPage {
  /** A fresh random value per page: the only key that lets a script or a style in. */
  nonce: string;
  /** The webview source of the extension's media folder (for the CSP). */
  scriptUri: string;
  styleUri: string;
  lang: 'en' | 'fr';
  title: string;
}

/**
 * The aligned review page's shell. Pure (no `vscode`), so its CSP is unit tested. Nothing is
 * written into it but the title, escaped: the rows come by message and the script puts them in
 * as text nodes, so no text of a file ever reaches the page as markup.
 */
export function alignedReviewHtml(page: ReviewPage): string {
  return webviewPage({ ...page, body: '<main id="review"></main>' });
}

/** Rows for the page; a side without blocks opens where its block would go (after the previous row's). */
export function pageRows(rows: readonly AlignedRow[], message: (f: AlignedRow['findings'][number]) => string): PageRow[] {
  const next = { en: 0, fr: 0 };
  return rows.map((row) => {
    const side = (s: 'en' | 'fr'): PageSide => {
      const blocks = row[s];
      if (!blocks) return { line: next[s], text: '', missing: true };
      next[s] = blocks.endLine + 1;
      return { line: blocks.line, text: blocks.text };
    };
    return { en: side('en'), fr: side('fr'), status: row.status, notes: row.findings.map(message) };
  });
}
