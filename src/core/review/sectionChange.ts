import type { ParsedDocument } from '../markdown/documentModel';
import { diffAgainstTemplate, renderDiffExcerpt } from '../clauses/wordDiff';
import { sectionEntries } from './sectionEntries';

/** The section of a key in a version of the English file: its fingerprint and its visible text. */
export function sectionVersion(doc: ParsedDocument, key: string): { hash: string; text: string } | undefined {
  const entry = sectionEntries(doc).find((e) => e.key === key);
  if (!entry) return undefined;
  // The diff reads the visible words (no Markdown markup); the fingerprint is of the source.
  const { section } = entry;
  return { hash: entry.hash, text: [...(section.heading ? [section.heading] : []), ...section.blocks].map((b) => b.text).join(' ') };
}

/** The English change since review as a word diff (`[-removed-]{+added+}`), long unchanged stretches cut. */
export function sectionWordDiff(reviewed: string, current: string): string {
  const excerpt = renderDiffExcerpt(diffAgainstTemplate(reviewed, current), 6);
  return excerpt.length > 400 ? `${excerpt.slice(0, 399)}…` : excerpt;
}
