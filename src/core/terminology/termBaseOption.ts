import type { CheckOptions } from '../parity/pairContext';
import { TERM_BASE, type TermEntry } from './termBase';

/** The term base a check uses: the configuration's (built-in entries merged with a team's file), else the built-in one. */
export function termBaseOf(options: Pick<CheckOptions, 'terms'>): readonly TermEntry[] {
  return options.terms ?? TERM_BASE;
}
