import type { Lang } from '../messages/catalog';
import { escapeHtml } from '../text/escapeHtml';
import type { Dashboard } from './dashboard';

/**
 * One horizontal bar per chapter, its length the chapter's findings, the figure written beside,
 * as inline SVG (the `--format html` page and the editor's dashboard draw this same chart). The
 * page styles it: `svg text` and `svg rect` carry no colour of their own.
 */
export function chapterChart(chapters: Dashboard['chapters'], label: string, lang: Lang): string {
  const rowHeight = 22;
  const labelWidth = 260;
  const barWidth = 400;
  const max = Math.max(1, ...chapters.map((c) => c.findings));
  const height = chapters.length * rowHeight + 4;
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA');
  const rows = chapters.map((c, i) => {
    const y = i * rowHeight + 2;
    const w = Math.max(c.findings ? 2 : 0, (c.findings / max) * barWidth);
    const name = c.chapter.length > 40 ? `…${c.chapter.slice(-39)}` : c.chapter;
    return `<g><title>${escapeHtml(c.chapter)}</title><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(name)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}"></rect><text x="${labelWidth + w + 6}" y="${y + 15}">${escapeHtml(number.format(c.findings))}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(label)}" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">${rows.join('')}</svg>`;
}
