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
    for (const a of m[2].matchAll(ATTR)) attrs.set(a[1].toLowerCase(), decodeEntities(a[3] ?? a[4] ?? a[5] ?? ''));
    const isImage = m[1].toLowerCase() === 'img';
    const url = attrs.get(isImage ? 'src' : 'href');
    if (url === undefined) continue;
    out.push({ kind: isImage ? 'image' : 'link', url, alt: isImage ? attrs.get('alt') : undefined, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Splits HTML into text runs (entities decoded) and tags, keeping each run's offset. */
export function htmlTextRuns(html: string): Array<{ text: string; start: number; exact: boolean }> {
  const runs: Array<{ text: string; start: number; exact: boolean }> = [];
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/g)) {
    if (m[0][0] === '<') continue;
    const decoded = decodeEntities(m[0]);
    runs.push({ text: decoded, start: m.index!, exact: decoded === m[0] });
  }
  return runs;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
