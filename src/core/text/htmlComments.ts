/**
 * The HTML comments of a text, in one pass. `<!--([\s\S]*?)-->` as a regular expression goes
 * back over the rest of the text from every unclosed `<!--` (quadratic on `<!--x <!--x …`).
 */
export function* htmlComments(text: string): Generator<{ index: number; 0: string; 1: string }> {
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return;
    const close = text.indexOf('-->', open + 4);
    // No comment closes after this one opens: none of the later ones can close either.
    if (close < 0) return;
    yield { index: open, 0: text.slice(open, close + 3), 1: text.slice(open + 4, close) };
    from = close + 3;
  }
}

/** The text with each closed HTML comment replaced by `by`. */
export function replaceHtmlComments(text: string, by: string): string {
  let out = '';
  let last = 0;
  for (const c of htmlComments(text)) {
    out += text.slice(last, c.index) + by;
    last = c.index + c[0].length;
  }
  return out + text.slice(last);
}
