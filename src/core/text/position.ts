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
