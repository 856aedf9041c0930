import type { ProseUnit } from '../markdown/documentModel';
import { proseWords, type ProseWord } from '../markdown/prose';

/** French month and day names, written in lower case inside a sentence (OQLF, Bureau de la traduction). */
const MONTHS = new Set(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']);
const DAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
/** Months that are also names (the planet Mars, the first names Mai and Avril…): a capital is a mistake only beside a date. */
const NAMES_TOO = new Set(['mars', 'mai', 'juin', 'avril', 'août']);
/** Words before a month that make it a date (`en mars`, `début mars`, `le 1er mars`). */
const DATE_BEFORE = new Set(['en', 'mois', 'début', 'fin', 'mi', 'depuis', 'dès', 'jusqu’en', "jusqu'en", '1er', 'premier']);
/** Small words of a name (`Centre de Mars`): a capital word before them is still the name's. */
const NAME_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'et']);

/** A month or day name written with a capital where French writes it in lower case. */
export interface DateNameIssue {
  word: ProseWord;
  replacement: string;
}

const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/**
 * Month and day names with a capital inside a sentence (`le 15 Mars 2026`). Left alone: the first
 * word of a sentence, heading, list item or cell, a quotation (« … », “ … ”: a title, an English
 * name), a word in capitals, a name of several capitalised words (`Place Mai Lavoie`), a month
 * that is also a name when no date is beside it (`la planète Mars`), and the words `names` holds
 * (the other file of the pair writes them too).
 */
export function dateNameIssues(unit: ProseUnit, names: ReadonlySet<string>): DateNameIssue[] {
  const words = proseWords(unit);
  const issues: DateNameIssue[] = [];
  words.forEach((word, i) => {
    const lower = word.text.toLowerCase();
    if (!(MONTHS.has(lower) || DAYS.has(lower)) || !isCapitalised(word.text) || names.has(word.text)) return;
    if (startsSentence(unit.raw, word.start) || insideQuotes(unit.raw, word.start)) return;
    const before = words[i - 1];
    const after = words[i + 1];
    // A capitalised neighbour makes it part of a name, unless that neighbour is itself a date word or starts the sentence.
    const nameBefore = before && isCapitalised(before.text) && !isDateWord(before.text) && !startsSentence(unit.raw, before.start) && adjacent(unit.raw, before, word);
    const nameAfter = after && isCapitalised(after.text) && !isDateWord(after.text) && adjacent(unit.raw, word, after) && !NAME_LINKS.has(after.text.toLowerCase());
    if (nameBefore || nameAfter) return;
    if (MONTHS.has(lower) && NAMES_TOO.has(lower) && !nextToDate(before, after, unit.raw, word)) return;
    issues.push({ word, replacement: word.text.charAt(0).toLowerCase() + word.text.slice(1) });
  });
  return issues;
}

const isDateWord = (w: string) => MONTHS.has(w.toLowerCase()) || DAYS.has(w.toLowerCase());

/** Only spaces between two words (no punctuation: `Mars, Avril` is a list, not one name). */
function adjacent(raw: string, a: ProseWord, b: ProseWord): boolean {
  return /^[\s\u00A0\u202F]+$/u.test(raw.slice(a.end, b.start));
}

/** A day number before (`15 Mars`, `1er Mai`), a year after (`Mars 2026`) or a word that announces a date (`en Mars`). */
function nextToDate(before: ProseWord | undefined, after: ProseWord | undefined, raw: string, word: ProseWord): boolean {
  if (before && adjacent(raw, before, word) && (/^\d{1,2}$/.test(before.text) || DATE_BEFORE.has(before.text.toLowerCase()))) return true;
  return !!after && adjacent(raw, word, after) && /^\d{4}$/.test(after.text);
}

/** The word opens the unit or follows the end of a sentence or an opening quote or dash. */
function startsSentence(raw: string, at: number): boolean {
  const before = raw.slice(0, at).replace(/[\s\u00A0\u202F*_([]+$/u, '');
  return before === '' || /[.!?…«“"—–:]$/u.test(before);
}

/** Inside « … » or “ … ” opened before the word in this unit. */
function insideQuotes(raw: string, at: number): boolean {
  const text = raw.slice(0, at);
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g);
}
