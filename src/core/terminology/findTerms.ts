import type { TermEntry } from './termBase';

/** A forbidden variant found in a text, with the approved form to put in its place. */
export interface TermMatch {
  start: number;
  end: number;
  found: string;
  replacement: string;
  entry: TermEntry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A variant's spelling as a pattern: any run of spaces between words, either apostrophe. */
const pattern = (variant: string) => variant.split(/\s+/u).map((w) => escape(w).replace(/['’]/g, '[\'’]')).join('\\s+');
/** The plural of a variant: its head word (the first) takes an s (`ensembles de données`, `e-mails`). */
const pluralOf = (variant: string) => variant.replace(/^(\S+)/u, '$1s');

/**
 * Not a word of prose: a variant inside an e-mail or web address, a file name or a longer word
 * (`mailbox`, `info@email.ca`, `mail.example.ca`) is left alone.
 */
const BEFORE = String.raw`(?<![\p{L}\p{N}@._/-])`;
const AFTER = String.raw`(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])`;

interface Compiled {
  regex: RegExp;
  entry: TermEntry;
}

const cache = new WeakMap<readonly TermEntry[], Compiled[]>();

function compile(base: readonly TermEntry[]): Compiled[] {
  let compiled = cache.get(base);
  if (!compiled) {
    compiled = base
      .filter((e) => e.forbidden?.fr?.length)
      .map((entry) => {
        // Plural first, so `e-mails` is one match rather than `e-mail` and a stray s.
        const plurals = entry.forbidden!.fr!.map((v) => pattern(pluralOf(v)));
        const singulars = entry.forbidden!.fr!.map(pattern);
        return { entry, regex: new RegExp(`${BEFORE}(?:(${plurals.join('|')})|${singulars.join('|')})${AFTER}`, 'giu') };
      });
    cache.set(base, compiled);
  }
  return compiled;
}

/** Keeps a capital at the start of the found text (a sentence begins with it). */
function matchCase(found: string, replacement: string): string {
  return /^\p{Lu}/u.test(found) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** Forbidden French variants in `text`, each with the approved term (its plural for a plural). */
export function findForbiddenFrench(text: string, base: readonly TermEntry[]): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const { regex, entry } of compile(base)) {
    for (const m of text.matchAll(regex)) {
      // One regex per entry, variants joined: a match of the first group is a plural.
      const plural = m[1] !== undefined;
      const approved = plural ? (entry.fr.plural ?? pluralOf(entry.fr.term)) : entry.fr.term;
      matches.push({ start: m.index!, end: m.index! + m[0].length, found: m[0], replacement: matchCase(m[0], approved), entry });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
