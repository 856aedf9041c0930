import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadClauseLibrary, type ClauseLibrary } from '../../../src/core/clauses/loadClauseLibrary';
import { loadClauseProfiles, type ProfileSet } from '../../../src/core/clauses/loadClauseProfiles';
import { isClauseFilePath, loadSourceRegistry, type SourceRegistry } from '../../../src/core/clauses/clauseSources';
import type { ClauseFileInput } from '../../../src/core/clauses/clauseTypes';

/** Test helper: reads the library shipped in clauses/ the way a front end would. */
export const ROOT = join(__dirname, '..', '..', '..');
export const CLAUSES_DIR = join(ROOT, 'clauses');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures', 'clauses');

function readTree(dir: string, base: string): ClauseFileInput[] {
  const out: ClauseFileInput[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readTree(full, base));
    else out.push({ path: relative(ROOT, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function shippedClauseFiles(): ClauseFileInput[] {
  return readTree(CLAUSES_DIR, CLAUSES_DIR).filter((f) => isClauseFilePath(relative('clauses', f.path)));
}

export function shippedProfileFiles(): ClauseFileInput[] {
  return readTree(join(CLAUSES_DIR, 'profiles'), CLAUSES_DIR);
}

let cache: { library: ClauseLibrary; profiles: ProfileSet; registry: SourceRegistry } | undefined;

export function shipped(): { library: ClauseLibrary; profiles: ProfileSet; registry: SourceRegistry } {
  if (cache) return cache;
  const sourcesPath = join(CLAUSES_DIR, 'sources.yaml');
  const { registry, problems } = loadSourceRegistry('clauses/sources.yaml', readFileSync(sourcesPath, 'utf8'));
  if (!registry) throw new Error(`sources.yaml does not load: ${JSON.stringify(problems)}`);
  const library = loadClauseLibrary([{ folder: 'clauses', files: shippedClauseFiles() }], {
    knownSources: new Set(registry.sources.map((s) => s.id)),
  });
  const profiles = loadClauseProfiles([{ folder: 'clauses/profiles', files: shippedProfileFiles() }]);
  cache = { library, profiles, registry };
  return cache;
}

/** 0-based line of the first occurrence of `needle` in `text` (fails loudly if absent). */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, at).split('\n').length - 1;
}

export function fixture(name: string): ClauseFileInput {
  return { path: `test/fixtures/clauses/${name}`, text: readFileSync(join(FIXTURES_DIR, name), 'utf8') };
}
