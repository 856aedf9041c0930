import type { Lang } from '../core/messages/catalog';
import { formatMessage } from './cliFormat';
import type { OutputReport } from './report';
import { terminalSafe } from './terminalText';


const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** `file:line:col  severity  message  rule`, one line per finding, files separated by a blank line, then a summary. */
export function formatText(report: OutputReport, lang: Lang, color: boolean): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  const count = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) {
    count[d.severity]++;
    if (currentFile !== undefined && d.file !== currentFile) lines.push('');
    currentFile = d.file;
    const severity = formatMessage(`severity${d.severity[0].toUpperCase()}${d.severity.slice(1)}`, undefined, lang);
    const sev = color ? `${COLORS[d.severity]}${severity}${COLORS.reset}` : severity;
    const rule = color ? `${COLORS.dim}${d.rule}${COLORS.reset}` : d.rule;
    // Names and messages quote the repository: never let them break the line or reach the terminal as escapes.
    lines.push(`${terminalSafe(d.file)}:${d.line}:${d.column}  ${sev}  ${terminalSafe(d.message)}  ${rule}`);
  }
  if (lines.length) lines.push('');
  const args = { errors: count.error, warnings: count.warning, infos: count.info, files: report.files, pairs: report.pairs.length, unpaired: report.unpaired.length };
  lines.push(formatMessage(report.diagnostics.length ? 'summary' : 'summaryClean', args, lang));
  return lines.join('\n') + '\n';
}
