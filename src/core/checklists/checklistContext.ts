import type { Finding } from '../findings';
import type { ParsedDocument } from '../markdown/documentModel';

/** What a clause check needs of the clause library: each clause's category and the sources it cites. */
export interface ClauseLookup {
  byId: ReadonlyMap<string, { category: string; sources: readonly string[] }>;
}

/**
 * Everything an automatic check may read. Only the document is required: a check whose input
 * the front end did not give (no clause library, the file not checked) is unticked and says why.
 */
export interface ChecklistContext {
  doc: ParsedDocument;
  clauses?: ClauseLookup;
  /** The findings of this file (its pair's checks included); undefined when it was not checked. */
  findings?: readonly Finding[];
  /** The counterpart's path; null when there is none, undefined when unknown. */
  counterpart?: string | null;
  /** Manual items ticked, as `list-id/item-id`. */
  ticks?: ReadonlySet<string>;
}
