import type { ParsedDocument, Section } from '../markdown/documentModel';
import { alignDocuments } from '../align/alignDocuments';
import { sectionEntries } from './sectionEntries';

/**
 * The review key of the English section at a line of either file: in the English, the section
 * the line is in; in the French, the English section the engine aligned with the French section
 * the line is in. Undefined for a French section without an English counterpart.
 */
export function reviewKeyAt(en: ParsedDocument, fr: ParsedDocument, side: 'en' | 'fr', line: number, hostPairs?: Record<string, string>): { key: string; heading?: string } | undefined {
  const doc = side === 'en' ? en : fr;
  const section = sectionAtLine(doc, line);
  if (!section) return undefined;
  const english = side === 'en' ? section : alignDocuments(en, fr, hostPairs).sections.find((s) => s.fr === section)?.en;
  const entry = english && sectionEntries(en).find((e) => e.section === english);
  return entry && { key: entry.key, heading: english!.heading?.text };
}

/** The last section that starts at or before the line (its heading, or its first block). */
function sectionAtLine(doc: ParsedDocument, line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of doc.sections) {
    const first = section.heading ?? section.blocks[0];
    if (!first) continue;
    if (first.range.start.line > line) break;
    found = section;
  }
  return found ?? doc.sections[0];
}
