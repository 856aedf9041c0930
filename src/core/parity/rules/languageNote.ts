import type { Block } from '../../markdown/documentModel';
import type { Lang } from '../../lang';

/** The names of each language as written in its own language, the other's name first. */
const NAMES: Record<Lang, { other: RegExp; own: RegExp }> = {
  fr: { other: /\banglais(?:e|es)?\b|\bEnglish\b/i, own: /\bfran[cç]ais(?:e|es)?\b/i },
  en: { other: /\bFrench\b|\bfran[cç]ais\b/i, own: /\bEnglish\b/i },
};
/** A note is a sentence or two; a longer passage that names a language is content to translate. */
const NOTE_MAX_LENGTH = 300;

/**
 * A short paragraph that only one file has and that speaks of the other language, not of its
 * own (“on utilise l’anglais pour tous les éléments de code”, “This tool is available in French
 * only”): written for the readers of that language alone, it has no counterpart by design.
 */
export function isLanguageNote(block: Block, lang: Lang): boolean {
  if (block.kind !== 'paragraph' || block.text.length > NOTE_MAX_LENGTH) return false;
  return NAMES[lang].other.test(block.text) && !NAMES[lang].own.test(block.text);
}
