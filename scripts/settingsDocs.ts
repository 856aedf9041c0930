// package.json's settings that mirror the configuration file, generated from its schema so the
// editor validates settings exactly as the file is validated (npm run generate; a test checks).
import { MIRRORED_SETTINGS } from '../src/core/config/settingsKeys';

type Json = Record<string, unknown>;

/** What a setting holds when the user has not set it: nothing that would override the file. */
const UNSET: Record<string, unknown> = { sourceLanguage: 'en', pairs: {}, include: [], ignore: [], rules: {}, hostPairs: {}, maxFileSize: 4194304, timeBudgetMs: 10000, policy: {}, clauseFolders: [] };

/** The schema with its `$ref`s to `#/definitions/…` written out (package.json cannot refer to another file's definitions). */
function inline(node: unknown, definitions: Json): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(n, definitions));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Json;
  if (typeof obj.$ref === 'string' && obj.$ref.startsWith('#/definitions/')) return inline(definitions[obj.$ref.slice('#/definitions/'.length)], definitions);
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, inline(v, definitions)]));
}

/** contributes.configuration.properties with the mirrored settings generated, the others kept in place. */
export function settingsProperties(schema: Json, current: Record<string, Json>): Record<string, Json> {
  const definitions = (schema.definitions ?? {}) as Json;
  const properties = schema.properties as Record<string, Json>;
  const generated: Record<string, Json> = {};
  for (const key of MIRRORED_SETTINGS) {
    const { description: _, ...rest } = inline(properties[key], definitions) as Json;
    generated[`openDataToolkit.${key}`] = { ...rest, default: UNSET[key], markdownDescription: `%config.${key}%` };
  }
  const out: Record<string, Json> = {};
  for (const key of Object.keys(generated)) out[key] = generated[key];
  for (const [key, value] of Object.entries(current)) if (!(key in generated)) out[key] = value;
  return out;
}

/** package.json's text with its mirrored settings generated. */
export function withSettings(packageText: string, schema: Json): string {
  const pkg = JSON.parse(packageText) as { contributes: { configuration: { properties: Record<string, Json> } } };
  pkg.contributes.configuration.properties = settingsProperties(schema, pkg.contributes.configuration.properties);
  return JSON.stringify(pkg, null, 2) + '\n';
}
