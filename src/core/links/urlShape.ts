import type { UrlParts } from './urlParts';

/**
 * Two paths of the same shape: as many segments, the same query parameters, and in each
 * segment or value the same file extension and the same numbers (dates, ids, versions); only
 * the words of the slugs may differ (`/services/jobs.html` ↔ `/services/emplois.html`).
 */
export function sameShape(a: UrlParts, b: UrlParts): boolean {
  if (a.segments.length !== b.segments.length || a.query.length !== b.query.length) return false;
  if (!a.segments.every((s, i) => sameSegmentShape(s, b.segments[i]))) return false;
  return a.query.every(([k, v], i) => b.query[i][0] === k && sameSegmentShape(v, b.query[i][1]));
}

function sameSegmentShape(x: string, y: string): boolean {
  if (x === y) return true;
  if (extension(x) !== extension(y) || numbers(x) !== numbers(y)) return false;
  return !isOpaqueId(x) && !isOpaqueId(y) && /\p{L}/u.test(x) && /\p{L}/u.test(y);
}

function extension(s: string): string {
  return /\.([a-z][a-z0-9]{0,4})$/i.exec(s)?.[1].toLowerCase() ?? '';
}

function numbers(s: string): string {
  return (s.match(/\d+/g) ?? []).map((n) => String(Number(n))).join('.');
}

/** A token that identifies something rather than describing it: `dQw4w9WgXcQ`, `3f9a2c71e0`. */
export function isOpaqueId(s: string): boolean {
  const stem = s.replace(/\.[a-z][a-z0-9]{0,4}$/i, '');
  if (!/^[A-Za-z0-9_-]+$/.test(stem) || !/\d/.test(stem) || !/[A-Za-z]/.test(stem)) return false;
  return /[a-z][A-Z]|[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]/.test(stem) || /^[0-9a-f]{8,}$/i.test(stem) || /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(stem);
}

/** The first place where two addresses differ: what is language-specific if anything is. */
export interface Slot {
  /** The address around the slot, `{}` at the slot: the same in every use of the account. */
  context: string;
  en: string;
  fr: string;
}

/**
 * The first path segment (or, paths being equal, query value) where the English and the French
 * address differ, when both values hold a letter (a handle, a list id, a file id; a number or a
 * date that differs is never an account). What follows the slot belongs to the account.
 */
export function firstSlot(host: string, en: UrlParts, fr: UrlParts): Slot | undefined {
  const n = Math.min(en.segments.length, fr.segments.length);
  let i = 0;
  while (i < n && en.segments[i] === fr.segments[i]) i++;
  if (i < n) return slotOf(`${host}/${en.segments.slice(0, i).join('/')}/{}`, en.segments[i], fr.segments[i]);
  if (en.segments.length !== fr.segments.length || en.query.length !== fr.query.length) return undefined;
  const j = en.query.findIndex(([k, v], q) => fr.query[q][0] !== k || fr.query[q][1] !== v);
  if (j < 0 || fr.query[j][0] !== en.query[j][0]) return undefined;
  const others = en.query.filter((_, q) => q !== j);
  if (!others.every(([k, v]) => fr.query.some(([k2, v2]) => k2 === k && v2 === v))) return undefined;
  const context = `${host}/${en.segments.join('/')}?${others.map(([k, v]) => `${k}=${v}`).join('&')}&${en.query[j][0]}={}`;
  return slotOf(context, en.query[j][1], fr.query[j][1]);
}

function slotOf(context: string, en: string, fr: string): Slot | undefined {
  if (!/\p{L}/u.test(en) || !/\p{L}/u.test(fr)) return undefined;
  return { context, en, fr };
}
