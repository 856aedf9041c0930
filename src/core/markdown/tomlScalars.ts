/** A top-level `key = value` line of TOML front matter, with the value read as a scalar. */
export interface TomlScalar {
  key: string;
  value: unknown;
  /** Offset of the key in the TOML text. */
  index: number;
}

/**
 * The top-level scalars of TOML front matter (Hugo's `+++` blocks), without a TOML parser:
 * `key = "text"`, `'text'`, numbers, booleans, dates (kept as written). Keys below a table
 * header (`[params]`) belong to that table, not to the page, and are left out.
 */
export function tomlScalars(text: string): TomlScalar[] {
  const out: TomlScalar[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:(\[[^\n]*)|(["']?)([\w.-]+)\2[ \t]*=[ \t]*(.*))$/gm)) {
    if (m[1] !== undefined) break;
    out.push({ key: m[3], value: tomlValue(m[4].trim()), index: m.index! + m[0].indexOf(m[3]) });
  }
  return out;
}

function tomlValue(raw: string): unknown {
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(raw);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/\\(["\\])/g, '$1') : quoted[2];
  const bare = raw.replace(/\s+#.*$/, '');
  if (bare === 'true' || bare === 'false') return bare === 'true';
  if (/^[+-]?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?$/.test(bare)) return Number(bare.replace(/_/g, ''));
  return bare;
}
