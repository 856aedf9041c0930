import data from '../../../terms/canadian-spelling.json';
import type { ProseUnit } from '../markdown/documentModel';
import { proseWords, type ProseWord } from '../markdown/prose';

/** One entry of terms/canadian-spelling.json (schema in schemas/canadian-spelling.schema.json). */
export interface SpellingEntry {
  id: string;
  /** Only in this use: a noun (`a license`), a unit after a number (`5 meters`). */
  when?: 'noun' | 'unit';
  /** Each form to avoid, lower case, with its Canadian form. */
  forms: Record<string, string>;
  note?: string;
  sources: string[];
}

export interface SpellingList {
  sources: Record<string, string>;
  accepted?: string[];
  entries: SpellingEntry[];
}

/** The list shipped with the toolkit. */
export const CANADIAN_SPELLING = data as unknown as SpellingList;

/** A form to avoid found in prose, with its Canadian form in the same case. */
export interface SpellingMatch {
  word: ProseWord;
  replacement: string;
  entry: SpellingEntry;
}

const byForm = new WeakMap<SpellingList, Map<string, SpellingEntry>>();

function formsOf(list: SpellingList): Map<string, SpellingEntry> {
  let map = byForm.get(list);
  if (!map) {
    map = new Map(list.entries.flatMap((e) => Object.keys(e.forms).map((f) => [f, e] as const)));
    byForm.set(list, map);
  }
  return map;
}

/** Words before a noun (`a license`, `the licenses`, `an open license`). */
const BEFORE_NOUN = new Set(
  'a an the this that these those each every any no our your their its his her my which what whose same such another other both all several many some multiple one two three open free permissive copyleft compatible proprietary commercial valid new different separate standard appropriate original software data content user business creative'.split(' '),
);
/** Nouns a noun stands before (`license agreement`, `license terms`). */
const NOUN_AFTER = new Set('agreement agreements terms fee fees file files holder holders key keys number numbers plate plates text type types notice conditions requirements information'.split(' '));
/** Words before a unit (`5 meters`, `square meters`). */
const BEFORE_UNIT = /^(?:\d[\d.,]*|square|cubic|per|hundred|thousand|few|several)$/i;
/** Small words inside a name (`Center for Open Data`). */
const NAME_LINKS = new Set(['of', 'for', 'the', 'on', 'and', 'de', 'du', 'des']);
/** Characters that make a word part of an identifier or a path when they touch it (`text_color`, `.center`, `$color`). */
const IDENTIFIER_BEFORE = /[_./\\#$@~=]$/u;
const IDENTIFIER_AFTER = /^(?:[_/\\=(]|\.\p{L})/u;

const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}*$/u.test(w);
const isLower = (w: string) => /^\p{Ll}+$/u.test(w);

/**
 * Forms Canadian English does not use (`color`, `center`, `a license`, `programme`) in a unit's
 * words, each with its Canadian form. Left alone: words in capitals or mixed case, parts of
 * identifiers and paths, a capitalised word inside a sentence or followed by another (a name:
 * `Kennedy Center`, `Center for Open Data`), the words of `keep` (lower case: the other file of
 * the pair writes them too, or the project accepts them), and `when` entries outside their use.
 */
export function nonCanadianSpellings(unit: ProseUnit, keep: ReadonlySet<string>, list: SpellingList = CANADIAN_SPELLING): SpellingMatch[] {
  const forms = formsOf(list);
  const words = proseWords(unit);
  const matches: SpellingMatch[] = [];
  words.forEach((word, i) => {
    const lower = word.text.toLowerCase();
    const entry = forms.get(lower);
    if (!entry || keep.has(lower) || !(isLower(word.text) || isCapitalised(word.text))) return;
    if (IDENTIFIER_BEFORE.test(unit.raw.slice(0, word.start)) || IDENTIFIER_AFTER.test(unit.raw.slice(word.end))) return;
    const before = words[i - 1];
    const after = words[i + 1];
    if (isCapitalised(word.text) && (!startsSentence(unit.raw, word.start) || namePartAfter(unit.raw, words, i))) return;
    const prev = before && spacedOnly(unit.raw, before, word) ? before.text.toLowerCase() : undefined;
    const next = after && spacedOnly(unit.raw, word, after) ? after.text.toLowerCase() : undefined;
    if (entry.when === 'noun' && !((prev && (BEFORE_NOUN.has(prev) || /['’]s$/.test(prev))) || (next && NOUN_AFTER.has(next)))) return;
    if (entry.when === 'unit' && !(prev && BEFORE_UNIT.test(prev))) return;
    const canadian = entry.forms[lower];
    matches.push({ word, entry, replacement: isCapitalised(word.text) ? canadian.charAt(0).toUpperCase() + canadian.slice(1) : canadian });
  });
  return matches;
}

/** Only spaces between two words. */
function spacedOnly(raw: string, a: ProseWord, b: ProseWord): boolean {
  return /^[\s\u00A0]+$/u.test(raw.slice(a.end, b.start));
}

/** A capitalised word after this one, next to it or through a small word of a name (`Center for Open Data`). */
function namePartAfter(raw: string, words: ProseWord[], i: number): boolean {
  let j = i + 1;
  if (words[j] && spacedOnly(raw, words[j - 1], words[j]) && NAME_LINKS.has(words[j].text)) j++;
  return !!words[j] && spacedOnly(raw, words[j - 1], words[j]) && /^\p{Lu}/u.test(words[j].text);
}

/** The word opens the unit or follows the end of a sentence, a colon or an opening quote. */
function startsSentence(raw: string, at: number): boolean {
  const before = raw.slice(0, at).replace(/[\s\u00A0*_([]+$/u, '');
  return before === '' || /[.!?…:“"'‘—–]$/u.test(before);
}
