import type { ParsedDocument, Section } from '../markdown/documentModel';
import { normalizeForHash, stableHash } from './stableHash';

/** One English section as the review record names it: a key readable in a diff, and its fingerprint. */
export interface SectionEntry {
  key: string;
  hash: string;
  section: Section;
}

/** The key of the untitled opening of a document (a heading's slug never holds parentheses). */
export const OPENING_KEY = '(start)';

/**
 * Every section of a document with its key and fingerprint, in document order. The key is the
 * heading's slug (`-2`, `-3`… for a repeated heading), so the record reads like the outline and
 * two reviews of different sections change different lines (they merge in git).
 */
export function sectionEntries(doc: ParsedDocument): SectionEntry[] {
  const seen = new Map<string, number>();
  return doc.sections.map((section) => {
    const base = section.heading ? slug(section.heading.text) || `(${section.index + 1})` : OPENING_KEY;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: count === 1 ? base : `${base}-${count}`, hash: sectionHash(doc, section), section };
  });
}

/** The fingerprint of a section: its heading and blocks as written, whitespace normalized. */
export function sectionHash(doc: ParsedDocument, section: Section): string {
  return stableHash(sectionText(doc, section));
}

/** The text that is fingerprinted: the heading and blocks as written, whitespace normalized. */
export function sectionText(doc: ParsedDocument, section: Section): string {
  const parts = [...(section.heading ? [section.heading] : []), ...section.blocks].map((b) => doc.text.slice(b.start, b.end));
  return normalizeForHash(parts.join('\n'));
}

/** Lower case ASCII letters, digits and dashes: accents dropped, anything else a dash, at most 60 characters. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
