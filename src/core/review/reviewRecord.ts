import type { ParsedDocument } from '../markdown/documentModel';
import type { Range } from '../text/position';
import { fieldKey, frontMatterField, leafPath } from '../frontMatter/fieldName';

/**
 * The front matter key of the French file that holds its review record: for each English
 * section the French was last reviewed against, its key and fingerprint (see sectionEntries.ts).
 */
export const REVIEW_KEY = 'reviewedAgainst';

export type ReviewRecord =
  | { kind: 'none' }
  /** The key is there but is not a table of section keys to fingerprints. */
  | { kind: 'invalid'; range: Range }
  | { kind: 'record'; entries: Map<string, string>; range: Range; rangeOf(key: string): Range };

/** The review record of a French document, as its front matter holds it. */
export function readReviewRecord(doc: ParsedDocument): ReviewRecord {
  const fm = doc.frontMatter;
  const value = frontMatterField(fm?.data, REVIEW_KEY);
  if (!fm || value === undefined) return { kind: 'none' };
  const range = fm.keys.find((k) => fieldKey(k.key) === fieldKey(REVIEW_KEY))?.range ?? fm.range;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'invalid', range };
  const entries = new Map<string, string>();
  for (const [key, hash] of Object.entries(value as Record<string, unknown>)) {
    // A fingerprint left unquoted by hand may read as a number: its digits are still the fingerprint.
    if (typeof hash === 'number' && Number.isInteger(hash) && hash >= 0) entries.set(key, String(hash).padStart(8, '0'));
    else if (typeof hash === 'string') entries.set(key, hash.trim().toLowerCase());
    else return { kind: 'invalid', range };
  }
  return { kind: 'record', entries, range, rangeOf: (key) => fm.leafRanges.get(leafPath(leafPath(undefined, REVIEW_KEY), key)) ?? range };
}
