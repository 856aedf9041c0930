import type { Dashboard, Severity } from '../../core/engineApi';
import { escapeAttribute, escapeText, webviewPage } from '../webview/webviewPage';

export type SeverityFilter = Severity | 'all';

export interface DashboardFilter {
  /** A chapter (folder) or '' for every folder. */
  folder: string;
  severity: SeverityFilter;
}

/** The words of the page, in the reader's language (the extension passes vscode.l10n texts). */
export interface DashboardWords {
  title: string;
  folder: string;
  allFolders: string;
  severity: string;
  severities: Record<SeverityFilter, string>;
  progress: string;
  /** Each language's progress, the figure written in. */
  progressOf: { en: string; fr: string };
  chapters: string;
  chartLabel: string;
  pairs: string;
  columns: { pair: string; findings: string; outdated: string; untranslated: string; toTranslate: string };
  openReview: string;
  notAllChecked?: string;
  checkAll: string;
  none: string;
}

export interface DashboardPageInput {
  nonce: string;
  scriptUri: string;
  styleUri: string;
  lang: 'en' | 'fr';
  dashboard: Dashboard;
  /** Every chapter of the workspace, for the folder filter (the dashboard holds the filtered ones). */
  folders: string[];
  filter: DashboardFilter;
  /** The chapter chart, as core `chapterChart` draws it for the `--format html` page (escaped there). */
  chartSvg: string;
  words: DashboardWords;
}

/**
 * The workspace dashboard of the side bar: per-language progress, the chapter chart, the pairs
 * with their counts; filters by folder and severity. Pure (no `vscode`): every text escaped here,
 * the CSP lets in nothing but the one script and stylesheet carrying the nonce.
 */
export function dashboardHtml(input: DashboardPageInput): string {
  const { words: w, dashboard: d, nonce } = input;
  const t = escapeText;
  const option = (value: string, label: string, selected: boolean) => `<option value="${escapeAttribute(value)}"${selected ? ' selected' : ''}>${t(label)}</option>`;
  const out: string[] = [];
  out.push('<form class="filters">');
  out.push(`<label>${t(w.folder)} <select id="folder">${option('', w.allFolders, !input.filter.folder)}${input.folders.map((f) => option(f, f, f === input.filter.folder)).join('')}</select></label>`);
  out.push(`<label>${t(w.severity)} <select id="severity">${(['all', 'error', 'warning', 'info'] as const).map((s) => option(s, w.severities[s], s === input.filter.severity)).join('')}</select></label>`);
  out.push('</form>');
  if (w.notAllChecked) out.push(`<p class="note">${t(w.notAllChecked)} <button type="button" id="checkAll">${t(w.checkAll)}</button></p>`);
  out.push(`<h2>${t(w.progress)}</h2>\n<ul class="progress">`);
  for (const l of ['en', 'fr'] as const) {
    const value = d.progress[l];
    // An SVG bar: no inline style attribute, which the CSP would refuse.
    out.push(`<li>${t(w.progressOf[l])} <svg class="bar" width="100" height="8" viewBox="0 0 100 8" aria-hidden="true"><rect class="track" width="100" height="8"></rect><rect class="done" width="${(value * 100).toFixed(1)}" height="8"></rect></svg></li>`);
  }
  out.push('</ul>');
  if (d.chapters.length) out.push(`<h2>${t(w.chapters)}</h2>`, `<div class="chart">${input.chartSvg}</div>`);
  out.push(`<h2>${t(w.pairs)}</h2>`);
  if (!d.pairs.length) out.push(`<p class="note">${t(w.none)}</p>`);
  else {
    const c = w.columns;
    out.push(`<table>\n<thead><tr><th scope="col">${t(c.pair)}</th><th scope="col" class="n">${t(c.findings)}</th><th scope="col" class="n">${t(c.outdated)}</th><th scope="col" class="n">${t(c.untranslated)}</th><th scope="col" class="n">${t(c.toTranslate)}</th></tr></thead>\n<tbody>`);
    for (const p of d.pairs) {
      const findings = p.counts.error + p.counts.warning + p.counts.info;
      const cells = [findings, p.outdated, p.untranslated, p.toTranslate].map((n) => `<td class="n${n ? ' some' : ''}">${n}</td>`).join('');
      out.push(`<tr><td><button type="button" class="pair" data-en="${escapeAttribute(p.en)}" title="${escapeAttribute(w.openReview)}">${t(p.fr)}</button></td>${cells}</tr>`);
    }
    out.push('</tbody>\n</table>');
  }
  return webviewPage({ nonce, lang: input.lang, title: w.title, styleUri: input.styleUri, scriptUri: input.scriptUri, body: out.join('\n') }) + '\n';
}
