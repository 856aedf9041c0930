/**
 * Words a document writes as inline code (`` `field` ``, `<code>true</code>`): identifiers of the
 * code it documents. The same word elsewhere without backticks (“set to true”, “the value field”)
 * is that identifier, not a word of the sentence's language. Code blocks are not read: their
 * markup repeats the page's prose (labels, demo text), which would hide its misspellings.
 */
const BACKTICKS = /(`+)([^`][\s\S]*?)\1(?!`)/g;
const CODE_ELEMENT = /<code\b[^>]*>([\s\S]*?)<\/code>/gi;
const IDENTIFIER = /[\p{L}\p{M}\d_$]+/gu;

/** The inline code words of `text` (case folded), its code blocks (`[start, end)` offsets, fenced or indented) left out. */
export function inlineCodeWords(text: string, codeBlocks: ReadonlyArray<readonly [number, number]> = []): Set<string> {
  // Blanked in one pass, offsets kept (one copy of the text per block was quadratic in a long file).
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of [...codeBlocks].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  const prose = parts.join('') + text.slice(at);
  const words = new Set<string>();
  const add = (code: string) => {
    for (const m of code.matchAll(IDENTIFIER)) words.add(m[0].toLowerCase());
  };
  for (const m of prose.matchAll(BACKTICKS)) if (!m[2].includes('\n\n')) add(m[2]);
  for (const m of prose.matchAll(CODE_ELEMENT)) add(m[1]);
  return words;
}
