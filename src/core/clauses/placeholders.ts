/** `{{name}}`: the only placeholder form; the same names must appear in both languages. */
export const PLACEHOLDER_PATTERN = /\{\{([a-z][a-z0-9_]*)\}\}/g;

export interface PlaceholderUse {
  name: string;
  /** Offset of the opening braces in the text. */
  offset: number;
  length: number;
}

export function findPlaceholders(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) uses.push({ name: m[1], offset: m.index ?? 0, length: m[0].length });
  return uses;
}

/** Distinct names in order of first use (that order numbers the snippet tab stops). */
export function placeholderNames(text: string): string[] {
  return [...new Set(findPlaceholders(text).map((u) => u.name))];
}
