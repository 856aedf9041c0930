/**
 * Characters XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF, lone surrogates): XLIFF 2
 * writes them as `<cp hex="…"/>`. A carriage return can be held but a parser turns it into a
 * line feed, so the writer escapes it as `&#13;` (see writeXliff.ts).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Splits text into runs XML can hold and single code units it cannot (as numbers). */
export function splitInvalid(text: string): Array<string | number> {
  const out: Array<string | number> = [];
  let at = 0;
  for (const m of text.matchAll(INVALID)) {
    if (m.index! > at) out.push(text.slice(at, m.index));
    out.push(m[0].charCodeAt(0));
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
