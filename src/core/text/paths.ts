/** Posix-style path helpers for workspace-relative paths (`/` everywhere, no `..` left). */
export function normalizePosix(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push('..');
    } else parts.push(part);
  }
  return parts.join('/');
}

export function dirnamePosix(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function joinPosix(...parts: string[]): string {
  return normalizePosix(parts.filter((p) => p !== '').join('/'));
}

export function isAbsolutePosix(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}

/** `target` relative to the folder `from`, both absolute, with `/`. */
export function relativePosix(from: string, target: string): string {
  const a = normalizePosix(from.replace(/^[a-zA-Z]:/, '')).split('/').filter(Boolean);
  const b = normalizePosix(target.replace(/^[a-zA-Z]:/, '')).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
