import * as path from 'node:path';
import type { Finding, MessageArgs } from '../../core/findings';
import type { Lang } from '../../core/messages/catalog';
import { formatMessage } from '../cliFormat';
import type { CliIo } from '../main';
import { terminalSafe } from '../terminalText';
// The severity words (severityError…) are toolkit-check's; the same words here.
import '../formatText';

/** One line of toolkit-policy's own voice: `toolkit-policy: message`, in the user's language. */
export function say(messageId: string, args: MessageArgs, lang: Lang): string {
  return terminalSafe(formatMessage('policy.prefix', { text: formatMessage(messageId, args, lang) }, lang)) + '\n';
}

/**
 * Findings about clause files and profiles as toolkit-check prints them
 * (`file:line:col  severity  message  rule`); paths are relative to `root` in findings and
 * to the working folder on screen.
 */
export function printFindings(findings: readonly Finding[], root: string, io: CliIo, lang: Lang): void {
  for (const f of findings) {
    const file = path.relative(io.cwd, path.resolve(root, f.file)).split(path.sep).join('/') || f.file;
    const severity = formatMessage(`severity${f.severity[0].toUpperCase()}${f.severity.slice(1)}`, undefined, lang);
    io.stderr(`${terminalSafe(file)}:${f.range.start.line + 1}:${f.range.start.column + 1}  ${severity}  ${terminalSafe(formatMessage(f.messageId, f.args, lang))}  ${f.rule}\n`);
  }
}
