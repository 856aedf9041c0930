/**
 * Whether two date keys (see extractNumbers) name the same day although one layout leaves
 * the year out: `d:-12-02` (`le 2 décembre`) and `d:2019-12-02` (`December 2, 2019`).
 */
export function sameDate(a: string, b: string): boolean {
  if (!a.startsWith('d:') || !b.startsWith('d:')) return false;
  const x = /^d:(\d{4}|-)-(\d{2})-(\d{2})$/.exec(a);
  const y = /^d:(\d{4}|-)-(\d{2})-(\d{2})$/.exec(b);
  if (!x || !y) return false;
  if (x[1] !== '-' && y[1] !== '-') return false;
  return x[2] === y[2] && x[3] === y[3];
}
