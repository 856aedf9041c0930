import data from '../../../terms/term-base.json';

/** One entry of the term base (terms/term-base.json, schema in schemas/term-base.schema.json). */
export interface TermEntry {
  id: string;
  pos?: string;
  en: string;
  fr: { term: string; plural?: string };
  forbidden?: { fr?: string[]; en?: string[] };
  note?: string;
  sources?: string[];
}

/** The term base shipped with the toolkit. */
export const TERM_BASE: readonly TermEntry[] = (data as { terms: TermEntry[] }).terms;

/** Every word of the approved terms, lower-cased: the spelling check accepts them. */
export function termWords(base: readonly TermEntry[] = TERM_BASE): { en: Set<string>; fr: Set<string> } {
  const split = (t: string) => t.toLowerCase().split(/[\s]+/u).filter((w) => w.length);
  return {
    en: new Set(base.flatMap((e) => split(e.en))),
    fr: new Set(base.flatMap((e) => [...split(e.fr.term), ...split(e.fr.plural ?? '')])),
  };
}
