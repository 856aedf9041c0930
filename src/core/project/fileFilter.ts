import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/configTypes';

/** Decides from a root-relative path (with `/`) whether a file is one to check. */
export function createFileFilter(config: Pick<ResolvedConfig, 'include' | 'ignore'>): (path: string) => boolean {
  const included = picomatch(config.include, { dot: true, nocase: true });
  const ignored = picomatch(config.ignore, { dot: true });
  return (path) => included(path) && !ignored(path);
}

/**
 * Whether a folder met while walking is skipped whole: ignored by the configuration, or hidden
 * (`.git`, `.vscode-test`, …) — a hidden folder is checked only when named explicitly.
 */
export function createFolderFilter(config: Pick<ResolvedConfig, 'ignore'>): (path: string) => boolean {
  const ignored = picomatch(config.ignore, { dot: true });
  return (path) => path.slice(path.lastIndexOf('/') + 1).startsWith('.') || ignored(`${path}/`) || ignored(`${path}/x`);
}

/** Whether a workspace-relative path goes through a hidden folder (`.git/…`, `docs/.drafts/…`). */
export function isInHiddenFolder(path: string): boolean {
  return path.split('/').slice(0, -1).some((segment) => segment.startsWith('.') && segment !== '..' && segment !== '.');
}
