import { readToml } from '../markdown/readToml';
import { tomlScalars } from '../markdown/tomlScalars';
import { MAX_ALIAS_COUNT } from '../markdown/frontMatter';
import { parseFrontMatterYaml } from '../markdown/frontMatterYaml';

const FENCED = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TOML = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/**
 * The front matter data of a file, read without parsing the Markdown, for pairing. Broken YAML
 * gives undefined here; the full parse reports it with its line.
 */
export function quickFrontMatter(text: string): Record<string, unknown> | undefined {
  const toml = TOML.exec(text);
  // Hugo's TOML front matter: its top-level values are what pairing and routing read.
  if (toml) {
    const parsed = readToml(toml[1]);
    return 'data' in parsed ? parsed.data : Object.fromEntries(tomlScalars(toml[1]).map((s) => [s.key, s.value]));
  }
  const m = FENCED.exec(text);
  if (!m) return undefined;
  try {
    // yaml's parse(): the data of a document without errors (the parsed tree is kept for the full parse).
    const doc = parseFrontMatterYaml(m[1]);
    if (doc.errors.length > 0) return undefined;
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
