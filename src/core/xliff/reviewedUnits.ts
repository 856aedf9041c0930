import type { ParsedDocument } from '../markdown/documentModel';
import { readReviewRecord } from '../review/reviewRecord';
import { sectionEntries } from '../review/sectionEntries';
import type { XliffUnit } from './xliffUnits';

/**
 * The units whose French was reviewed against the English as it is now: every English block of
 * the unit lies in a section that the French file's review record (`reviewedAgainst`) holds
 * with the section's current fingerprint, the same test as the `stale` rule's. Front matter
 * values belong to no section and stay `translated`.
 */
export function reviewedUnits(en: ParsedDocument, fr: ParsedDocument, units: XliffUnit[]): Set<string> {
  const out = new Set<string>();
  const record = readReviewRecord(fr);
  if (record.kind !== 'record') return out;
  const spans: Array<[number, number]> = [];
  for (const { key, hash, section } of sectionEntries(en)) {
    if (record.entries.get(key) !== hash) continue;
    const blocks = [...(section.heading ? [section.heading] : []), ...section.blocks];
    if (blocks.length) spans.push([blocks[0].start, blocks[blocks.length - 1].end]);
  }
  for (const unit of units) {
    if (!unit.target || unit.yaml) continue;
    if (spans.some(([a, b]) => unit.enSpan[0] >= a && unit.enSpan[1] <= b)) out.add(unit.id);
  }
  return out;
}
