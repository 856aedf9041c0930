import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/configTypes';

/** Decides from a root-relative path (with `/`) whether a file is one to check. */
export function createFileFilter(config: Pick<ResolvedConfig, 'include' | 'ignore'>): (path: string) => boolean {
  const included = picomatch(config.include, { dot: false, nocase: true });
  const ignored = picomatch(config.ignore, { dot: true });
  return (path) => included(path) && !ignored(path);
}

/** Whether a folder can be skipped whole while walking (saves reading node_modules). */
export function createFolderFilter(config: Pick<ResolvedConfig, 'ignore'>): (path: string) => boolean {
  const ignored = picomatch(config.ignore, { dot: true });
  return (path) => ignored(`${path}/`) || ignored(`${path}/x`);
}
