import type { ProseUnit } from '../markdown/documentModel';
import { proseWords } from '../markdown/prose';

export const TYPOGRAPHIC_APOSTROPHE = '’';
export const STRAIGHT_APOSTROPHE = "'";

/** An apostrophe inside a word of prose (`l'eau`, `aujourd’hui`), at an offset of the unit's raw text. */
export interface ApostropheUse {
  at: number;
  char: typeof TYPOGRAPHIC_APOSTROPHE | typeof STRAIGHT_APOSTROPHE;
}

/**
 * The apostrophes of a unit's words: between two letters only, so a straight quote around a word
 * (`'mot'`), a closing single quote and anything in code, addresses or placeholders are not counted.
 */
export function apostrophesOf(unit: ProseUnit): ApostropheUse[] {
  const uses: ApostropheUse[] = [];
  for (const word of proseWords(unit)) {
    for (const m of word.text.matchAll(/(?<=\p{L})['’](?=\p{L})/gu)) uses.push({ at: word.start + m.index!, char: m[0] as ApostropheUse['char'] });
  }
  return uses;
}

/**
 * The apostrophe a file should use throughout: the one it writes most (the typographic ’ on a
 * tie), or undefined when it writes only one kind.
 */
export function prevailingApostrophe(uses: readonly ApostropheUse[]): ApostropheUse['char'] | undefined {
  const curly = uses.filter((u) => u.char === TYPOGRAPHIC_APOSTROPHE).length;
  const straight = uses.length - curly;
  if (!curly || !straight) return undefined;
  return curly >= straight ? TYPOGRAPHIC_APOSTROPHE : STRAIGHT_APOSTROPHE;
}
