import * as path from 'node:path';
import type { Finding } from '../core/findings';
import type { Lang } from '../core/messages/catalog';
import type { PairingRule } from '../core/pairing/pairFiles';
import { formatMessage } from './cliFormat';

/** A finding ready for output: paths relative to the working folder with `/`, 1-based positions, text in one language. */
export interface OutputDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  related: Array<{ file: string; line: number; column: number; message: string }>;
}

/** Why the run could not check everything (exit 2): a usage, configuration, I/O or internal error. */
export interface OutputError {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface OutputReport {
  version: 1;
  files: number;
  /** How each pair was found (the pairing rule), and for pairs made by content a 0–1 confidence. */
  pairs: Array<{ en: string; fr: string; pairedBy: PairingRule; confidence?: number }>;
  unpaired: string[];
  diagnostics: OutputDiagnostic[];
  /** Empty when the run checked everything it was asked to. */
  errors: OutputError[];
  /** With `--fix`: each file changed, with its count of fixes per rule (the diagnostics are those of the check after fixing). */
  fixed?: Array<{ file: string; fixes: number; rules: Record<string, number> }>;
}

/** The report of a run that stopped before checking anything: only its errors. */
export function failedReport(errors: OutputError[]): OutputReport {
  return { version: 1, files: 0, pairs: [], unpaired: [], diagnostics: [], errors };
}

/** Turns root-relative paths into paths relative to `cwd`. */
export function pathMapper(root: string, cwd: string): (p: string) => string {
  return (p) => {
    const rel = path.relative(cwd, path.resolve(root, p));
    return (rel === '' ? '.' : rel).split(path.sep).join('/');
  };
}

export function toOutput(finding: Finding, lang: Lang, mapPath: (p: string) => string): OutputDiagnostic {
  return {
    file: mapPath(finding.file),
    line: finding.range.start.line + 1,
    column: finding.range.start.column + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.column + 1,
    severity: finding.severity,
    rule: finding.rule,
    message: formatMessage(finding.messageId, finding.args, lang),
    related: (finding.related ?? []).map((r) => ({
      file: mapPath(r.file),
      line: r.range.start.line + 1,
      column: r.range.start.column + 1,
      message: formatMessage(r.messageId, r.args, lang),
    })),
  };
}
