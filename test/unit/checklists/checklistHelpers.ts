import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import type { ParsedDocument } from '../../../src/core/markdown/documentModel';
import type { LibraryFolder } from '../../../src/core/libraries/librarySpec';
import { ROOT } from '../clauses/shippedLibrary';

/** The bundled folder `name` (checklists/, templates/) as a front end reads it: its YAML and JSON files, by name. */
export function bundledFolder(name: string): LibraryFolder {
  const dir = join(ROOT, name);
  const files = readdirSync(dir)
    .filter((n) => /\.(ya?ml|json)$/.test(n))
    .sort()
    .map((n) => ({ path: `${name}/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
  return { folder: name, files };
}

/** The bundled checklists folder as a front end reads it. */
export function bundledChecklists(): LibraryFolder {
  return bundledFolder('checklists');
}

export function doc(text: string, lang: 'en' | 'fr' = 'en', path = `page.${lang}.md`): ParsedDocument {
  return buildDocument(path, text, lang);
}
