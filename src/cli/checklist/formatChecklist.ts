import type { ChecklistReport, ReportItem } from './checklistReport';
import { formatMessage } from '../cliFormat';
import { terminalSafe } from '../terminalText';

/** Files without a list are left out of the text and HTML (a site has many pages no list is for); the JSON keeps them all. */
function withLists(report: ChecklistReport): ChecklistReport['files'] {
  return report.files.filter((f) => f.checklists.length || f.problems.length);
}

const MARK: Record<ReportItem['state'], string> = { ticked: '[x]', unticked: '[!]', manual: '[ ]' };

/** One line per item, grouped by file, list and section; texts from files go through terminalSafe. */
export function formatChecklistText(report: ChecklistReport): string {
  const { lang } = report;
  const lines: string[] = [];
  const shown = withLists(report);
  if (!shown.length) lines.push(formatMessage('checklistCli.noLists', undefined, lang), '');
  for (const file of shown) {
    lines.push(terminalSafe(file.file));
    for (const p of file.problems) lines.push(`  ${terminalSafe(p)}`);
    for (const list of file.checklists) {
      lines.push(`  ${terminalSafe(list.title)} — ${formatMessage('checklistCli.progress', { ticked: list.ticked, total: list.total }, lang)}`);
      for (const section of list.sections) {
        lines.push(`    ${terminalSafe(section.title)}`);
        for (const item of section.items) {
          const required = item.required ? ` (${formatMessage('checklistCli.required', undefined, lang)})` : '';
          const where = item.line ? `:${item.line}` : '';
          lines.push(`      ${MARK[item.state]} ${terminalSafe(item.label)}${required} — ${terminalSafe(item.reason)}${where ? ` (${terminalSafe(file.file + where)})` : ''}`);
        }
      }
    }
    lines.push('');
  }
  lines.push(report.missingRequired ? formatMessage('checklistCli.missingRequired', { count: report.missingRequired }, lang) : formatMessage('checklistCli.allRequired', undefined, lang));
  return lines.join('\n') + '\n';
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A standalone page for a committee meeting: no script, no outside resource, every text escaped. */
export function formatChecklistHtml(report: ChecklistReport): string {
  const { lang } = report;
  const title = formatMessage('checklistCli.title', undefined, lang);
  const body: string[] = [];
  const shown = withLists(report);
  if (!shown.length) body.push(`<p>${esc(formatMessage('checklistCli.noLists', undefined, lang))}</p>`);
  for (const file of shown) {
    body.push(`<section><h2>${esc(file.file)}</h2>`);
    for (const p of file.problems) body.push(`<p class="problem">${esc(p)}</p>`);
    for (const list of file.checklists) {
      body.push(`<h3>${esc(list.title)} <small>${esc(formatMessage('checklistCli.progress', { ticked: list.ticked, total: list.total }, lang))}</small></h3>`);
      for (const section of list.sections) {
        body.push(`<h4>${esc(section.title)}</h4><ul>`);
        for (const item of section.items) {
          const required = item.required ? ` <em>(${esc(formatMessage('checklistCli.required', undefined, lang))})</em>` : '';
          const box = `<input type="checkbox" disabled${item.state === 'ticked' ? ' checked' : ''} aria-label="${esc(item.state)}">`;
          body.push(`<li class="${item.state}">${box} ${esc(item.label)}${required} — <span class="reason">${esc(item.reason)}</span></li>`);
        }
        body.push('</ul>');
      }
    }
    body.push('</section>');
  }
  const summary = report.missingRequired ? formatMessage('checklistCli.missingRequired', { count: report.missingRequired }, lang) : formatMessage('checklistCli.allRequired', undefined, lang);
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
<p><strong>${esc(summary)}</strong></p>
</body>
</html>
`;
}
