/**
 * A linear pre-screen for input that would make the Markdown parser itself take minutes or
 * overflow its stack. micromark resolves unmatched emphasis, strikethrough and link openers by
 * looking back over every earlier one in the same paragraph (quadratic: 20,000 `*a` take
 * 13 s, 100,000 `[a](` 40 s), and it builds nested containers and emphasis recursively (a
 * block quote 100,000 deep or 20,000 `*` around a word overflow the stack). We cannot fix the
 * parser, so a file past these limits is reported as too complex instead of being parsed.
 * The limits are far above anything written by hand.
 */

/** Block quotes and list items nested deeper than this on one line. */
export const MAX_NESTING = 256;
/** Emphasis, strikethrough and link delimiters in one paragraph. */
export const MAX_DELIMITERS = 5_000;
/** A run of `*`, `_` or `~` this long touching a word can nest emphasis half as deep. */
export const MAX_DELIMITER_RUN = 200;

export type TooComplex = { kind: 'nesting'; line: number; count: number } | { kind: 'delimiters'; line: number; count: number };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Where the text first goes past one of the limits, or undefined. One pass over the text. */
export function markdownComplexity(text: string): TooComplex | undefined {
  let fence: string | undefined;
  let delimiters = 0;
  let inTable = false;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const row = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    const fenceMatch = FENCE.exec(row);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      delimiters = 0;
      continue;
    }
    const { depth, rest, marker } = containerPrefix(row);
    if (depth > MAX_NESTING) return { kind: 'nesting', line, count: depth };
    // A blank line (inside containers too) ends the paragraph; so does a new list item or heading.
    if (rest.trim() === '') {
      delimiters = 0;
      inTable = false;
      continue;
    }
    if (marker || /^ {0,3}#/.test(rest)) delimiters = 0;
    // Table cells are parsed one by one: a table's rows do not add up.
    if (!inTable && rest.includes('|') && TABLE_DELIMITER_ROW.test(rest)) inTable = true;
    if (inTable) delimiters = 0;
    const counted = countDelimiters(rest);
    if (counted.longRun) return { kind: 'delimiters', line, count: counted.longRun };
    delimiters += counted.count;
    if (delimiters > MAX_DELIMITERS) return { kind: 'delimiters', line, count: delimiters };
  }
  return undefined;
}

/** How many block quote and list markers open the line (indentation counts for nested lists). */
function containerPrefix(row: string): { depth: number; rest: string; marker: boolean } {
  let i = 0;
  let depth = 0;
  let marker = false;
  for (;;) {
    let indent = 0;
    let j = i;
    while (j < row.length && (row[j] === ' ' || row[j] === '\t')) {
      indent += row[j] === '\t' ? 4 : 1;
      j++;
    }
    const c = row[j];
    if (c === '>') {
      depth++;
      i = j + 1;
      continue;
    }
    const list = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(row.slice(j, j + 11));
    // `- - -` alone is a thematic break, not three lists; `- - - x` is three nested lists.
    if (list && !/^([-*])([ \t]*\1){2,}[ \t]*$/.test(row.slice(j))) {
      // Nested list items are told by indentation: two columns or more per level.
      depth += 1 + Math.floor(indent / 2);
      marker = true;
      i = j + list[0].length;
      continue;
    }
    return { depth, rest: row.slice(i), marker };
  }
}

/** Delimiter runs of `*`, `_`, `~` (each run once), `]` and `[^`; the length of a long run that touches a word. */
function countDelimiters(row: string): { count: number; longRun: number } {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    // Footnote calls `[^` are looked up like link ends (a long line of `[^a` is quadratic too).
    if (c === ']' || (c === '[' && row[i + 1] === '^')) count++;
    else if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (j + 1 < row.length && row[j + 1] === c) j++;
      const length = j - i + 1;
      const touches = (i > 0 && !/\s/.test(row[i - 1])) || (j + 1 < row.length && !/\s/.test(row[j + 1]));
      if (length > MAX_DELIMITER_RUN && touches) return { count, longRun: length };
      count++;
      i = j;
    } else if (c === '\\') i++;
  }
  return { count, longRun: 0 };
}
