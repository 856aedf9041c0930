import { decodeCharacterReferences } from '../text/characterReferences';

/** Raw HTML blocks as prose: authors of government Markdown often write `<h3>` and `<p>` by hand. */
export interface HtmlFragment {
  kind: 'heading' | 'paragraph';
  depth?: number;
  /** Offsets relative to the HTML string. */
  start: number;
  end: number;
  innerStart: number;
  inner: string;
}

const BLOCK_TAG = /<(h[1-6]|p|li|td|th|dd|dt|figcaption|caption|summary)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;

/** Splits an HTML block into headings and paragraphs; structural tags alone yield nothing. */
export function htmlFragments(html: string): HtmlFragment[] {
  const out: HtmlFragment[] = [];
  BLOCK_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  let sawBlockTag = false;
  while ((m = BLOCK_TAG.exec(html))) {
    sawBlockTag = true;
    const tag = m[1].toLowerCase();
    // A <summary> is the label of a collapsible box, not translatable content people align on.
    if (tag === 'summary') continue;
    const innerStart = m.index + m[0].indexOf('>') + 1;
    out.push({
      kind: tag[0] === 'h' && tag.length === 2 ? 'heading' : 'paragraph',
      depth: tag[0] === 'h' && tag.length === 2 ? Number(tag[1]) : undefined,
      start: m.index,
      end: m.index + m[0].length,
      innerStart,
      inner: m[2],
    });
  }
  if (!sawBlockTag) {
    // Text directly inside an HTML block (no block tags, comments aside) is still prose.
    const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
    if (/\p{L}{2,}/u.test(withoutComments.replace(/<[^>]*>/g, ' '))) {
      out.push({ kind: 'paragraph', start: 0, end: html.length, innerStart: 0, inner: withoutComments });
    }
  }
  return out;
}

export interface HtmlLink {
  kind: 'link' | 'image';
  url: string;
  alt?: string;
  start: number;
  end: number;
}

const LINK_TAG = /<(a|img)\b([^>]*)>/gi;
const ATTR = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** Links (`<a href>`) and images (`<img src alt>`) in a fragment of HTML. */
export function htmlLinks(html: string): HtmlLink[] {
  const out: HtmlLink[] = [];
  LINK_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_TAG.exec(html))) {
    const attrs = new Map<string, string>();
    for (const a of m[2].matchAll(ATTR)) attrs.set(a[1].toLowerCase(), decodeCharacterReferences(a[3] ?? a[4] ?? a[5] ?? ''));
    const isImage = m[1].toLowerCase() === 'img';
    const url = attrs.get(isImage ? 'src' : 'href');
    if (url === undefined) continue;
    out.push({ kind: isImage ? 'image' : 'link', url, alt: isImage ? attrs.get('alt') : undefined, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Tags that end a line of text: the text on either side is not one word (inline tags such as `<a>`, `<strong>` are looked through). */
const BREAKING_TAG = /^<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|tfoot|caption|figure|figcaption|section|article|aside|header|footer|nav|summary|details|blockquote|pre|hr|img)\b/i;

/**
 * Splits HTML into text runs (character references decoded) between tags, keeping each run's
 * offset and source; `breaks` says a block-level tag (or a comment) came before the run.
 */
export function htmlTextRuns(html: string): Array<{ text: string; source: string; start: number; exact: boolean; breaks: boolean }> {
  const runs: Array<{ text: string; source: string; start: number; exact: boolean; breaks: boolean }> = [];
  let breaks = false;
  let textStart = -1;
  const flush = (end: number) => {
    if (textStart < 0) return;
    const source = html.slice(textStart, end);
    const decoded = decodeCharacterReferences(source);
    runs.push({ text: decoded, source, start: textStart, exact: decoded === source, breaks });
    breaks = false;
    textStart = -1;
  };
  // One pass, no backtracking: 400 KB of `<` or an unclosed comment stay linear.
  let nextGt = -1;
  let i = 0;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      flush(i);
      const close = html.indexOf('-->', i + 4);
      breaks = true;
      if (close < 0) return runs; // an unclosed comment runs to the end, as in a browser
      i = close + 3;
      continue;
    }
    if (html[i] === '<') {
      if (nextGt < i) nextGt = html.indexOf('>', i + 1);
      if (nextGt < 0) nextGt = html.length;
      const nextLt = html.indexOf('<', i + 1);
      if (nextGt < html.length && (nextLt < 0 || nextGt < nextLt)) {
        flush(i);
        if (BREAKING_TAG.test(html.slice(i, Math.min(nextGt + 1, i + 40)))) breaks = true;
        i = nextGt + 1;
        continue;
      }
    }
    if (textStart < 0) textStart = i;
    const next = html.indexOf('<', i + 1);
    i = next < 0 ? html.length : next;
  }
  flush(html.length);
  return runs;
}
