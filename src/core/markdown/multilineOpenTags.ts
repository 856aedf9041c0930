import type { Root } from 'mdast';

/**
 * Top-level paragraphs that are in fact an HTML element whose open tag is written over several
 * lines, one attribute a line, as authors of custom elements do:
 *
 *     <gcds-notice
 *       notice-title="Closed"
 *     >
 *       <gcds-text>…</gcds-text>
 *     </gcds-notice>
 *
 * CommonMark starts an HTML block at an unknown tag only when the whole open tag is on its first
 * line, so it reads a paragraph of attributes, a block quote (the lone `>`), then more text. The
 * same element with its tag on one line is an HTML block, and the other language often writes it
 * so: both must be read the same way. Returns the offsets of the `<` of such tags.
 */
export function multilineOpenTags(text: string, tree: Root): number[] {
  const found: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset;
    if (start === undefined || text.charCodeAt(start) !== 0x3c /* < */) continue;
    if (openTagEnd(text, start) !== undefined) found.push(start);
  }
  return found;
}

/**
 * The text with each tag found by `multilineOpenTags` renamed to `<p` padded with spaces (same
 * length, same lines, so every position stays true): CommonMark then starts an HTML block there
 * and ends it at the next blank line, as it does for the tag written on one line. Only the parse
 * sees this text; blocks are built from the original.
 */
export function maskMultilineOpenTags(text: string, starts: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const start of starts) {
    const nameEnd = tagNameEnd(text, start + 1);
    out += text.slice(from, start) + '<p' + ' '.repeat(nameEnd - start - 2);
    from = nameEnd;
  }
  return out + text.slice(from);
}

const isNameStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
const isAttrStart = (c: number) => isNameStart(c) || c === 0x5f || c === 0x3a;
const isAttrChar = (c: number) => isNameChar(c) || c === 0x5f || c === 0x3a || c === 0x2e;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

function tagNameEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  return i;
}

/** Longer than any real open tag, however many attributes it has. */
const MAX_TAG_LENGTH = 2_000;

/**
 * Where an open tag starting at `start` ends, when it spans lines, follows CommonMark's attribute
 * grammar, has no blank line inside, and its `>` is first on its line or last (`href="x">text` is
 * inline HTML that CommonMark reads well); undefined otherwise.
 * One forward pass: no backtracking on long or hostile input.
 */
export function openTagEnd(source: string, start: number): number | undefined {
  if (!isNameStart(source.charCodeAt(start + 1))) return undefined;
  // Bounded, so that thousands of unclosed tags cost a pass each over a short stretch only.
  const text = source.slice(0, start + MAX_TAG_LENGTH);
  let i = tagNameEnd(text, start + 1);
  let lines = 0;
  /** Skips spaces and line breaks; false at a blank line (which ends any block). */
  const skipSpace = (): boolean => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isBlank(c) || c === 0x0d) i++;
      else if (c === 0x0a) {
        lines++;
        i++;
        let k = i;
        while (k < text.length && (isBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 0x0d)) k++;
        if (k >= text.length || text.charCodeAt(k) === 0x0a) return false;
      } else break;
    }
    return true;
  };
  for (;;) {
    const before = i;
    if (!skipSpace()) return undefined;
    let c = text.charCodeAt(i);
    if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x3e) {
      i++;
      c = 0x3e;
    }
    if (c === 0x3e /* > */) {
      i++;
      break;
    }
    // An attribute must be separated from what precedes it by white space.
    if (i === before || !isAttrStart(c)) return undefined;
    while (i < text.length && isAttrChar(text.charCodeAt(i))) i++;
    const afterName = i;
    if (!skipSpace()) return undefined;
    if (text.charCodeAt(i) !== 0x3d /* = */) {
      i = afterName;
      continue;
    }
    i++;
    if (!skipSpace()) return undefined;
    const q = text.charCodeAt(i);
    if (q === 0x22 || q === 0x27) {
      const close = text.indexOf(String.fromCharCode(q), i + 1);
      if (close < 0 || /\n[ \t\r]*\n/.test(text.slice(i, close))) return undefined;
      for (let k = i; k < close; k++) if (text.charCodeAt(k) === 0x0a) lines++;
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < text.length && !/[\s"'=<>`]/.test(text[i])) i++;
      if (i === valueStart) return undefined;
    }
  }
  if (lines === 0) return undefined;
  // A `>` first on its line (`></my-table>` included) is a block quote to CommonMark whatever follows it.
  let b = i - 2;
  while (b >= 0 && isBlank(text.charCodeAt(b))) b--;
  if (text.charCodeAt(b) === 0x0a) return i;
  let k = i;
  while (k < text.length && (isBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 0x0d)) k++;
  return k >= source.length || text.charCodeAt(k) === 0x0a ? i : undefined;
}
