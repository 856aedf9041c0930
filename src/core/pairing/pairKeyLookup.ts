import type { FilePair } from './pairFiles';

/**
 * For links between documents: maps a path of either language to the English path of its pair.
 * An exact path first; failing that, a path that ends with the given one (a link written as
 * the file's GitHub address) when exactly one paired file does.
 */
export function pairKeyLookup(pairs: FilePair[]): (path: string) => string | undefined {
  const key = new Map<string, string>();
  for (const p of pairs) {
    key.set(p.en, p.en);
    key.set(p.fr, p.en);
  }
  return (path) => {
    const exact = key.get(path);
    if (exact !== undefined || path.startsWith('..')) return exact;
    const matches = [...key.keys()].filter((p) => p.endsWith('/' + path));
    return matches.length === 1 ? key.get(matches[0]) : undefined;
  };
}
