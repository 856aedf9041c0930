/**
 * Maps offsets in the value of an mdast `html` node back to the document. At the top level the
 * value is the source itself; inside a list item or a block quote the parser stripped each
 * line's container prefix (indentation, `> `), so every line of the value is the end of its
 * source line. `exact` says whether a stretch of the value is the source character for character.
 */
export interface HtmlSourceMap {
  toSource(at: number): number;
  exact: boolean;
}

export function htmlSourceMap(value: string, source: string, offset: number): HtmlSourceMap {
  if (value === source) return { toSource: (at) => offset + at, exact: true };
  const valueLines = lineStarts(value);
  const sourceLines = lineStarts(source);
  if (valueLines.length === sourceLines.length) {
    // Where each value line starts in the source: its source line's end minus its length.
    const starts: number[] = [];
    let ok = true;
    for (let k = 0; k < valueLines.length && ok; k++) {
      const vEnd = k + 1 < valueLines.length ? valueLines[k + 1] - 1 : value.length;
      const sEnd = k + 1 < sourceLines.length ? sourceLines[k + 1] - 1 : source.length;
      const length = vEnd - valueLines[k];
      const start = sEnd - length;
      ok = start >= sourceLines[k] && source.slice(start, sEnd) === value.slice(valueLines[k], vEnd);
      starts.push(start);
    }
    if (ok) {
      return {
        toSource: (at) => {
          const k = lineOf(valueLines, at);
          return offset + starts[k] + (at - valueLines[k]);
        },
        exact: false,
      };
    }
  }
  // Cannot be followed (tabs expanded, a lazy line): everything maps to the node's start.
  return { toSource: () => offset, exact: false };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
