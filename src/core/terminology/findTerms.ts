import type { TermEntry } from './termBase';

export type TermLang = 'en' | 'fr';

/** A forbidden variant found in a text, with the text to put in its place (none when no safe one exists). */
export interface TermMatch {
  start: number;
  end: number;
  found: string;
  /** The approved term in the variant's number and capitalisation (what the message names). */
  approved: string;
  /** What replaces `[start, end)`: the approved term, with an elided article before it mended. */
  replacement?: string;
  /** Where the replacement begins: before `start` when an elided article (`l’`) is rewritten. */
  replaceFrom: number;
  entry: TermEntry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term's spelling as a pattern: any run of spaces (or a hyphen) between words, either apostrophe. */
const pattern = (term: string) =>
  term
    .split(/[\s\u00A0]+/u)
    .map((w) => escape(w).replace(/['’]/g, '[\'’]').replace(/\\?-/g, '[-\\s\\u00A0]'))
    .join('[\\s\\u00A0]+');

/** An English word's plural: -es after s, x, z, ch, sh; -ies after a consonant and y; else -s. */
function englishWordPlural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/** An English term's plural: its head noun takes it (the word before of/for/to, else the last). */
export function englishPlural(term: string): string {
  const words = term.split(' ');
  const joint = words.findIndex((w, i) => i > 0 && /^(?:of|for|to|in|on)$/i.test(w));
  const head = joint > 0 ? joint - 1 : words.length - 1;
  words[head] = englishWordPlural(words[head]);
  return words.join(' ');
}

/** A French term's plural: its first word (the head noun) takes an s, or an x after au and eu; s, x, z stay. */
export function frenchPlural(term: string): string {
  return term.replace(/^([^\s’']+)/u, (w) => (/[sxz]$/i.test(w) ? w : /(?:au|eu)$/i.test(w) ? w + 'x' : w + 's'));
}

/** The forms of a forbidden variant matched: a French text may write an English word with an English plural. */
function variantPlurals(variant: string): string[] {
  return [...new Set([frenchPlural(variant), englishPlural(variant)])].filter((p) => p !== variant);
}

/**
 * Not a word of prose: a term inside an e-mail or web address, a file name or a longer word
 * (`mailbox`, `info@email.ca`, `mail.example.ca`, `sous-ensemble`) is left alone. An elided
 * article before it (`l’ensemble`) is a word boundary.
 */
const BEFORE = String.raw`(?<![\p{L}\p{N}@._/-])`;
const AFTER = String.raw`(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])`;

interface Compiled {
  regex: RegExp;
  entry: TermEntry;
  /**
   * The first word of each alternative, lower-cased: a text that holds none of them cannot match
   * (undefined when an alternative does not start with a letter or digit: always tried).
   */
  anchors?: string[];
}

/** A text lower-cased as the regexes' case-insensitive matching sees it (`ſ` matches `s` there). */
const foldForAnchors = (text: string) => text.toLowerCase().replace(/ſ/g, 's');

function anchorsOf(forms: readonly string[]): string[] | undefined {
  const anchors = forms.map((f) => foldForAnchors(f).match(/^[\p{L}\p{N}]+/u)?.[0]);
  return anchors.every((a) => a !== undefined) ? [...new Set(anchors as string[])] : undefined;
}

const cache = new WeakMap<readonly TermEntry[], Map<string, Compiled[]>>();

function compiled<K extends string>(base: readonly TermEntry[], key: K, build: (base: readonly TermEntry[]) => Compiled[]): Compiled[] {
  let byKey = cache.get(base);
  if (!byKey) cache.set(base, (byKey = new Map()));
  let list = byKey.get(key);
  if (!list) byKey.set(key, (list = build(base)));
  return list;
}

/** One regex per entry: the first group is set for a plural, so the fix can give the plural. */
function forbiddenRegexes(base: readonly TermEntry[], lang: TermLang): Compiled[] {
  return base
    .filter((e) => e.forbidden?.[lang]?.length)
    .map((entry) => {
      const variants = entry.forbidden![lang]!;
      // Plurals first, so `e-mails` is one match rather than `e-mail` and a stray s.
      const pluralForms = variants.flatMap(variantPlurals);
      const plurals = pluralForms.map(pattern);
      const singulars = variants.map(pattern);
      return { entry, regex: new RegExp(`${BEFORE}(?:(${plurals.join('|')})|${singulars.join('|')})${AFTER}`, 'giu'), anchors: anchorsOf([...pluralForms, ...variants]) };
    });
}

/** Every form of an entry's approved term in one language (with its plurals and accepted forms). */
export function approvedForms(entry: TermEntry, lang: TermLang): string[] {
  const forms =
    lang === 'en'
      ? [entry.en, entry.enPlural ?? englishPlural(entry.en), ...(entry.also?.en ?? []).flatMap((f) => [f, englishPlural(f)])]
      : [entry.fr.term, entry.fr.plural ?? frenchPlural(entry.fr.term), ...(entry.also?.fr ?? []).flatMap((f) => [f, frenchPlural(f)])];
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** How a form is looked up once matched: lower case, one apostrophe, one space for any run of spaces or a hyphen. */
const normalize = (s: string) => s.toLowerCase().replace(/'/g, '’').replace(/[\s\u00A0-]+/gu, ' ');

/** One regex for every approved form of the base (longest first, so a longer term wins), and which entries each form is. */
function approvedMatcher(base: readonly TermEntry[], lang: TermLang): { regex: RegExp; entries: Map<string, TermEntry[]> } {
  const entries = new Map<string, TermEntry[]>();
  for (const entry of base) {
    for (const form of approvedForms(entry, lang)) {
      const key = normalize(form);
      const list = entries.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      entries.set(key, list);
    }
  }
  const forms = [...entries.keys()].sort((a, b) => b.length - a.length);
  return { regex: new RegExp(`${BEFORE}(?:${forms.map(pattern).join('|')})${AFTER}`, 'giu'), entries };
}

const matchers = new WeakMap<readonly TermEntry[], Partial<Record<TermLang, ReturnType<typeof approvedMatcher>>>>();

/** Keeps a capital at the start of the found text (a sentence begins with it), or capitals throughout. */
function matchCase(found: string, replacement: string): string {
  if (isUpperCase(found)) return replacement.toUpperCase();
  return /^\p{Lu}/u.test(found) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

const isUpperCase = (s: string) => /\p{L}{2}/u.test(s) && s === s.toUpperCase();

/**
 * A name rather than the word: every word capitalised (`Open Data Charter`, `MIT License`), where
 * the capital is not a sentence's (a single capitalised word opening a sentence is the word).
 */
function looksLikeName(text: string, start: number, found: string): boolean {
  // Capitals throughout are a heading's or an emphasis's, not a name's.
  if (isUpperCase(found)) return false;
  const words = found.split(/[\s\u00A0-]+/u).filter((w) => /\p{L}/u.test(w));
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const before = text.slice(0, start).trimEnd();
  const next = text.slice(start + found.length).match(/^[\s\u00A0]+(\p{Lu})/u);
  const opensSentence = before === '' || /[.!?…:;«“"(\-–—*#>]$/u.test(before) || /(?:^|\s)\d+[.)]$/u.test(before);
  return words.length > 1 || !opensSentence || next !== null;
}

const VOWEL = /^[aeiouyhàâäéèêëîïôöùûüœæ]/iu;
const ELIDED = /(?<![\p{L}])([lLdDqQ]u?)['’]$/u;
const GENDERED_ARTICLE = /(?<![\p{L}])(le|la|un|une|ce|cette|Le|La|Un|Une|Ce|Cette)([\s\u00A0]+)$/u;
/** The article of the approved term's gender, for an article of the other one. */
const SWAP: Record<'m' | 'f', Record<string, string>> = { m: { la: 'le', une: 'un', cette: 'ce' }, f: { le: 'la', un: 'une', ce: 'cette' } };
const FULL_ARTICLE = /(?<![\p{L}])(le|la|de|que|Le|La|De|Que)[\s\u00A0]+$/u;

/**
 * The approved term in place of a French variant, with the article before it agreeing with the
 * new first letter: `l’ensemble de données` → `le jeu de données`, `la timeline` → `l’échéancier`.
 * Undefined when the article cannot be mended without knowing the term's gender.
 */
function frenchReplacement(text: string, start: number, approved: string, entry: TermEntry): { from: number; text: string } | undefined {
  const before = text.slice(0, start);
  const elided = before.match(ELIDED);
  if (elided && !VOWEL.test(approved)) {
    const article = elided[1];
    const lower = article.toLowerCase();
    const full = lower === 'l' ? ({ m: 'le', f: 'la', mpl: 'les', fpl: 'les' } as const)[entry.fr.gender ?? ('' as never)] : lower === 'd' ? 'de' : lower === 'qu' ? 'que' : undefined;
    if (!full) return undefined;
    let from = start - elided[0].length;
    let word: string = full;
    let cased = article;
    // « de l’ », « à l’ » become « du », « des », « au », « aux » before the full article.
    const preposition = lower === 'l' && full !== 'la' ? text.slice(0, from).match(/(?<![\p{L}])(de|à|De|À)[\s\u00A0]+$/u) : null;
    if (preposition) {
      from -= preposition[0].length;
      cased = preposition[1];
      word = preposition[1].toLowerCase() === 'de' ? (full === 'le' ? 'du' : 'des') : full === 'le' ? 'au' : 'aux';
    }
    const text2 = /^\p{Lu}/u.test(cased) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    return { from, text: `${text2} ${approved}` };
  }
  const article = before.match(FULL_ARTICLE);
  if (article && VOWEL.test(approved) && !/^h/i.test(approved)) {
    const a = article[1];
    return { from: start - article[0].length, text: `${a.slice(0, a.length - 1)}’${approved}` };
  }
  // An article of the other gender follows the approved term's: « le feedback » → « la rétroaction ».
  const gendered = before.match(GENDERED_ARTICLE);
  const gender = entry.fr.gender;
  if (gendered && (gender === 'm' || gender === 'f')) {
    const word = gendered[1];
    const swapped = SWAP[gender][word.toLowerCase()];
    if (swapped) {
      const cased = /^\p{Lu}/u.test(word) ? swapped.charAt(0).toUpperCase() + swapped.slice(1) : swapped;
      return { from: start - gendered[0].length, text: `${cased}${gendered[2]}${approved}` };
    }
  }
  return { from: start, text: approved };
}

/** Forbidden variants of one language in `text`, each with the approved term (its plural for a plural). */
export function findForbidden(text: string, base: readonly TermEntry[], lang: TermLang): TermMatch[] {
  const matches: TermMatch[] = [];
  // Most prose holds none of the variants: a look for each entry's first words spares its regex
  // (one pass of the text per entry was a tenth of a check's time).
  const folded = foldForAnchors(text);
  for (const { regex, entry, anchors } of compiled(base, `forbidden-${lang}`, (b) => forbiddenRegexes(b, lang))) {
    if (anchors && !anchors.some((a) => folded.includes(a))) continue;
    for (const m of text.matchAll(regex)) {
      const start = m.index!;
      if (looksLikeName(text, start, m[0])) continue;
      const plural = m[1] !== undefined;
      const term = lang === 'en' ? (plural ? (entry.enPlural ?? englishPlural(entry.en)) : entry.en) : plural ? (entry.fr.plural ?? frenchPlural(entry.fr.term)) : entry.fr.term;
      const approved = matchCase(m[0], term);
      const replacement = lang === 'fr' ? frenchReplacement(text, start, approved, entry) : { from: start, text: approved };
      matches.push({ start, end: start + m[0].length, found: m[0], approved, replacement: replacement?.text, replaceFrom: replacement?.from ?? start, entry });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Forbidden French variants in `text` (see findForbidden). */
export function findForbiddenFrench(text: string, base: readonly TermEntry[]): TermMatch[] {
  return findForbidden(text, base, 'fr');
}

/**
 * Where approved terms (any of their forms) occur in `text`: at each place a term starts, the
 * longest one (« open data lead », not « open data »), overlapping terms included.
 */
export function findApproved(text: string, base: readonly TermEntry[], lang: TermLang): Array<{ entry: TermEntry; start: number; end: number }> {
  if (!base.length) return [];
  let byLang = matchers.get(base);
  if (!byLang) matchers.set(base, (byLang = {}));
  const matcher = (byLang[lang] ??= approvedMatcher(base, lang));
  const found: Array<{ entry: TermEntry; start: number; end: number }> = [];
  const { regex } = matcher;
  regex.lastIndex = 0;
  // From every place a term starts, not only after the last match: terms overlap (« gouvernance
  // des données » and « données ouvertes » in « gouvernance des données ouvertes »).
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    for (const entry of matcher.entries.get(normalize(m[0])) ?? []) found.push({ entry, start: m.index, end: m.index + m[0].length });
    regex.lastIndex = m.index + 1;
  }
  return found;
}
