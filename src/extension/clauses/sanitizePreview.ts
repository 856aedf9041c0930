import { FilterXSS, escapeAttrValue } from 'xss';

/** The elements Markdown produces, with the few attributes that carry meaning; `a` keeps only a tooltip. */
const ALLOWED: Record<string, string[]> = {
  ...Object.fromEntries(
    ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'em', 'strong', 'b', 'i', 'del', 's', 'pre', 'kbd', 'blockquote', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'span', 'div', 'sup', 'sub'].map((t) => [t, ['lang', 'dir']]),
  ),
  a: [],
  abbr: ['title'],
  code: ['class'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

const filter = new FilterXSS({
  whiteList: ALLOWED,
  // Anything else goes, and a script's or a style's body with it: it is not prose.
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'iframe', 'object', 'svg', 'math'],
  allowCommentTag: false,
  css: false,
  onTagAttr(tag, name, value) {
    // Inert navigation: a link's target stays readable as a tooltip, never followable.
    if (tag === 'a' && name === 'href') return `title="${escapeAttrValue(value)}"`;
    if (tag === 'code' && name === 'class') return /^language-[\w-]+$/.test(value) ? `class="${value}"` : '';
    return undefined;
  },
});

/**
 * The clause preview's HTML, cleaned as VS Code's own Markdown preview cleans its output: the
 * content policy already blocks scripts, but clause files come from the organisation's folders,
 * so nothing active gets into the page at all. Only the elements Markdown produces stay; forms,
 * frames, media, styles and event attributes go; links keep their text and show their target
 * as a tooltip, but lead nowhere (the preview is a reading aid, not a browser). js-xss: a small,
 * widely used allow-list sanitiser that needs no DOM (the preview is built in the extension host).
 */
export function sanitizePreviewHtml(html: string): string {
  return filter.process(html);
}
