import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { planProject } from '../../../src/core/project/checkProject';

/** The real corpora beside the project (../shared/corpora); a checkout elsewhere has none. */
export const CORPORA = resolve(__dirname, '../../../../shared/corpora');

/** Every Markdown file below `dir` (hidden entries and node_modules left out), with its text. */
export function markdownFiles(dir: string, rel = ''): Array<{ path: string; text: string }> {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const p = rel ? `${rel}/${name}` : name;
    if (name.startsWith('.') || name === 'node_modules') return [];
    if (statSync(join(dir, p)).isDirectory()) return markdownFiles(dir, p);
    return /\.md$/.test(name) ? [{ path: p, text: readFileSync(join(dir, p), 'utf8') }] : [];
  });
}

/** A tree planned as the CLI plans it with no configuration: its files' text and its pairs. */
export function plannedCorpus(dir: string): { text: Map<string, string>; plan: ReturnType<typeof planProject> } {
  const files = markdownFiles(dir);
  const { resolved } = resolveConfig({}, dir, undefined, () => {
    throw new Error('no pairs file');
  });
  return { text: new Map(files.map((f) => [f.path, f.text])), plan: planProject(files, resolved) };
}
