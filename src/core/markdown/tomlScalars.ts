/** A top-level key of TOML front matter, where it is written, and its value when it is a scalar on its line. */
export interface TomlScalar {
  key: string;
  /** A string, number or boolean as written; a date as written; undefined for a table or a value spread over lines. */
  value: unknown;
  /** Offset of the key in the TOML text. */
  index: number;
}

/**
 * Where the top-level keys of TOML front matter (Hugo's `+++` blocks) are written, which the
 * TOML parser does not say: `key = value` lines before the first table, then each table's
 * name (`[params]`, `[[menu.main]]`) once. The values come from the parser (frontMatter.ts);
 * the scalars read here stand in when the block does not parse.
 */
export function tomlScalars(text: string): TomlScalar[] {
  const out: TomlScalar[] = [];
  const seen = new Set<string>();
  let inTable = false;
  for (const m of text.matchAll(/^[ \t]*(?:\[\[?[ \t]*(["']?)([\w-]+)\1[^\n]*|(["']?)([\w-]+)\3[ \t]*=[ \t]*(.*))$/gm)) {
    if (m[2] !== undefined) {
      inTable = true;
      if (!seen.has(m[2])) out.push({ key: m[2], value: undefined, index: m.index! + m[0].indexOf(m[2]) });
      seen.add(m[2]);
    } else if (!inTable && !seen.has(m[4])) {
      seen.add(m[4]);
      out.push({ key: m[4], value: tomlValue(m[5].trim()), index: m.index! + m[0].indexOf(m[4]) });
    }
  }
  return out;
}

function tomlValue(raw: string): unknown {
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(raw);
  if (quoted && !/^("""|''')/.test(raw)) return quoted[1] !== undefined ? quoted[1].replace(/\\(["\\])/g, '$1') : quoted[2];
  const bare = raw.replace(/\s+#.*$/, '');
  if (bare === 'true' || bare === 'false') return bare === 'true';
  if (/^[+-]?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?$/.test(bare)) return Number(bare.replace(/_/g, ''));
  // An array, an inline table or a multi-line string: the parser's value is the one to use.
  if (/^[[{]|^("""|''')/.test(bare)) return undefined;
  return bare;
}
