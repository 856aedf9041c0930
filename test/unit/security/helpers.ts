import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A secret beside the project, where a hostile configuration would reach: `outside/secret.txt`. */
export const SECRET = 'root:*:20200:0:99999:7:::\nsecret-token-4f1d\n';

/**
 * A sandbox with a project folder (the repository under check) and, beside it, an `outside`
 * folder holding what the repository must never make the checker read.
 */
export function sandbox(project: Record<string, string>): { dir: string; project: string; outside: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-hostile-'));
  const projectDir = join(dir, 'project');
  const outside = join(dir, 'outside');
  mkdirSync(projectDir);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(outside, 'secret.md'), `# ${SECRET}`);
  mkdirSync(join(outside, 'clauses'));
  writeFileSync(join(outside, 'clauses', 'leak.yaml'), SECRET);
  for (const [path, text] of Object.entries(project)) {
    mkdirSync(dirname(join(projectDir, path)), { recursive: true });
    writeFileSync(join(projectDir, path), text);
  }
  return { dir, project: projectDir, outside, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether any part of the secret shows in a text. */
export function leaks(text: string): boolean {
  return text.includes('root:') || text.includes('secret-token') || text.includes('20200');
}

export const PAIR = { 'a.en.md': '# Title\n\nText.\n', 'a.fr.md': '# Titre\n\nTexte.\n' };
