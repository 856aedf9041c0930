import type { Clause, Lang } from './clauseTypes';
import { CLOSE_MARKER, openMarker } from './clauseMarkers';
import { clauseToSnippet, type ParameterValues } from './fillClause';

/**
 * The snippet the editor inserts for a clause: its body with a tab stop per parameter
 * (pre-filled with the known value), between its markers on lines of their own, the cursor
 * ending after the closing marker. Markers hold no snippet syntax, so they need no escaping.
 */
export function clauseInsertionSnippet(clause: Clause, lang: Lang, values: ParameterValues = {}): string {
  const body = clauseToSnippet(clause, lang, values).replace(/\$0$/, '').replace(/\n+$/, '');
  return `${openMarker(clause.id, clause.version)}\n${body}\n${CLOSE_MARKER}\n$0`;
}
