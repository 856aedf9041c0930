import type { ParsedDocument, ProseUnit } from '../markdown/documentModel';
import { detectProseLanguage } from './detectLanguage';

/** Enough letters to tell a passage's language. */
const MIN_LETTERS = 20;

/**
 * The prose units of a document (code blocks left out) in which `find` finds something, with
 * what it found. A passage written in the other language is left out: it is the untranslated
 * rule's finding, not words to correct. Its language is asked only where something was found.
 */
export function* findInOwnLanguage<T>(doc: ParsedDocument, find: (unit: ProseUnit) => T[]): Generator<{ unit: ProseUnit; found: T[] }> {
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      const found = find(unit);
      if (!found.length) continue;
      const detected = detectProseLanguage(unit.raw, MIN_LETTERS, doc.lang)?.lang;
      if (detected && detected !== doc.lang) continue;
      yield { unit, found };
    }
  }
}
