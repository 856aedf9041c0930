/**
 * A front matter value that is a web address the links rule can compare: an absolute http(s)
 * (or protocol-relative) address or a path from the site's root (`/about/`). Anything else (a layout name, a
 * relative file name) is an ordinary value.
 */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return !/\s/.test(v) && (/^(?:https?:)?\/\/[^/\s]+/i.test(v) || /^\/(?!\/)\S/.test(v));
}

const IMAGE_FILE = /\.(jpe?g|png|gif|svg|webp|avif|bmp|ico|tiff?|heic)(?:[?#].*)?$/i;
const IMAGE_WORDS = new Set(['image', 'images', 'img', 'thumb', 'thumbnail', 'cover', 'banner', 'icon', 'logo', 'photo', 'picture', 'avatar', 'poster', 'hero', 'featured']);

/** A key named for an image: one of its words (`featured_image`, `ogImage`, `thumb`) says so. */
function imageKey(name: string): boolean {
  return name.split(/[-_\s:.]+|(?<=[a-z])(?=[A-Z])/).some((w) => IMAGE_WORDS.has(w.toLowerCase()));
}

/**
 * An image of the page (`image: /img/banner-en.jpg`, `thumb: https://cdn…/small_x.jpg`): the
 * same picture is often stored twice (a banner with words in it per language, a file moved to
 * a CMS's storage in one language only), and the body's images are compared by count, not by
 * address; an image's presence is checked with its key, its address is not compared.
 */
export function isImageValue(name: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return IMAGE_FILE.test(v) || (imageKey(name) && (isWebAddress(v) || /^[\w./-]+$/.test(v)));
}
