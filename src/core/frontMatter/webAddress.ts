/**
 * A front matter value that is a web address the links rule can compare: an absolute http(s)
 * address or a path from the site's root (`/images/x.png`). Anything else (a layout name, a
 * relative file name) is an ordinary value.
 */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return !/\s/.test(v) && (/^https?:\/\/[^/\s]+/i.test(v) || /^\/(?!\/)\S/.test(v));
}
