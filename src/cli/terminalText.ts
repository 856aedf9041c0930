/**
 * Text from the repository (file names, headings, link targets quoted in messages) made safe to
 * print on one line of a terminal or a CI log: control characters (newlines that would forge a
 * finding line, ESC sequences that would recolour, move the cursor or retitle the terminal, C1
 * controls) and the bidirectional overrides that make text read otherwise than it is are
 * written as visible `\u001b`-style escapes. JSON and SARIF escape through JSON.stringify.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// A backslash is escaped too only when it could be read as one of our escapes, so ordinary
// Windows paths stay readable.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\\(?=u[0-9a-fA-F]{4})/g;
