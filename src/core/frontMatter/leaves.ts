import type { FrontMatter, FrontMatterKey } from '../markdown/frontMatter';
import { fieldKey } from './fieldName';

/** A scalar value of the front matter at any depth (`partner.url`, `links.0.href`). */
export interface FrontMatterLeaf {
  /** Its path with each key in matching form (case set aside), for finding its counterpart. */
  path: string;
  /** The name of the innermost key (`url` in `partner.url`); the top key for a list item. */
  name: string;
  value: unknown;
  /** The top-level key it sits under: where a finding about it is reported. */
  top: FrontMatterKey;
}

/** Nested values below this depth are configuration, not page data; the walk stops there. */
const MAX_DEPTH = 6;

/** Every scalar value of a front matter block, nested ones included, with the key to report at. */
export function frontMatterLeaves(fm: FrontMatter | undefined): FrontMatterLeaf[] {
  if (!fm) return [];
  const out: FrontMatterLeaf[] = [];
  const walk = (value: unknown, path: string, name: string, top: FrontMatterKey, depth: number) => {
    if (value === null || value === undefined || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`, name, top, depth + 1));
    else if (typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${path}.${fieldKey(k)}`, k, top, depth + 1);
    } else out.push({ path, name, value, top });
  };
  for (const key of fm.keys) walk(Object.prototype.hasOwnProperty.call(fm.data, key.key) ? fm.data[key.key] : key.value, fieldKey(key.key), key.key, key, 0);
  return out;
}

/** The leaves of the other file by path, for pairing them with `frontMatterLeaves`' (the first of a path wins). */
export function leavesByPath(leaves: readonly FrontMatterLeaf[]): Map<string, FrontMatterLeaf> {
  const map = new Map<string, FrontMatterLeaf>();
  for (const leaf of leaves) if (!map.has(leaf.path)) map.set(leaf.path, leaf);
  return map;
}
