import { decodeSafe } from './urlParts';

/** Addresses up to this long are shown whole (without their scheme). */
const SHORT = 80;
const SEGMENT = 28;

interface Split {
  host: string;
  segments: string[];
  query: string[];
  raw: string;
}

/**
 * Two link targets as a message shows them: host and path, the segments both share replaced by
 * `…`, long segments cut, and only the query parameters that differ, so that a 300-character
 * address still shows where it differs from the other one.
 */
export function shortUrlPair(a: string, b: string): [string, string] {
  const sa = split(a);
  const sb = split(b);
  return [render(sa, sb), render(sb, sa)];
}

/** One target as a message shows it. */
export function shortUrl(url: string): string {
  return render(split(url));
}

function split(url: string): Split {
  const raw = url.trim();
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/i.exec(raw);
  if (!m) return { host: '', segments: [], query: [], raw };
  const host = m[1].toLowerCase().replace(/^www\./, '');
  return { host, segments: m[2].split('/').filter(Boolean).map(decodeSafe), query: (m[3] ?? '').split('&').filter(Boolean), raw };
}

function render(x: Split, other?: Split): string {
  if (!x.host) return cut(x.raw, SHORT + 20);
  const whole = x.raw.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:www\.)?/i, '');
  if (whole.length <= SHORT) return whole;
  const last = x.segments.length - 1;
  const parts: string[] = [];
  x.segments.forEach((s, i) => {
    const shown = i === 0 || i === last || !other || other.segments[i] !== s;
    if (shown) parts.push(cut(s, SEGMENT));
    else if (parts[parts.length - 1] !== '…') parts.push('…');
  });
  const query = other ? x.query.filter((q) => !other.query.includes(q)) : [];
  const tail = query.length ? '?' + cut(query.join('&'), SEGMENT) : x.query.length ? '?…' : '';
  return `${x.host}/${parts.join('/')}${tail}`;
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
