import { PLACEHOLDER_PATTERN } from './placeholders';

/** Longest value a placeholder takes, in characters (a value also stays on one line). */
const MAX_VALUE = 300;
/** Most value choices tried when repeated placeholders must repeat the same value. */
const SEARCH_BUDGET = 50_000;

type Part = { kind: 'literal'; re: RegExp } | { kind: 'value'; name: string; repeat: boolean };

const cache = new Map<string, Part[]>();

/**
 * The values of the placeholders if `text` is `template` with values put in (whitespace may
 * differ: any run matches any run), or undefined. The regular expression this replaces
 * (`(?<a>[^\n]{1,300}?)` per placeholder) backtracked exponentially on a template of adjacent
 * placeholders or on a text that repeats the words between them; a clause file comes from the
 * repository, so that was minutes of work it could ask for. Here a backward pass marks, for
 * each part and each position, whether the rest of the template can still match from there
 * (linear in the text for each part), and the values are then read forwards, each the shortest
 * that lets the rest match, as the lazy groups chose. Only a repeated placeholder, which must
 * repeat its first value, can send the reading back; that search is bounded, and a text it
 * cannot settle within the bound counts as not matching.
 */
export function matchTemplate(text: string, template: string): Record<string, string> | undefined {
  const parts = compile(template);
  const n = text.length;
  // can[i][p]: parts i… match text[p…] to the end (repeats taken as any value here).
  const can: Uint8Array[] = new Array(parts.length + 1);
  can[parts.length] = new Uint8Array(n + 1);
  can[parts.length][n] = 1;
  const lineEnd = new Int32Array(n + 1); // first newline at or after p (n when none)
  lineEnd[n] = n;
  for (let p = n - 1; p >= 0; p--) lineEnd[p] = text.charCodeAt(p) === 10 ? p : lineEnd[p + 1];
  for (let i = parts.length - 1; i >= 0; i--) {
    const next = can[i + 1];
    const here = new Uint8Array(n + 1);
    const part = parts[i];
    if (part.kind === 'literal') {
      for (let p = 0; p <= n; p++) {
        const end = literalEnd(part.re, text, p);
        if (end >= 0 && next[end]) here[p] = 1;
      }
    } else {
      // Some p + k (1 ≤ k ≤ MAX_VALUE, no newline crossed) where the rest can match: a sum over a window.
      const sums = new Int32Array(n + 2);
      for (let q = 0; q <= n; q++) sums[q + 1] = sums[q] + next[q];
      for (let p = 0; p < n; p++) {
        const last = Math.min(p + MAX_VALUE, lineEnd[p]);
        if (last > p && sums[last + 1] - sums[p + 1] > 0) here[p] = 1;
      }
    }
    can[i] = here;
  }
  if (!can[0][0]) return undefined;
  const values: Record<string, string> = {};
  let budget = SEARCH_BUDGET;
  const read = (i: number, p: number): boolean => {
    if (i === parts.length) return p === n;
    if (--budget < 0) return false;
    const part = parts[i];
    if (part.kind === 'literal') {
      const end = literalEnd(part.re, text, p);
      return end >= 0 && can[i + 1][end] === 1 && read(i + 1, end);
    }
    if (part.repeat) {
      const value = values[part.name];
      return text.startsWith(value, p) && can[i + 1][p + value.length] === 1 && read(i + 1, p + value.length);
    }
    const last = Math.min(p + MAX_VALUE, lineEnd[p]);
    for (let end = p + 1; end <= last; end++) {
      if (!can[i + 1][end]) continue;
      values[part.name] = text.slice(p, end);
      if (read(i + 1, end)) return true;
      if (budget < 0) return false;
    }
    delete values[part.name];
    return false;
  };
  return read(0, 0) ? values : undefined;
}

/** Where a literal part that starts at `p` ends, or -1. */
function literalEnd(re: RegExp, text: string, p: number): number {
  re.lastIndex = p;
  return re.test(text) ? re.lastIndex : -1;
}

function compile(template: string): Part[] {
  const cached = cache.get(template);
  if (cached) return cached;
  const parts: Part[] = [];
  const literal = (s: string) => {
    // Words as written, any run of white space for a run of white space (line wrapping, no-break spaces).
    const source = s
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    if (source) parts.push({ kind: 'literal', re: new RegExp(source, 'uy') });
  };
  const seen = new Set<string>();
  const trimmed = template.trim();
  let last = 0;
  for (const m of trimmed.matchAll(PLACEHOLDER_PATTERN)) {
    literal(trimmed.slice(last, m.index));
    parts.push({ kind: 'value', name: m[1], repeat: seen.has(m[1]) });
    seen.add(m[1]);
    last = (m.index ?? 0) + m[0].length;
  }
  literal(trimmed.slice(last));
  cache.set(template, parts);
  return parts;
}
