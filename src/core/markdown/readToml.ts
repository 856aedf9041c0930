import { parse, TomlError } from 'smol-toml';

/**
 * TOML front matter read by a TOML 1.0 parser (smol-toml: tables, arrays, dates with their
 * offset kept), or where and why it does not parse. A date stays a Date whose `toISOString`
 * keeps the offset as written, so its day is the day the author wrote.
 */
export function readToml(text: string): { data: Record<string, unknown> } | { offset: number; detail: string } {
  try {
    return { data: parse(text) as Record<string, unknown> };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const detail = error.message.replace(/^Invalid TOML document:\s*/, '').split('\n')[0];
    return { offset: lineOffset(text, error.line) + Math.max(0, error.column - 1), detail };
  }
}

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}
