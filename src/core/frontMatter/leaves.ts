import { MAX_FRONT_MATTER_DEPTH, type FrontMatter, type FrontMatterKey } from '../markdown/frontMatter';
import type { Range } from '../text/position';
import { leafPath } from './fieldName';

/** A scalar value of the front matter at any depth (`partner.url`, `links.0.href`). */
export interface FrontMatterLeaf {
  /** Its path with each key in matching form (case set aside), for finding its counterpart. */
  path: string;
  /** The name of the innermost key (`url` in `partner.url`); the enclosing key for a list item. */
  name: string;
  value: unknown;
  /** The top-level key it sits under. */
  top: FrontMatterKey;
  /** Where it is written: its own key (or list item) when known, else its top-level key. */
  range: Range;
}

/** Every scalar value of a front matter block, nested ones included, with where it is written. */
export function frontMatterLeaves(fm: FrontMatter | undefined): FrontMatterLeaf[] {
  if (!fm) return [];
  const out: FrontMatterLeaf[] = [];
  const walk = (value: unknown, path: string, name: string, top: FrontMatterKey, depth: number) => {
    if (value === null || value === undefined || depth > MAX_FRONT_MATTER_DEPTH + 1) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, leafPath(path, i), name, top, depth + 1));
    else if (typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, leafPath(path, k), k, top, depth + 1);
    } else out.push({ path, name, value, top, range: fm.leafRanges.get(path) ?? top.range });
  };
  for (const key of fm.keys) walk(Object.prototype.hasOwnProperty.call(fm.data, key.key) ? fm.data[key.key] : key.value, leafPath(undefined, key.key), key.key, key, 0);
  return out;
}

/** The leaves of the other file by path, for pairing them with `frontMatterLeaves`' (the first of a path wins). */
export function leavesByPath(leaves: readonly FrontMatterLeaf[]): Map<string, FrontMatterLeaf> {
  const map = new Map<string, FrontMatterLeaf>();
  for (const leaf of leaves) if (!map.has(leaf.path)) map.set(leaf.path, leaf);
  return map;
}
