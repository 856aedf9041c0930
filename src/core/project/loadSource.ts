import type { MessageArgs, MessageRef } from '../findings';
import { decodeMarkdownBytes, type DecodeProblem } from '../text/decode';

/** One file handed to the engine: its bytes or text, or why it could not be read. */
export interface SourceFile {
  /** Path relative to the configuration root, with `/`. */
  path: string;
  bytes?: Uint8Array;
  text?: string;
  /** The size of a file that was not read because it is larger than the limit. */
  size?: number;
  /** Set when the file could not be read at all (permissions, a folder, a vanished file): see readErrorReason. */
  readError?: string | MessageRef;
}

/**
 * Why a file could not be checked, reported by the `file` rule at this line and column: it could
 * not be read as Markdown, or checking it failed or ran over the time budget.
 */
export interface LoadProblem {
  path: string;
  messageId: 'fileUnreadable' | 'fileBinary' | 'fileUtf16' | 'fileNotUtf8' | 'fileNotUtf8Latin1' | 'fileTooLarge' | 'fileCheckTimeout' | 'fileCheckFailed' | 'fileTooNested' | 'fileTooManyDelimiters';
  /** The stack of an internal failure, shown with `--debug` only. */
  stack?: string;
  args?: MessageArgs;
  line: number;
  column: number;
  /** The file could not be read at all: an I/O error of the run, not only a finding. */
  io?: boolean;
}

export type LoadedSource = { path: string; text: string } | { path: string; problem: LoadProblem };

/**
 * The one file policy of every front end: refuse what could not be read, what is larger than
 * `maxFileSize`, and bytes that are not UTF-8 Markdown (with the line of the first bad byte);
 * strip a byte order mark.
 */
export function loadSource(file: SourceFile, maxFileSize: number): LoadedSource {
  const { path } = file;
  if (file.readError !== undefined) return { path, problem: { path, messageId: 'fileUnreadable', args: { reason: file.readError }, line: 0, column: 0, io: true } };
  const size = file.size ?? file.bytes?.length ?? file.text?.length ?? 0;
  if (size > maxFileSize) return { path, problem: { path, messageId: 'fileTooLarge', args: { size, limit: maxFileSize }, line: 0, column: 0 } };
  if (file.text !== undefined) return { path, text: file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text };
  const decoded = decodeMarkdownBytes(file.bytes ?? new Uint8Array());
  return decoded.ok ? { path, text: decoded.text } : { path, problem: decodeProblem(path, decoded.problem) };
}

function decodeProblem(path: string, problem: DecodeProblem): LoadProblem {
  if (problem.kind === 'binary') return { path, messageId: 'fileBinary', args: { line: problem.line + 1 }, line: problem.line, column: 0 };
  if (problem.kind === 'utf16') return { path, messageId: 'fileUtf16', line: 0, column: 0 };
  return { path, messageId: problem.likelyLatin1 ? 'fileNotUtf8Latin1' : 'fileNotUtf8', args: { line: problem.line + 1, column: problem.column + 1 }, line: problem.line, column: problem.column };
}

/**
 * Why a file could not be read, from the error of the file system: a message in the reader's
 * language for the usual causes, the system's own text otherwise.
 */
export function readErrorReason(code: string | undefined, message: string): string | MessageRef {
  const id = code ? READ_ERRORS[code] : undefined;
  return id ? { messageId: id } : message;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'reasonNotFound',
  FileNotFound: 'reasonNotFound',
  EACCES: 'reasonPermission',
  EPERM: 'reasonPermission',
  NoPermissions: 'reasonPermission',
  EISDIR: 'reasonIsFolder',
  FileIsADirectory: 'reasonIsFolder',
  ELOOP: 'reasonLoop',
  ENOTREGULAR: 'reasonNotRegular',
  EBROKENLINK: 'reasonBrokenLink',
  EOUTSIDE: 'reasonOutside',
  ETOOLARGE: 'reasonTooLarge',
};
