import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText, resolveConfig, type ConfigProblem } from '../core/config/loadConfig';
import { CONFIG_FILE_NAME, type ResolvedConfig } from '../core/config/configTypes';
import { MAX_CONFIG_FILE_SIZE, MAX_PAIRS_FILE_SIZE } from '../core/config/configBounds';
import { readErrorReason } from '../core/project/loadSource';
import type { MessageArgs } from '../core/findings';
import { Confinement } from './fs/confinement';
import { readRegularText } from './fs/readRegularFile';

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
 * The file and the pairs file it names are read as regular files within a size limit; the pairs
 * file must lie in the configuration's folder (symbolic links resolved) or in one of
 * `allowedOutside`, the folders the user allowed on the command line.
 */
export function loadConfigFile(file: string | undefined, fallbackRoot: string, allowedOutside: readonly string[] = []): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const options = { allowedOutside: allowedOutside.map((f) => path.resolve(f)) };
  if (!file) {
    const { resolved } = resolveConfig({}, fallbackRoot, undefined, () => '', options);
    return { config: resolved, problems: [] };
  }
  const abs = path.resolve(file);
  const root = path.dirname(abs);
  const confinement = new Confinement([root, ...options.allowedOutside]);
  let text: string;
  try {
    // A configuration that is a link to a file elsewhere (`/etc/shadow`) is not read either.
    confinement.check(abs);
    text = readRegularText(abs, MAX_CONFIG_FILE_SIZE);
  } catch (e) {
    const { resolved } = resolveConfig({}, root, abs, () => '', options);
    const code = (e as NodeJS.ErrnoException).code;
    const reason: MessageArgs[string] = code === 'ENOENT' ? 'file not found' : code === 'ETOOLARGE' ? { messageId: 'configTooLarge', args: { limit: MAX_CONFIG_FILE_SIZE } } : readErrorReason(code, (e as Error).message);
    return { config: resolved, problems: [{ file: abs, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, messageId: 'configUnreadable', args: { reason } }] };
  }
  const parsed = parseConfigText(text, abs);
  const readPairs = (relative: string) => {
    const target = path.resolve(root, relative);
    confinement.check(target);
    return readRegularText(target, MAX_PAIRS_FILE_SIZE);
  };
  const { resolved, problems } = resolveConfig(parsed.config, root, abs, readPairs, { ...options, configText: text });
  return { config: resolved, problems: [...parsed.problems, ...problems] };
}
