import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText, resolveConfig, type ConfigProblem } from '../core/config/loadConfig';
import { CONFIG_FILE_NAME, type ResolvedConfig } from '../core/config/configTypes';

/** The nearest configuration file at or above `start` (a file or a folder). */
export function findConfigFile(start: string): string | undefined {
  let dir = path.resolve(start);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Loads and resolves a configuration file from disk; without one, defaults rooted at `fallbackRoot`.
 * Problems (unreadable file, bad JSON, unknown key, wrong type) come back with their positions.
 */
export function loadConfigFile(file: string | undefined, fallbackRoot: string): { config: ResolvedConfig; problems: ConfigProblem[] } {
  if (!file) {
    const { resolved } = resolveConfig({}, fallbackRoot, undefined, () => '');
    return { config: resolved, problems: [] };
  }
  const abs = path.resolve(file);
  const root = path.dirname(abs);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const { resolved } = resolveConfig({}, root, abs, () => '');
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message;
    return { config: resolved, problems: [{ file: abs, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, messageId: 'configUnreadable', args: { reason } }] };
  }
  const parsed = parseConfigText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, abs);
  const { resolved, problems } = resolveConfig(parsed.config, root, abs, (relative) => fs.readFileSync(path.join(root, relative), 'utf8'));
  return { config: resolved, problems: [...parsed.problems, ...problems] };
}
