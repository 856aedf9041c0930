/** A position in a text document: 0-based line and UTF-16 column, as editors count them. */
export interface Position {
  line: number;
  column: number;
}

/** A range in a text document; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export function range(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}

/** The range covering the whole of a line's start; used where nothing more precise is known. */
export function lineStart(line: number): Range {
  return range(line, 0, line, 0);
}
