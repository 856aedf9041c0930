import type { Clause, ClauseParameter, Lang, ParameterValue } from './clauseTypes';
import { formatParameterValue } from './formatValue';
import { PLACEHOLDER_PATTERN, placeholderNames } from './placeholders';

export type ParameterValues = Readonly<Record<string, ParameterValue | undefined>>;

export interface FilledText {
  text: string;
  /** Placeholders left as `{{name}}` because no value and no default was known. */
  missing: string[];
}

/** Given values first, then each parameter's default. */
export function effectiveValues(parameters: readonly ClauseParameter[], values: ParameterValues): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const p of parameters) if (p.default !== undefined) out[p.name] = p.default;
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') out[name] = value;
  return out;
}

/** Replaces every `{{name}}` with its value written the language's way. */
export function fillTemplate(
  template: string,
  lang: Lang,
  values: ParameterValues,
  parameters: readonly ClauseParameter[] = [],
): FilledText {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const all = effectiveValues(parameters, values);
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    const value = all[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return formatParameterValue(value, lang, byName.get(name));
  });
  return { text, missing: [...missing] };
}

export function fillClause(clause: Clause, lang: Lang, values: ParameterValues = {}): FilledText {
  return fillTemplate(clause.body[lang], lang, values, clause.parameters);
}

/** Escapes text for a VS Code snippet: `$`, `}` and `\` would otherwise be syntax. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * The template as a snippet: each parameter becomes a tab stop (numbered by first use, the
 * same number wherever the name recurs so edits mirror) pre-filled with its value, or with
 * its label in the language (its name when it has none); `$0` leaves the cursor after the clause.
 */
export function templateToSnippet(
  template: string,
  lang: Lang,
  values: ParameterValues,
  parameters: readonly ClauseParameter[] = [],
): string {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const all = effectiveValues(parameters, values);
  const stops = new Map(placeholderNames(template).map((name, i) => [name, i + 1]));
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER_PATTERN)) {
    const at = m.index ?? 0;
    out += escapeSnippetText(template.slice(last, at));
    const name = m[1];
    const value = all[name];
    const shown = value === undefined ? (byName.get(name)?.label?.[lang] ?? name) : formatParameterValue(value, lang, byName.get(name));
    out += `\${${stops.get(name)}:${escapeSnippetText(shown)}}`;
    last = at + m[0].length;
  }
  out += escapeSnippetText(template.slice(last));
  return out + '$0';
}

export function clauseToSnippet(clause: Clause, lang: Lang, values: ParameterValues = {}): string {
  return templateToSnippet(clause.body[lang], lang, values, clause.parameters);
}
