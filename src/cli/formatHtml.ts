import type { Lang } from '../core/messages/catalog';
import type { Dashboard } from '../core/report/dashboard';
import { chapterChart } from '../core/report/chapterChart';
import { escapeHtml } from '../core/text/escapeHtml';
import { formatMessage } from './cliFormat';
import type { OutputError } from './report';

/**
 * The workspace dashboard as one self-contained HTML page (`--format html`): no script, no
 * remote style, font or image (a CSP forbids them), the chart inline SVG, every text escaped,
 * light and dark colours from the reader's system. For committee meetings and CI artefacts.
 */
export function formatHtml(dashboard: Dashboard, errors: readonly OutputError[], lang: Lang, showPath: (p: string) => string): string {
  const t = (id: string, args?: Record<string, number | string>) => escapeHtml(formatMessage(id, args, lang));
  const percent = (x: number) => new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const total = { errors: 0, warnings: 0, infos: 0 };
  for (const p of dashboard.pairs) {
    total.errors += p.counts.error;
    total.warnings += p.counts.warning;
    total.infos += p.counts.info;
  }
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${t('htmlTitle')}</title>\n<style>${STYLE}</style>\n</head>\n<body>`);
  out.push(`<h1>${t('htmlTitle')}</h1>`);
  out.push(`<p>${t('htmlSummary', { pairs: dashboard.pairs.length, unpaired: dashboard.unpaired.length, ...total })}</p>`);
  out.push(`<h2>${t('htmlProgress')}</h2>\n<ul class="progress">`);
  for (const l of ['en', 'fr'] as const) {
    const value = dashboard.progress[l];
    out.push(`<li>${t(l === 'en' ? 'htmlProgressEn' : 'htmlProgressFr', { percent: percent(value) })} <span class="bar" aria-hidden="true"><span style="width:${(value * 100).toFixed(1)}%"></span></span></li>`);
  }
  out.push('</ul>');
  if (dashboard.chapters.length) out.push(`<h2>${t('htmlChapters')}</h2>`, chapterChart(dashboard.chapters, formatMessage('htmlChartLabel', undefined, lang), lang));
  out.push(`<h2>${t('htmlPairs')}</h2>\n<table>\n<thead><tr>${['htmlColEnglish', 'htmlColFrench', 'htmlColErrors', 'htmlColWarnings', 'htmlColNotes', 'htmlColOutdated', 'htmlColToTranslate', 'htmlColUntranslated'].map((c, i) => `<th scope="col"${i > 1 ? ' class="n"' : ''}>${t(c)}</th>`).join('')}</tr></thead>\n<tbody>`);
  for (const p of dashboard.pairs) {
    const cells = [p.counts.error, p.counts.warning, p.counts.info, p.outdated, p.toTranslate, p.untranslated].map((n) => `<td class="n${n ? ' some' : ''}">${n}</td>`);
    out.push(`<tr><td>${escapeHtml(showPath(p.en))}</td><td>${escapeHtml(showPath(p.fr))}</td>${cells.join('')}</tr>`);
  }
  out.push('</tbody>\n</table>');
  if (dashboard.unpaired.length) out.push(`<h2>${t('htmlUnpaired')}</h2>\n<ul>${dashboard.unpaired.map((u) => `<li>${escapeHtml(showPath(u))}</li>`).join('')}</ul>`);
  if (errors.length) out.push(`<h2>${t('htmlErrors')}</h2>\n<ul class="errors">${errors.map((e) => `<li>${escapeHtml(e.file ? `${e.file}:${e.line}:${e.column} ${e.message}` : e.message)}</li>`).join('')}</ul>`);
  out.push('</body>\n</html>\n');
  return out.join('\n');
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #595959; --bar: #26374a; --warn: #8a4b00; --line: #ccc; }
@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #1e1e1e; --muted: #bbb; --bar: #7fb2e5; --warn: #f0b060; --line: #444; } }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem; max-width: 75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; word-break: break-all; }
.n { text-align: right; word-break: normal; }
td.n { color: var(--muted); }
td.some { color: var(--warn); font-weight: 600; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg rect { fill: var(--bar); }
.progress { list-style: none; padding: 0; }
.bar { display: inline-block; width: 12rem; height: .7rem; border: 1px solid var(--line); vertical-align: middle; }
.bar span { display: block; height: 100%; background: var(--bar); }
`;
