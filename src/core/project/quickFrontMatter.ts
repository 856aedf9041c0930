import { parse } from 'yaml';

const FENCED = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The front matter data of a file, read without parsing the Markdown, for pairing. Broken YAML
 * gives undefined here; the full parse reports it with its line.
 */
export function quickFrontMatter(text: string): Record<string, unknown> | undefined {
  const m = FENCED.exec(text);
  if (!m) return undefined;
  try {
    const data = parse(m[1], { maxAliasCount: 100 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
