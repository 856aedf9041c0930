import { isMap } from 'yaml';
import type { Node } from 'yaml';
import type { Finding } from '../findings';
import type { Clause, Localized } from './clauseTypes';
import { schemaErrorsToFindings, schemaValidators } from './clauseSchemas';
import { parseYamlSource, problemAt } from './yamlSource';

export interface SourceCollection {
  id: string;
  title: Localized;
  url?: string | Localized;
  coverageRequired: boolean;
}

export interface SourceEntry {
  id: string;
  collection: string;
  number?: number;
  section?: Localized;
  title: Localized;
  url?: string | Localized;
}

export interface SourceRegistry {
  collections: SourceCollection[];
  sources: SourceEntry[];
}

/** The registry file's name in a clause folder; it is data about clauses, not a clause file. */
export const SOURCES_FILE = 'sources.yaml';

/**
 * Which files of a clause folder hold clauses: YAML or JSON, not the source registry, not
 * profiles (a `profiles/` sub-folder). Paths are relative to the folder, `/`-separated.
 */
export function isClauseFilePath(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  const name = parts[parts.length - 1];
  if (parts.includes('profiles')) return false;
  if (name === SOURCES_FILE) return false;
  return /\.(ya?ml|json)$/i.test(name);
}

export function loadSourceRegistry(path: string, text: string): { registry: SourceRegistry | null; problems: Finding[] } {
  const { source, problems } = parseYamlSource(path, text);
  if (problems.length > 0) return { registry: null, problems };
  const node = source.doc.contents as Node | null;
  if (!isMap(node)) return { registry: null, problems: [problemAt(source, 0, text.length, 'error', 'clauses.invalidValue', { field: path, detail: 'mapping expected' })] };
  const value = node.toJSON() as unknown;
  const validate = schemaValidators().sources;
  if (!validate(value)) return { registry: null, problems: schemaErrorsToFindings(source, node, validate.errors, 'sources') };
  return { registry: value as SourceRegistry, problems: [] };
}

export interface CoverageRow {
  source: SourceEntry;
  /** Ids of the clauses that cite the source. */
  clauses: string[];
}

/** For each source of a collection that must be covered, the clauses citing it (possibly none). */
export function sourceCoverage(clauses: readonly Clause[], registry: SourceRegistry): CoverageRow[] {
  const required = new Set(registry.collections.filter((c) => c.coverageRequired).map((c) => c.id));
  return registry.sources
    .filter((s) => required.has(s.collection))
    .map((source) => ({ source, clauses: clauses.filter((c) => c.sources.includes(source.id)).map((c) => c.id) }));
}
