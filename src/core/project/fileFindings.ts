import type { Finding, MessageArgs, Severity } from '../findings';
import type { DecodeProblem } from '../text/decode';

/** A `file` finding: the file could not be checked, and why. */
export function fileFinding(path: string, messageId: string, args: MessageArgs | undefined, severity: Severity, line = 0, column = 0): Finding {
  return { file: path, range: { start: { line, column }, end: { line, column } }, severity, rule: 'file', messageId, args };
}

/** The finding for bytes that are not UTF-8 Markdown, placed where the problem is. */
export function decodeProblemFinding(path: string, problem: DecodeProblem, severity: Severity): Finding {
  if (problem.kind === 'binary') return fileFinding(path, 'fileBinary', { line: problem.line + 1 }, severity, problem.line);
  if (problem.kind === 'utf16') return fileFinding(path, 'fileUtf16', undefined, severity);
  return fileFinding(path, problem.likelyLatin1 ? 'fileNotUtf8Latin1' : 'fileNotUtf8', { line: problem.line + 1, column: problem.column + 1 }, severity, problem.line, problem.column);
}
