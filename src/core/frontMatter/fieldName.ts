/**
 * Front matter key names as the site generators read them. Hugo ignores the case of front
 * matter keys (`TranslationKey` is `translationKey`), and a key is never spelled twice with
 * only its case changed on a real site, so keys are matched without regard to case everywhere.
 */
export function fieldKey(name: string): string {
  return name.toLowerCase();
}

/** A key of the built-in lists or of the configuration: `image-alt`, `image_alt` and `imageAlt` are one entry. */
export function listKey(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** The value of a front matter field, the exact spelling first, then any case. */
export function frontMatterField(data: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  if (!data) return undefined;
  if (Object.prototype.hasOwnProperty.call(data, name)) return data[name];
  const wanted = fieldKey(name);
  for (const key of Object.keys(data)) if (fieldKey(key) === wanted) return data[key];
  return undefined;
}

/** The named fields under their canonical spelling, found in any case (for readers that name fields literally). */
export function canonicalFields<const K extends string>(data: Readonly<Record<string, unknown>> | undefined, names: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const name of names) {
    const value = frontMatterField(data, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** The path of a nested front matter value, keys in matching form (`eleventynavigation.description`, `links.0.url`). */
export function leafPath(parent: string | undefined, key: string | number): string {
  const part = typeof key === 'number' ? String(key) : fieldKey(key);
  return parent === undefined ? part : `${parent}.${part}`;
}
