/** Month names and abbreviations, English and French, to their number (1–12). */
const MONTHS: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'janvier', 'janv']],
  [2, ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr']],
  [3, ['march', 'mar', 'mars']],
  [4, ['april', 'apr', 'avril', 'avr']],
  [5, ['may', 'mai']],
  [6, ['june', 'jun', 'juin']],
  [7, ['july', 'jul', 'juillet', 'juill']],
  [8, ['august', 'aug', 'août', 'aout']],
  [9, ['september', 'sept', 'sep', 'septembre']],
  [10, ['october', 'oct', 'octobre']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'décembre', 'decembre', 'déc']],
];

const byName = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) byName.set(name, n);

/** Alternation for a regular expression, longest names first so `sept` wins over `sep`. */
export const MONTH_PATTERN = [...byName.keys()].sort((a, b) => b.length - a.length).join('|');

export function monthNumber(name: string): number | undefined {
  return byName.get(name.toLowerCase().replace(/\.$/, ''));
}
