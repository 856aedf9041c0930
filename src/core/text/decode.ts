/** Why a file's bytes could not be read as Markdown text. */
export type DecodeProblem =
  | { kind: 'binary'; line: number }
  | { kind: 'utf16' }
  | { kind: 'invalid-utf8'; line: number; column: number; likelyLatin1: boolean };

export type DecodeResult = { ok: true; text: string; hadBom: boolean } | { ok: false; problem: DecodeProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns a file's bytes into text, refusing what is not UTF-8 Markdown rather than guessing:
 * a wrong guess would make every French accent a false finding. A UTF-8 BOM is dropped,
 * as editors do, so line and column numbers match what people see.
 */
export function decodeMarkdownBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: { kind: 'utf16' } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: { kind: 'binary', line: countLines(bytes, nul) } };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countLines(bytes, bad);
    const lineStart = bytes.lastIndexOf(10, bad - 1) + 1;
    // Column in characters: decode the valid prefix of the line.
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length;
    return { ok: false, problem: { kind: 'invalid-utf8', line, column, likelyLatin1: looksLatin1(bytes) } };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** French text saved as Windows-1252 / ISO-8859-1 has lone bytes in 0xC0–0xFF (é = 0xE9). */
function looksLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) if (b >= 0xc0) high++;
  return high > 0;
}
