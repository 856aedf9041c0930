import type { Lang } from '../messages/catalog';
import { dirnamePosix, joinPosix } from '../text/paths';
import type { HostKnowledge } from './knownHosts';
import { resolveTarget, type ResolvedTarget, type SiteRoutes } from './siteRoutes';
import { canonicalKey, decodeSafe, markedLanguage, parseUrl, type UrlParts } from './urlParts';
import { firstSlot, sameShape } from './urlShape';

/** One link of an aligned pair: its target and the document it sits in. */
export interface LinkSide {
  url: string;
  doc: string;
  lang: Lang;
}

export interface LinkComparisonContext {
  hosts: HostKnowledge;
  /** The workspace's route table; without it, links between documents go through `pairKeyOf` only. */
  routes?: SiteRoutes;
  /** The English path of the pair a workspace path belongs to. */
  pairKeyOf?: (path: string) => string | undefined;
}

/**
 * What would make a differing link right after all, once the whole workspace is known: hosts
 * that are always counterparts, or an account (a handle, a list id) always used in its place.
 */
export type LinkExcuse = { kind: 'host'; en: string; fr: string } | { kind: 'account'; context: string; en: string; fr: string };

export type LinkVerdict =
  | { verdict: 'same' }
  /** Localized counterparts by the shape of their addresses: what the page says cannot be verified. */
  | { verdict: 'unverified' }
  /** Both go to workspace pages, and the target's page is not the counterpart of the source's. */
  | { verdict: 'wrongPage'; source: ResolvedTarget; target: ResolvedTarget }
  | { verdict: 'mailto' }
  | { verdict: 'different'; excuse?: LinkExcuse };

/**
 * Decides whether the target link is the counterpart of the source link (aligned links of
 * aligned blocks). In order, the first that decides wins: the same address once language markers
 * and tracking are set aside; the same workspace page through the pairing; same or paired hosts
 * with paths of the same shape; otherwise a difference, with what could still excuse it.
 */
export function compareLinks(source: LinkSide, target: LinkSide, ctx: LinkComparisonContext): LinkVerdict {
  const ps = parseUrl(source.url);
  const pt = parseUrl(target.url);
  if (ps.kind === 'mailto' || pt.kind === 'mailto') {
    return ps.kind === pt.kind && canonicalKey(ps) === canonicalKey(pt) ? { verdict: 'same' } : ps.kind === pt.kind ? { verdict: 'mailto' } : { verdict: 'different' };
  }
  if (neutralKey(ps, ctx.hosts) === neutralKey(pt, ctx.hosts) || partOfSameDocument(ps, pt, ctx.hosts)) return { verdict: 'same' };
  // A template expression (`{{ links.help }}`) stands for an address only the site generator knows.
  if ((ps.kind === 'template') !== (pt.kind === 'template')) return { verdict: 'unverified' };
  const pages = comparePages(source, target, ctx);
  if (pages) return pages;
  // A link to a Markdown file names a file, not an address: unless it is the counterpart, it is wrong.
  if (isFileLink(ps, source.url) || isFileLink(pt, target.url)) return { verdict: 'different' };
  const [en, fr, pe, pf] = source.lang === 'en' ? [source, target, ps, pt] : [target, source, pt, ps];
  const relation = hostRelation(pe, pf, ctx.hosts);
  if (relation === 'none') return { verdict: 'different' };
  if (sameShape(pe, pf)) {
    if (relation === 'paired' || relation === 'internal') return { verdict: 'unverified' };
    if (relation === 'same' && localizedBoth(en.url, fr.url)) return { verdict: 'unverified' };
    if (relation === 'unknown') return { verdict: 'different', excuse: { kind: 'host', en: pe.host, fr: pf.host } };
  }
  if (relation === 'unknown' || relation === 'conflict') return { verdict: 'different' };
  const slot = firstSlot(relation === 'internal' ? '' : ctx.hosts.neutral(pe.host), pe, pf);
  return slot ? { verdict: 'different', excuse: { kind: 'account', ...slot } } : { verdict: 'different' };
}

/** The comparison string of an address, its host named as its English counterpart. */
export function neutralKey(parts: UrlParts, hosts: HostKnowledge): string {
  return canonicalKey(parts, parts.kind === 'absolute' ? hosts.neutral(parts.host) : parts.host);
}

/**
 * The same document, one address narrowed to a part of it by more query parameters, all the
 * others equal: `doc.aspx?id=15249` ↔ `doc.aspx?id=15249&section=procedure&p=C` (its appendix C).
 * The parameters both share must identify something (at least one), so `watch` ↔ `watch?v=…`
 * and another `id` stay differences.
 */
function partOfSameDocument(a: UrlParts, b: UrlParts, hosts: HostKnowledge): boolean {
  if (a.kind !== b.kind || !['absolute', 'root', 'relative'].includes(a.kind)) return false;
  if (a.query.length === b.query.length) return false;
  const [few, many] = a.query.length < b.query.length ? [a, b] : [b, a];
  if (!few.query.length || !few.query.every(([k, v]) => many.query.some(([k2, v2]) => k2 === k && v2 === v))) return false;
  const bare = (p: UrlParts) => neutralKey({ ...p, query: [] }, hosts);
  return bare(a) === bare(b);
}

/** Step 2: links to workspace pages are compared as pages, through the pairing. */
function comparePages(source: LinkSide, target: LinkSide, ctx: LinkComparisonContext): LinkVerdict | undefined {
  const keyS = documentKey(source, ctx);
  const keyT = documentKey(target, ctx);
  if (keyS !== undefined && keyS === keyT) return { verdict: 'same' };
  if (!ctx.routes) return keyS !== undefined && keyT !== undefined ? { verdict: 'different' } : undefined;
  const s = resolveTarget(ctx.routes, source.doc, source.url, source.lang, ctx.hosts);
  const t = resolveTarget(ctx.routes, target.doc, target.url, target.lang, ctx.hosts);
  if (!s || !t) return undefined;
  if (s.file === t.file || s.counterpart === t.file) return { verdict: 'same' };
  if (s.certain && t.certain && (s.counterpart !== undefined || t.counterpart !== undefined)) return { verdict: 'wrongPage', source: s, target: t };
  return undefined;
}

/**
 * Without the route table (the editor): a relative `.md` link, or an absolute address ending with
 * a workspace file's path (its page on GitHub), stands for that file's pair.
 */
function documentKey(side: LinkSide, ctx: LinkComparisonContext): string | undefined {
  const lookup = ctx.pairKeyOf;
  if (!lookup) return undefined;
  const parts = parseUrl(side.url);
  const path = decodeSafe(side.url.trim().replace(/[?#].*$/s, ''));
  if (parts.kind === 'relative' && /\.(md|markdown)$/i.test(path)) return lookup(joinPosix(dirnamePosix(side.doc), path));
  if (parts.kind !== 'absolute' || !/\.(md|markdown)$/i.test(path)) return undefined;
  const segments = path.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/]*/i, '').split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const key = lookup(segments.slice(i).join('/'));
    if (key !== undefined) return key;
  }
  return undefined;
}

function isFileLink(parts: UrlParts, url: string): boolean {
  return parts.kind === 'relative' && /\.(md|markdown)$/i.test(url.trim().replace(/[?#].*$/s, ''));
}

type Relation = 'same' | 'paired' | 'internal' | 'conflict' | 'unknown' | 'none';

/** How the two addresses' sites relate; `none` when either is not a web address at all. */
function hostRelation(en: UrlParts, fr: UrlParts, hosts: HostKnowledge): Relation {
  const web = (p: UrlParts) => p.kind === 'absolute' || p.kind === 'root' || p.kind === 'relative';
  if (!web(en) || !web(fr)) return 'none';
  const internal = (p: UrlParts) => p.kind !== 'absolute' || hosts.isSite(p.host);
  if (internal(en) && internal(fr)) return 'internal';
  if (en.kind !== 'absolute' || fr.kind !== 'absolute') return 'none';
  return hosts.relation(en.host, fr.host);
}

/**
 * On one host, translated paths are counterparts only when the addresses say their language
 * (`/en/…` ↔ `/fr/…`, or the French one marked and the English one not): a site without
 * language in its addresses (a code forge, a social network) does not translate its paths.
 */
function localizedBoth(en: string, fr: string): boolean {
  const le = markedLanguage(en);
  const lf = markedLanguage(fr);
  return le !== 'fr' && lf !== 'en' && (le === 'en' || lf === 'fr');
}
