import type { CheckOptions } from '../parity/pairContext';
import { mergeTermBases, TERM_BASE, type TermEntry } from './termBase';

/** The term base a check uses: the configuration's (built-in entries merged with a team's file), else the built-in one. */
export function termBaseOf(options: Pick<CheckOptions, 'terms'>): readonly TermEntry[] {
  return options.terms ?? TERM_BASE;
}

const merged = new WeakMap<readonly TermEntry[], readonly TermEntry[]>();

/** The built-in base merged with a team's entries, once per list of entries (its compiled patterns are kept with it). */
export function teamTermBase(team: readonly TermEntry[]): readonly TermEntry[] {
  let base = merged.get(team);
  if (!base) merged.set(team, (base = mergeTermBases(TERM_BASE, team)));
  return base;
}
