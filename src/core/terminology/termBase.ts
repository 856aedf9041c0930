import data from '../../../terms/term-base.json';

/** One entry of the term base (terms/term-base.json, schema in schemas/term-base.schema.json). */
export interface TermEntry {
  id: string;
  pos?: string;
  en: string;
  /** The English plural, when it is not the term with an s (see englishPlural). */
  enPlural?: string;
  /** `gender`: m, f, or mpl/fpl for a term used in the plural only (to mend an elided article). */
  fr: { term: string; plural?: string; gender?: 'm' | 'f' | 'mpl' | 'fpl' };
  /** Other accepted forms: never reported, and counted as the term by term-consistency. */
  also?: { en?: string[]; fr?: string[] };
  forbidden?: { fr?: string[]; en?: string[] };
  /** Checked by term-consistency: a term always translated by its approved form. */
  consistency?: boolean;
  note?: string;
  sources?: string[];
}

/** The term base shipped with the toolkit. */
export const TERM_BASE: readonly TermEntry[] = (data as unknown as { terms: TermEntry[] }).terms;

const wordsOf = new WeakMap<readonly TermEntry[], { en: Set<string>; fr: Set<string> }>();

/** Every word of the approved terms, lower-cased: the spelling check accepts them (once per base). */
export function termWords(base: readonly TermEntry[] = TERM_BASE): { en: Set<string>; fr: Set<string> } {
  const known = wordsOf.get(base);
  if (known) return known;
  const split = (t: string | undefined) => (t ?? '').toLowerCase().split(/[\s]+/u).filter((w) => w.length);
  const words = {
    en: new Set(base.flatMap((e) => [e.en, e.enPlural, ...(e.also?.en ?? [])].flatMap(split))),
    fr: new Set(base.flatMap((e) => [e.fr.term, e.fr.plural, ...(e.also?.fr ?? [])].flatMap(split))),
  };
  wordsOf.set(base, words);
  return words;
}

/**
 * The base in force: the built-in entries, each replaced by a team's entry with the same id,
 * followed by the team's new entries (in their order).
 */
export function mergeTermBases(builtIn: readonly TermEntry[], team: readonly TermEntry[]): readonly TermEntry[] {
  if (!team.length) return builtIn;
  const byId = new Map(team.map((e) => [e.id, e]));
  const kept = builtIn.map((e) => byId.get(e.id) ?? e);
  const known = new Set(builtIn.map((e) => e.id));
  return [...kept, ...team.filter((e) => !known.has(e.id))];
}
