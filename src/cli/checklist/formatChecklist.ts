import type { ChecklistReport, ReportItem } from '../../core/checklists/report/checklistReport';
import { filesWithLists, reportSummary } from '../../core/checklists/report/formatReport';
import { formatMessage } from '../cliFormat';
import { terminalSafe } from '../terminalText';

export { formatChecklistHtml, formatChecklistMarkdown } from '../../core/checklists/report/formatReport';

const MARK: Record<ReportItem['state'], string> = { ticked: '[x]', unticked: '[!]', manual: '[ ]' };

/** One line per item, grouped by file, list and section; texts from files go through terminalSafe. */
export function formatChecklistText(report: ChecklistReport): string {
  const { lang } = report;
  const lines: string[] = [];
  const shown = filesWithLists(report);
  if (!shown.length) lines.push(formatMessage('checklistReport.noLists', undefined, lang), '');
  for (const file of shown) {
    lines.push(terminalSafe(file.file));
    for (const p of file.problems) lines.push(`  ${terminalSafe(p)}`);
    for (const list of file.checklists) {
      lines.push(`  ${terminalSafe(list.title)} — ${formatMessage('checklistReport.progress', { ticked: list.ticked, total: list.total }, lang)}`);
      for (const section of list.sections) {
        lines.push(`    ${terminalSafe(section.title)}`);
        for (const item of section.items) {
          const required = item.required ? ` (${formatMessage('checklistReport.required', undefined, lang)})` : '';
          const where = item.line ? `:${item.line}` : '';
          lines.push(`      ${MARK[item.state]} ${terminalSafe(item.label)}${required} — ${terminalSafe(item.reason)}${where ? ` (${terminalSafe(file.file + where)})` : ''}`);
        }
      }
    }
    lines.push('');
  }
  lines.push(reportSummary(report));
  return lines.join('\n') + '\n';
}
