import type { Lang } from '../messages/catalog';
import { dirnamePosix, joinPosix, normalizePosix } from '../text/paths';
import { decodeSafe, localeOf, parseUrl, pathSegments } from './urlParts';
import type { HostKnowledge } from './knownHosts';
import type { PairingResult } from '../pairing/pairFiles';
import { canonicalFields } from '../frontMatter/fieldName';

const ROUTE_FIELDS = ['permalink', 'url', 'slug', 'aliases', 'draft', 'eleventyExcludeFromCollections', 'title', 'date'] as const;

/**
 * Where each page of the workspace is published, for links between pages: built once per run
 * from every file's path and front matter (the same inputs as the pairing), plain data so that
 * it can be handed to worker threads. Keys are paths without language segments, lower case,
 * without `index`/`_index` and extensions: `/components/notice` for `src/en/components/notice/index.md`,
 * for `permalink: /en/components/notice/`, and for a link to `/fr/components/notice/`.
 */
export interface SiteRoutes {
  files: string[];
  langs: Array<Lang | null>;
  /** Index of each file's counterpart in `files`, -1 for a file in no pair. */
  counterparts: number[];
  /**
   * Route key → files: front matter `permalink`/`url`/`aliases`/`slug` (Eleventy, Hugo) and every
   * tail of the file's path (the content root is not known: `content/`, `src/`, `docs/`…).
   */
  routes: Record<string, number[]>;
  /** Keys guessed from `date` and the title (Hugo date permalinks): they confirm, never accuse. */
  guesses: Record<string, number[]>;
  /** The key of each file's own address, for links relative to the page; '' when not published. */
  pageKeys: string[];
}

export interface RouteInput {
  path: string;
  frontMatter?: Record<string, unknown>;
  lang?: Lang;
}

/** Where a link goes in the workspace. */
export interface ResolvedTarget {
  file: string;
  lang?: Lang;
  /** The counterpart of that file, when it is paired. */
  counterpart?: string;
  /** Found by the file's path or a declared address; false for a guess from the date and title. */
  certain: boolean;
}

const PAGE_EXTENSION = /\.(md|markdown|html?|njk|liquid|php|aspx?)$/i;
const INDEX = /^(index|_index|readme)$/i;

export function buildSiteRoutes(inputs: RouteInput[], pairs: Array<{ en: string; fr: string }>): SiteRoutes {
  const table: SiteRoutes = { files: [], langs: [], counterparts: [], routes: {}, guesses: {}, pageKeys: [] };
  const index = new Map<string, number>();
  for (const input of inputs) {
    index.set(input.path, table.files.length);
    table.files.push(input.path);
    table.langs.push(input.lang ?? null);
    table.counterparts.push(-1);
  }
  for (const p of pairs) {
    const en = index.get(p.en);
    const fr = index.get(p.fr);
    if (en === undefined || fr === undefined) continue;
    table.counterparts[en] = fr;
    table.counterparts[fr] = en;
  }
  inputs.forEach((input, i) => {
    // The fields routing reads, found in any case (Hugo ignores it: `Slug`, `URL`).
    const fm: Record<string, unknown> = canonicalFields(input.frontMatter, ROUTE_FIELDS);
    table.pageKeys.push('');
    if (fm.permalink === false || fm.draft === true || fm.eleventyExcludeFromCollections === 'all') return;
    const add = (bucket: Record<string, number[]>, key: string | undefined) => {
      if (key === undefined) return;
      const list = (bucket[key] ??= []);
      if (!list.includes(i)) list.push(i);
    };
    const own = routeSegments(input.path);
    const slug = typeof fm.slug === 'string' && fm.slug.trim() ? routeSegments(fm.slug) : [];
    const named = slug.length && own.length ? [...own.slice(0, -1), ...slug] : own;
    for (const segments of [own, named]) for (let k = 0; k < segments.length; k++) add(table.routes, '/' + segments.slice(k).join('/'));
    const declared = [fm.permalink, fm.url, ...(Array.isArray(fm.aliases) ? fm.aliases : [fm.aliases])].filter((v): v is string => typeof v === 'string' && v.trim() !== '' && !/\{\{|\{%/.test(v));
    for (const address of declared) add(table.routes, routeKey(address));
    const primary = typeof fm.permalink === 'string' && !/\{\{|\{%/.test(fm.permalink) ? fm.permalink : typeof fm.url === 'string' ? fm.url : undefined;
    table.pageKeys[i] = primary !== undefined ? routeKey(primary) : '/' + named.join('/');
    for (const key of guessedKeys(fm, named[named.length - 1])) add(table.guesses, key);
  });
  return table;
}

/** The route table of a paired set of files (each with its front matter), as the command line and the editor both build it. */
export function pairingSiteRoutes(files: ReadonlyArray<{ path: string; frontMatter?: Record<string, unknown> }>, pairing: PairingResult): SiteRoutes {
  return buildSiteRoutes(
    files.map((f) => ({ path: f.path, frontMatter: f.frontMatter, lang: pairing.languages.get(f.path)?.lang })),
    pairing.pairs,
  );
}

/** The route key of an address path: `/fr/Composants/Avis/index.html` → `/composants/avis`. */
export function routeKey(path: string): string {
  return '/' + routeSegments(path).join('/');
}

function routeSegments(path: string): string[] {
  const segments = pathSegments(normalizePosix(path.replace(/[?#].*$/s, ''))).map((s) => s.toLowerCase());
  if (segments.length) segments[segments.length - 1] = segments[segments.length - 1].replace(PAGE_EXTENSION, '');
  if (segments.length && INDEX.test(segments[segments.length - 1])) segments.pop();
  return segments.filter((s) => s !== '');
}

/** Hugo's date permalinks (`/:year/:month/:day/:slug/`) and title slugs, when the page has a date. */
function guessedKeys(fm: Record<string, unknown>, name: string | undefined): string[] {
  const names = new Set<string>();
  if (name) names.add(name);
  if (typeof fm.slug === 'string') names.add(urlize(fm.slug));
  if (typeof fm.title === 'string') names.add(urlize(fm.title));
  names.delete('');
  const keys = [...names].map((n) => '/' + n);
  const date = fm.date instanceof Date ? fm.date.toISOString() : typeof fm.date === 'string' ? fm.date : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (m) {
    const bare = [...names].map((n) => n.replace(/^\d{4}-\d{2}-\d{2}-/, ''));
    for (const n of new Set([...names, ...bare])) keys.push(`/${m[1]}/${m[2]}/${m[3]}/${n}`, `/${m[1]}/${m[2]}/${n}`, `/${m[1]}/${n}`);
  }
  return keys;
}

/** Hugo's `urlize`, near enough: lower case, accents kept, words joined by hyphens. */
function urlize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/**
 * The workspace file a link goes to: a relative file path, or an address of the site (relative,
 * root-relative, or on one of the site's own hosts) matched against the route table. Undefined
 * when the link leaves the site or no single page answers.
 */
export function resolveTarget(table: SiteRoutes, from: string, url: string, fromLang: Lang, hosts: HostKnowledge): ResolvedTarget | undefined {
  const parts = parseUrl(url);
  if (parts.kind === 'absolute' && !hosts.isSite(parts.host)) return undefined;
  if (parts.kind !== 'absolute' && parts.kind !== 'root' && parts.kind !== 'relative') return undefined;
  const raw = url.trim();
  const path = decodeSafe(parts.kind === 'absolute' ? raw.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i, '') : raw).replace(/[?#].*$/s, '');
  const lang = linkLanguage(path) ?? fromLang;
  const at = table.files.indexOf(from);
  if (parts.kind === 'relative') {
    if (/\.(md|markdown)$/i.test(path)) {
      const file = table.files.indexOf(joinPosix(dirnamePosix(from), path));
      if (file >= 0) return target(table, file, true);
    }
    const page = at >= 0 ? table.pageKeys[at] : '';
    for (const base of [page, '/' + dirnamePosix(from)]) {
      const found = lookup(table, routeKey(joinPosix(base, path)), lang);
      if (found) return found;
    }
    return undefined;
  }
  return lookup(table, routeKey(path), lang);
}

function lookup(table: SiteRoutes, key: string, lang: Lang): ResolvedTarget | undefined {
  const certain = single(table, table.routes[key], lang);
  if (certain !== undefined) return target(table, certain, true);
  const segments = key.split('/').filter(Boolean);
  for (let k = 0; k < segments.length; k++) {
    const guess = single(table, table.guesses['/' + segments.slice(k).join('/')], lang);
    if (guess !== undefined) return target(table, guess, false);
  }
  return undefined;
}

/** The one file among candidates, preferring the link's language when there are several. */
function single(table: SiteRoutes, candidates: number[] | undefined, lang: Lang): number | undefined {
  if (!candidates?.length) return undefined;
  if (candidates.length === 1) return candidates[0];
  const inLang = candidates.filter((i) => table.langs[i] === lang);
  return inLang.length === 1 ? inLang[0] : undefined;
}

function target(table: SiteRoutes, file: number, certain: boolean): ResolvedTarget {
  const c = table.counterparts[file];
  return { file: table.files[file], lang: table.langs[file] ?? undefined, counterpart: c >= 0 ? table.files[c] : undefined, certain };
}

/** The language a site path names in its own segments (`/fr/…`), if any. */
function linkLanguage(path: string): Lang | undefined {
  for (const segment of path.split('/')) {
    const lang = segment ? localeOf(segment) : undefined;
    if (lang) return lang;
  }
  return undefined;
}
