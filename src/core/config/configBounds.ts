/**
 * Bounds on what a configuration may ask for. The configuration comes from the repository being
 * checked, which may be a stranger's pull request: it must not be able to make the checker
 * spend minutes on one glob, exhaust the stack with nested brackets or the heap with entries.
 * Sizes and counts live in the schema (maxItems, maxProperties, maxLength); what a schema cannot
 * say is here.
 */

/** Largest configuration file read, in bytes (a real one is a few kilobytes). */
export const MAX_CONFIG_FILE_SIZE = 1024 * 1024;
/** Largest pairs file read, in bytes (50 000 pairs of long paths fit). */
export const MAX_PAIRS_FILE_SIZE = 16 * 1024 * 1024;
/** Most pairs a pairs file may hold (the schema says the same of the inline map). */
export const MAX_PAIRS = 50_000;
/** Deepest nesting of brackets in a configuration or pairs file (a real one nests four deep). */
export const MAX_JSON_DEPTH = 64;
/** Most `*` wildcards in one path segment of a glob: each one multiplies the matcher's backtracking by the name's length. */
export const MAX_STARS_PER_SEGMENT = 3;
/** Most `**` segments in one glob. */
export const MAX_GLOBSTARS = 5;
/** Most brace and extended-glob groups in one glob. */
export const MAX_GLOB_GROUPS = 8;

/**
 * Why a glob is refused, or undefined: too many wildcards in a segment (a matcher that
 * backtracks takes minutes on `a*a*a*a*a*c.md`), too many `**`, too many groups, or a path that
 * climbs out of the configuration's folder (`..`, absolute).
 */
export function globProblem(pattern: string): 'globStars' | 'globGlobstars' | 'globGroups' | 'globOutside' | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const segments = body.replace(/\\/g, '/').split('/');
  if (body.startsWith('/') || /^[a-zA-Z]:/.test(body) || segments.includes('..')) return 'globOutside';
  let globstars = 0;
  for (const segment of segments) {
    if (segment === '**') {
      globstars++;
      continue;
    }
    let stars = 0;
    for (let i = 0; i < segment.length; i++) {
      if (segment[i] !== '*') continue;
      stars++;
      while (segment[i + 1] === '*') i++; // `**` inside a segment is one star
    }
    if (stars > MAX_STARS_PER_SEGMENT) return 'globStars';
  }
  if (globstars > MAX_GLOBSTARS) return 'globGlobstars';
  let groups = 0;
  for (let i = 0; i < body.length; i++) if (body[i] === '{' || (body[i] === '(' && i > 0 && '@!?*+'.includes(body[i - 1]))) groups++;
  if (groups > MAX_GLOB_GROUPS) return 'globGroups';
  return undefined;
}

/**
 * The offset where a JSON text (comments allowed) nests deeper than `limit`, or -1. One linear
 * pass, strings and comments skipped: the parser is recursive and would exhaust the stack.
 */
export function jsonDepthOverflow(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}
