import { loadTemplates, type ChapterTemplateLibrary } from '../../../src/core/templates';
import type { LibraryFolder } from '../../../src/core/libraries/librarySpec';
import { bundledFolder } from '../checklists/checklistHelpers';

/** The bundled templates folder as a front end reads it. */
export function bundledTemplates(): LibraryFolder {
  return bundledFolder('templates');
}

let shipped: ChapterTemplateLibrary | undefined;
/** The chapter types shipped in templates/, loaded once. */
export function shippedTemplates(): ChapterTemplateLibrary {
  shipped ??= loadTemplates([bundledTemplates()]);
  return shipped;
}

/** The ten chapter types the advisory committee set out, in the order of the “New toolkit chapter…” list. */
export const CHAPTER_TYPE_IDS = ['fundamentals', 'governance', 'principles-and-policies', 'standards', 'use-cases', 'infrastructure', 'operations', 'community-engagement', 'risk-assessment', 'long-term-planning'] as const;

export function chapterTypeIds(): string[] {
  return [...CHAPTER_TYPE_IDS];
}
