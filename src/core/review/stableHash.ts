/**
 * A small stable fingerprint of a text (32-bit FNV-1a over its code points, 8 hex digits).
 * Pure and the same on every platform, so the editor, the command line and a CI machine write
 * the same record; not a security hash: it only tells whether a section changed.
 */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    let code = ch.codePointAt(0)!;
    // Each code point as up to three bytes, low byte first, so characters above U+FFFF count whole.
    do {
      hash ^= code & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
      code >>>= 8;
    } while (code > 0);
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The text as fingerprinted: Unicode NFC, every run of whitespace (line breaks, indentation,
 * no-break spaces) one space, trimmed. Re-wrapping a paragraph or re-indenting a list then
 * leaves the fingerprint as it was; any change of words, punctuation or markup does not.
 */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
