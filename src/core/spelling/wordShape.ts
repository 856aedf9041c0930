/**
 * Which words of prose a dictionary can judge. Names are the main source of false alarms in a
 * spelling check (people, places, products, programs), and in prose they are written with a
 * capital: a word with any capital letter is taken for a name, an acronym or a product spelling
 * (GitHub, iOS) and never checked, nor a word with digits (H2O, 2e). The spelling rule checks a
 * capitalised word at the start of a sentence itself, when the document shows it is no name.
 * A compound with a hyphen is not checked whole: the rule checks its pieces (hyphenPieces).
 */
export function isCheckable(word: string): boolean {
  if (word.length < 3) return false;
  if (/[\d\p{Lu}-]/u.test(word)) return false;
  return /^\p{Ll}/u.test(word);
}

/**
 * Inclusive French writing joins a word and its feminine or plural ending with a middle dot or a
 * period (`utilisateur·rice·s`, `étudiant.e.s`): neither piece is a word of the dictionary.
 */
export function isInclusiveWritingPiece(raw: string, start: number, end: number): boolean {
  const before = raw[start - 1];
  const after = raw[end];
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  return before === '·' || after === '·' || (before === '.' && letter(raw[start - 2]) && end - start <= 3) || (after === '.' && letter(raw[end + 1]) && /^\p{L}{1,3}\b/u.test(raw.slice(end + 1)));
}

/**
 * A key of a keyboard shortcut written out (`ctrl+maj+i`, `cmd+option+i`): key names (French
 * `maj` for Shift) are not words of the sentence.
 */
export function isKeyCombinationPiece(raw: string, start: number, end: number): boolean {
  const joined = (c: string | undefined, next: string | undefined) => c === '+' && next !== undefined && /[\p{L}\d]/u.test(next);
  return joined(raw[end], raw[end + 1]) || joined(raw[start - 1], raw[start - 2]);
}

/** French elided articles and pronouns (l’, d’, qu’, jusqu’…) the dictionary may not list with every word. */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu;
/** English possessive and contractions. */
const ENGLISH_CLITIC = /['’](?:s|d|ll|re|ve|t)$/iu;

/**
 * The forms of a word to look up, most specific first: as written, without an elision or a
 * possessive, and with `oe`/`ae` as the ligatures French dictionaries spell (`oeil`, `œil`).
 */
export function lookupForms(word: string): string[] {
  const forms = [word];
  const bare = word.replace(ELISION, '').replace(ENGLISH_CLITIC, '');
  if (bare !== word && bare.length) forms.push(bare);
  if (/oe|ae/.test(bare)) forms.push(bare.replace(/oe/g, 'œ').replace(/ae/g, 'æ'));
  return forms;
}

/** The word as a dictionary lists it: without a French elision or an English possessive (`l’evenement` → `evenement`). */
export function dictionaryForm(word: string): string {
  const bare = word.replace(ELISION, '').replace(ENGLISH_CLITIC, '');
  return bare.length ? bare : word;
}

/**
 * The pieces of a hyphenated word (`well-knwon` → `well`, `knwon`), offsets kept, for a compound
 * no dictionary lists as a whole: each piece is a word of its own to check. Compounds with a
 * capital or a digit (`Sainte-Madeleine`, `h2-title`) are names or identifiers: none.
 */
export function hyphenPieces(word: { text: string; start: number }): Array<{ text: string; start: number; end: number }> {
  if (!word.text.includes("-") || /\d/.test(word.text)) return [];
  const pieces: Array<{ text: string; start: number; end: number }> = [];
  let at = word.start;
  for (const text of word.text.split('-')) {
    pieces.push({ text, start: at, end: at + text.length });
    at += text.length + 1;
  }
  return pieces;
}

/**
 * A French word's elided article or pronoun as written, and the word after it (`l'empacement` →
 * `l'`, `empacement`): suggestions are looked for after it, and it is kept with its own apostrophe.
 */
export function splitElision(word: string): { elision: string; rest: string } {
  const m = ELISION.exec(word);
  return m && m[0].length < word.length ? { elision: m[0], rest: word.slice(m[0].length) } : { elision: '', rest: word };
}
