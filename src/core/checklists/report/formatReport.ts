import { formatMessage } from '../../messages/format';
import type { ChecklistReport, ReportFile } from './checklistReport';

/** Files without a list are left out of the text, Markdown and HTML (a site has many pages no list is for); the JSON keeps them all. */
export function filesWithLists(report: ChecklistReport): ReportFile[] {
  return report.files.filter((f) => f.checklists.length || f.problems.length);
}

/** The report's last line: how many required items are missing, or that none is. */
export function reportSummary(report: ChecklistReport): string {
  return report.missingRequired
    ? formatMessage('checklistReport.missingRequired', { count: report.missingRequired }, report.lang)
    : formatMessage('checklistReport.allRequired', undefined, report.lang);
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A standalone page for a committee meeting: no script, no outside resource, every text escaped. */
export function formatChecklistHtml(report: ChecklistReport): string {
  const { lang } = report;
  const title = formatMessage('checklistReport.title', undefined, lang);
  const body: string[] = [];
  const shown = filesWithLists(report);
  if (!shown.length) body.push(`<p>${esc(formatMessage('checklistReport.noLists', undefined, lang))}</p>`);
  for (const file of shown) {
    body.push(`<section><h2>${esc(file.file)}</h2>`);
    for (const p of file.problems) body.push(`<p class="problem">${esc(p)}</p>`);
    for (const list of file.checklists) {
      body.push(`<h3>${esc(list.title)} <small>${esc(formatMessage('checklistReport.progress', { ticked: list.ticked, total: list.total }, lang))}</small></h3>`);
      for (const section of list.sections) {
        body.push(`<h4>${esc(section.title)}</h4><ul>`);
        for (const item of section.items) {
          const required = item.required ? ` <em>(${esc(formatMessage('checklistReport.required', undefined, lang))})</em>` : '';
          const box = `<input type="checkbox" disabled${item.state === 'ticked' ? ' checked' : ''} aria-label="${esc(item.state)}">`;
          body.push(`<li class="${item.state}">${box} ${esc(item.label)}${required} — <span class="reason">${esc(item.reason)}</span></li>`);
        }
        body.push('</ul>');
      }
    }
    body.push('</section>');
  }
  return `<!DOCTYPE html>
<html lang="${lang === 'fr' ? 'fr-CA' : 'en-CA'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}li.unticked{color:#a00}li.manual{color:#555}.problem{color:#a00}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${body.join('\n')}
<p><strong>${esc(reportSummary(report))}</strong></p>
</body>
</html>
`;
}

/**
 * Text from files made inert in Markdown: no emphasis, code, link, table cell or HTML takes
 * effect, line breaks become spaces. Every text follows a marker (`- [ ] `, `## `), so the
 * characters that only count at the start of a line need no escape.
 */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
}

const MD_MARK = { ticked: '[x]', unticked: '[ ]', manual: '[ ]' } as const;

/**
 * The same report as Markdown (task lists GitHub and most editors render), for a committee's
 * minutes or an issue: a heading per file, list and section; a missing automatic item is
 * marked **missing**, a manual one left to tick says so.
 */
export function formatChecklistMarkdown(report: ChecklistReport): string {
  const { lang } = report;
  const lines: string[] = [`# ${md(formatMessage('checklistReport.title', undefined, lang))}`, ''];
  const shown = filesWithLists(report);
  if (!shown.length) lines.push(md(formatMessage('checklistReport.noLists', undefined, lang)), '');
  const required = formatMessage('checklistReport.required', undefined, lang);
  for (const file of shown) {
    lines.push(`## ${md(file.file)}`, '');
    for (const p of file.problems) lines.push(`> ${md(p)}`, '');
    for (const list of file.checklists) {
      lines.push(`### ${md(list.title)} (${md(formatMessage('checklistReport.progress', { ticked: list.ticked, total: list.total }, lang))})`, '');
      for (const section of list.sections) {
        lines.push(`#### ${md(section.title)}`, '');
        for (const item of section.items) {
          const state = item.state === 'unticked' ? ` **${md(formatMessage('checklistReport.missing', undefined, lang))}**` : '';
          const req = item.required ? ` *(${md(required)})*` : '';
          const where = item.line ? ` (${md(`${file.file}:${item.line}`)})` : '';
          lines.push(`- ${MD_MARK[item.state]} ${md(item.label)}${req}${state} — ${md(item.reason)}${where}`);
        }
        lines.push('');
      }
    }
  }
  lines.push(`**${md(reportSummary(report))}**`);
  return lines.join('\n') + '\n';
}
