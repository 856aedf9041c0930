import { isAbsolutePosix, normalizePosix, relativePosix } from '../text/paths';

/**
 * Where a path written in the repository's configuration lands. The repository may be a
 * stranger's pull request, so a path that climbs out of the configuration's folder (`..`, an
 * absolute path) is refused unless it falls in a folder the user allowed outside the repository
 * (a command-line flag or a user setting, never the repository itself). This is the lexical
 * check; front ends that read the disk also resolve symbolic links before reading.
 *
 * `root` and `allowed` are absolute; `base` is the root-relative folder the path is written from.
 * Returns the root-relative path (with `/`, possibly `../…` when allowed), or undefined.
 */
export function confinePath(root: string, path: string, allowed: readonly string[] = [], base = ''): string | undefined {
  const relative = isAbsolutePosix(path) ? relativePosix(root, path) : normalizePosix(base ? `${base}/${path}` : path);
  if (!climbsOut(relative)) return relative;
  const absolute = isAbsolutePosix(path) ? path : `${root}/${relative}`;
  return allowed.some((folder) => !climbsOut(relativePosix(folder, absolute))) ? relative : undefined;
}

/** Whether a normalised relative path leaves its folder. */
export function climbsOut(relative: string): boolean {
  return relative === '..' || relative.startsWith('../');
}
