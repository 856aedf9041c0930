import type { Finding } from '../../findings';
import type { Block, LinkRef, ParsedDocument } from '../../markdown/documentModel';
import { compareLinks, neutralKey, type LinkComparisonContext, type LinkExcuse, type LinkSide, type LinkVerdict } from '../../links/compareLinks';
import { HostKnowledge } from '../../links/knownHosts';
import { LINK_EXCUSE, settleLinkFindings, withoutExcuse } from '../../links/resolveLinkFindings';
import { shortUrl, shortUrlPair } from '../../links/shortUrl';
import { resolveTarget } from '../../links/siteRoutes';
import { markedLanguage, parseUrl } from '../../links/urlParts';
import { dirnamePosix, relativePosix } from '../../text/paths';
import { blockStart, kindName, type CheckOptions, type Located } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext, type ReportExtra } from '../../rules/rule';
import { frontMatterKeyPolicy } from '../../frontMatter/keyPolicy';
import { frontMatterLeaves, leavesByPath, type FrontMatterLeaf } from '../../frontMatter/leaves';
import { isImageValue, isWebAddress } from '../../frontMatter/valueKinds';

type LinkRuleId = 'links' | 'link-unverified' | 'link-language';
type PairContext = PairRuleContext<LinkRuleId, keyof typeof messages.en>;

/** Text that says a linked page exists in English only, so linking to it from French is right. */
const ENGLISH_ONLY = /\b(en anglais seulement|en anglais uniquement|anglais seulement|in English only|English only|disponible en anglais)\b/i;

/**
 * Links of aligned blocks: as many on each side, each going to the same place or to its
 * localized counterpart (src/core/links/compareLinks.ts says how that is decided).
 */
function checkLinks(ctx: PairContext): void {
  const compare = comparisonContext(ctx.options);
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    const s = source.flatMap((b) => b.links);
    const t = target.flatMap((b) => b.links);
    if (!s.length && !t.length) continue;
    const side = (doc: ParsedDocument, l: LinkRef): LinkSide => ({ url: l.url, doc: doc.path, lang: doc.lang });
    const { pairs, unmatchedSource, unmatchedTarget } = matchLinks(s, t, (a, b) => compareLinks(side(ctx.source, a), side(ctx.target, b), compare), compare.hosts);
    for (const { a, b, verdict } of pairs) reportPair(ctx, a, b, verdict);
    for (const a of unmatchedSource) {
      ctx.report('links', blockStart(ctx.target, target), 'linkMissing', { url: shortUrl(a.url) }, linkAt(ctx.source, a));
    }
    if (unmatchedTarget.length) {
      ctx.report('links', blockStart(ctx.target, target), 'linkCount', { kind: kindName(target[0].kind), count: t.length, otherCount: s.length }, blockStart(ctx.source, source));
    }
    checkLinkLanguage(ctx, target, t, compare);
  }
  checkFrontMatterLinks(ctx, compare);
}

/**
 * Web addresses in the front matter (a partner's site, a canonical source; not images, see
 * frontMatter/valueKinds.ts), at any depth, compared as aligned links: a French page whose partner link goes to another page is
 * a real miss. Keys written for each language (`url`, `permalink`, `aliases`) are the page's
 * own addresses and are left alone. Reported at the top-level key the address sits under.
 */
function checkFrontMatterLinks(ctx: PairContext, compare: LinkComparisonContext): void {
  const policy = frontMatterKeyPolicy(ctx.options);
  const addresses = (doc: ParsedDocument) => frontMatterLeaves(doc.frontMatter).filter((l) => isWebAddress(l.value) && !isImageValue(l.name, l.value) && !policy.isPerLanguage(l.top.key));
  const sourceByPath = leavesByPath(addresses(ctx.source));
  for (const leaf of addresses(ctx.target)) {
    const b = frontMatterLink(ctx.target, leaf);
    const twin = sourceByPath.get(leaf.path);
    if (!twin) continue;
    const a = frontMatterLink(ctx.source, twin);
    const verdict = compareLinks({ url: a.url, doc: ctx.source.path, lang: ctx.source.lang }, { url: b.url, doc: ctx.target.path, lang: ctx.target.lang }, compare);
    reportPair(ctx, a, b, verdict.verdict === 'different' && !verdict.excuse ? { verdict: 'different', excuse: valueExcuse(ctx, leaf.path, a.url, b.url) } : verdict);
  }
}

/**
 * A front matter field holds one address per language (the English and the French edition of
 * a design file, of a partner's page): the same two values under the same key in several pairs
 * of files, never another, are counterparts (learned like accounts, links/resolveLinkFindings.ts).
 */
function valueExcuse(ctx: PairContext, path: string, sourceUrl: string, targetUrl: string): LinkExcuse {
  const [en, fr] = ctx.source.lang === 'en' ? [sourceUrl, targetUrl] : [targetUrl, sourceUrl];
  return { kind: 'account', context: `front matter ${path}`, en: en.trim(), fr: fr.trim() };
}

/** A front matter address as a link: from its key to the end of that line (where a top-level value sits). */
function frontMatterLink(doc: ParsedDocument, leaf: FrontMatterLeaf): LinkRef {
  const start = doc.lines.offset(leaf.range.start);
  const lineEnd = doc.text.indexOf('\n', start);
  return { url: String(leaf.value), text: '', start, end: (lineEnd < 0 ? doc.text.length : lineEnd) };
}

const contexts = new WeakMap<CheckOptions, LinkComparisonContext>();

function comparisonContext(options: CheckOptions): LinkComparisonContext {
  let c = contexts.get(options);
  if (!c) contexts.set(options, (c = { hosts: new HostKnowledge(options.hostPairs, options.siteHosts), routes: options.siteRoutes, pairKeyOf: options.pairKeyOf }));
  return c;
}

interface AlignedPair {
  a: LinkRef;
  b: LinkRef;
  verdict: LinkVerdict;
}

/**
 * Pairs the links of two aligned blocks: the same address first wherever it sits, then the
 * same page in another order, then what is left in order.
 */
function matchLinks(s: LinkRef[], t: LinkRef[], compare: (a: LinkRef, b: LinkRef) => LinkVerdict, hosts: HostKnowledge) {
  const used = new Set<number>();
  const left: LinkRef[] = [];
  const key = (l: LinkRef) => neutralKey(parseUrl(l.url), hosts);
  const tKeys = t.map(key);
  for (const a of s) {
    const k = key(a);
    const found = t.findIndex((b, j) => !used.has(j) && (b.url.trim() === a.url.trim() || tKeys[j] === k));
    if (found < 0) left.push(a);
    else used.add(found);
  }
  const pairs: AlignedPair[] = [];
  const unmatchedSource: LinkRef[] = [];
  for (const a of left) {
    const found = t.findIndex((b, j) => !used.has(j) && compare(a, b).verdict === 'same');
    if (found < 0) unmatchedSource.push(a);
    else used.add(found);
  }
  // A target linked again in the same block (same page, same anchor) adds no destination.
  const repeatKey = (l: LinkRef) => `${key(l)}${/#.*$/s.exec(l.url.trim())?.[0] ?? ''}`;
  const sRepeat = s.map(repeatKey);
  const tRepeat = t.map(repeatKey);
  const matched = new Set(tRepeat.filter((_, j) => used.has(j)));
  const rest = t.filter((_, j) => !used.has(j) && !matched.has(tRepeat[j]) && tRepeat.indexOf(tRepeat[j]) === j);
  const sourceLeft = unmatchedSource.filter((a) => sRepeat.indexOf(repeatKey(a)) === s.indexOf(a));
  const n = Math.min(sourceLeft.length, rest.length);
  for (let i = 0; i < n; i++) pairs.push({ a: sourceLeft[i], b: rest[i], verdict: compare(sourceLeft[i], rest[i]) });
  return { pairs, unmatchedSource: sourceLeft.slice(n), unmatchedTarget: rest.slice(n) };
}

function reportPair(ctx: PairContext, a: LinkRef, b: LinkRef, verdict: LinkVerdict): void {
  const here = linkAt(ctx.target, b);
  const there = linkAt(ctx.source, a);
  const [url, otherUrl] = shortUrlPair(b.url, a.url);
  switch (verdict.verdict) {
    case 'same':
      return;
    case 'unverified':
      return ctx.report('link-unverified', here, 'linkUnverified', { url, otherUrl }, there);
    case 'mailto':
      return ctx.report('links', here, 'mailtoDiffers', { url: b.url, otherUrl: a.url }, there);
    case 'wrongPage': {
      // Pages are named as a link from this file would name them.
      const page = (path: string) => relativePosix('/' + dirnamePosix(ctx.target.path), '/' + path);
      const expected = verdict.source.counterpart;
      if (expected !== undefined) ctx.report('links', here, 'linkWrongPage', { page: page(verdict.target.file), otherPage: page(verdict.source.file), expected: page(expected) }, there);
      else ctx.report('links', here, 'linkWrongPageOther', { page: page(verdict.target.file), pageCounterpart: page(verdict.target.counterpart!), otherPage: page(verdict.source.file) }, there);
      return;
    }
    case 'different': {
      const extra: ReportExtra = { ...urlFix(ctx, a, b), ...(verdict.excuse ? { data: { [LINK_EXCUSE]: { ...verdict.excuse } } } : {}) };
      return ctx.report('links', here, 'linkTarget', { url, otherUrl }, there, extra);
    }
  }
}

/**
 * Copying the other language's address is safe only when it says nothing of its language
 * (a site with one address for both); the address must sit verbatim in the link's source.
 */
function urlFix(ctx: PairContext, a: LinkRef, b: LinkRef): ReportExtra | undefined {
  if (parseUrl(a.url).kind !== 'absolute' || markedLanguage(a.url) !== undefined) return undefined;
  const at = ctx.target.text.slice(b.start, b.end).indexOf(b.url);
  if (at < 0) return undefined;
  const start = b.start + at;
  return { fix: { start, end: start + b.url.length, text: a.url, titleId: 'fixReplaceWith', titleArgs: { value: a.url } } };
}

/**
 * A French file pointing at the English version of a page (or the reverse): an address marked
 * with the other language, or on the other language's host of a known pair of hosts.
 */
function checkLinkLanguage(ctx: PairContext, target: Block[], links: LinkRef[], compare: LinkComparisonContext): void {
  const text = target.map((b) => ctx.target.text.slice(b.start, b.end)).join(' ');
  if (ENGLISH_ONLY.test(text)) return;
  const lang = ctx.target.lang;
  for (const l of links) {
    if (inOtherLanguage(ctx, l, compare)) ctx.report('link-language', linkAt(ctx.target, l), lang === 'fr' ? 'linkEnglishInFrench' : 'linkFrenchInEnglish', { url: shortUrl(l.url) }, undefined, otherLanguageNote(ctx, l));
  }
}

/** What a reader is told after a link into the other language, as the rule accepts it. */
const OTHER_LANGUAGE_NOTE = { fr: ' (en anglais seulement)', en: ' (French only)' } as const;

/** The fix that says so after the link, where the link's source ends with its own syntax (`)`, `>`). */
function otherLanguageNote(ctx: PairContext, l: LinkRef): ReportExtra | undefined {
  const source = ctx.target.text.slice(l.start, l.end);
  if (!/^[[<]/.test(source) || !/[)>\]]$/.test(source)) return undefined;
  const note = OTHER_LANGUAGE_NOTE[ctx.target.lang];
  return { fix: { start: l.end, end: l.end, text: note, titleId: 'fixAdd', titleArgs: { value: note.trim() } } };
}

/**
 * A page of the workspace in the other language that has a counterpart in this one; or an
 * address marked with the other language, or on the other language's host of a known pair.
 */
function inOtherLanguage(ctx: PairContext, l: LinkRef, compare: LinkComparisonContext): boolean {
  const lang = ctx.target.lang;
  const page = compare.routes ? resolveTarget(compare.routes, ctx.target.path, l.url, lang, compare.hosts) : undefined;
  if (page) return page.certain && page.lang !== undefined && page.lang !== lang && page.counterpart !== undefined;
  const parts = parseUrl(l.url);
  if (parts.kind !== 'absolute' && parts.kind !== 'root') return false;
  const marked = markedLanguage(l.url);
  if (marked !== undefined) return marked !== lang;
  return parts.kind === 'absolute' && (lang === 'fr' ? compare.hosts.frenchHostOf(parts.host) : compare.hosts.englishHostOf(parts.host)) !== undefined;
}

function linkAt(doc: ParsedDocument, link: LinkRef): Located {
  return { doc, start: link.start, end: link.end };
}

const messages = defineMessages({
  en: {
    linkCount: 'This {kind} has {count, plural, one {# link} other {# links}}; the {lang} one (line {line}) has {otherCount}.',
    linkMissing: 'The link to {url} ({lang} line {line}) has no counterpart here.',
    linkTarget: 'This link goes to {url}; the {lang} one (line {line}) goes to {otherUrl}.',
    linkUnverified: 'This link goes to {url} and the {lang} one (line {line}) to {otherUrl}: presumably the same page in each language, which cannot be verified here.',
    linkWrongPage: 'This link goes to {page}, but the {lang} link (line {line}) goes to {otherPage}, whose counterpart is {expected}.',
    linkWrongPageOther: 'This link goes to {page}, the counterpart of {pageCounterpart}; the {lang} link (line {line}) goes to another page, {otherPage}.',
    linkEnglishInFrench: 'This link goes to the English version of the page ({url}); link to the French version, or say the page is in English only.',
    linkFrenchInEnglish: 'This link goes to the French version of the page ({url}); link to the English version.',
    mailtoDiffers: 'The e-mail address {url} differs from {otherUrl} in the {lang} file (line {line}).',
  },
  fr: {
    linkCount: 'Cet élément «\u00A0{kind}\u00A0» contient {count, plural, one {#\u00A0lien} other {#\u00A0liens}}; celui du fichier {lang} (ligne {line}) en contient {otherCount}.',
    linkMissing: 'Le lien vers {url} (fichier {lang}, ligne {line}) n’a pas de pendant ici.',
    linkTarget: 'Ce lien mène à {url}; celui du fichier {lang} (ligne {line}) mène à {otherUrl}.',
    linkUnverified: 'Ce lien mène à {url} et celui du fichier {lang} (ligne {line}), à {otherUrl}\u00A0: sans doute la même page dans chaque langue, ce qui ne peut être vérifié ici.',
    linkWrongPage: 'Ce lien mène à {page}, mais celui du fichier {lang} (ligne {line}) mène à {otherPage}, dont le pendant est {expected}.',
    linkWrongPageOther: 'Ce lien mène à {page}, pendant de {pageCounterpart}; celui du fichier {lang} (ligne {line}) mène à une autre page, {otherPage}.',
    linkEnglishInFrench: 'Ce lien mène à la version anglaise de la page ({url}); faites un lien vers la version française, ou précisez que la page est en anglais seulement.',
    linkFrenchInEnglish: 'Ce lien mène à la version française de la page ({url}); faites un lien vers la version anglaise.',
    mailtoDiffers: 'L’adresse courriel {url} diffère de {otherUrl} dans le fichier {lang} (ligne {line}).',
  },
});

/**
 * Links of aligned blocks: the French target must be the French version of the English target
 * (see links/compareLinks.ts); once every pair is checked, hosts and accounts the workspace
 * always uses as counterparts excuse the findings that carry them (links/resolveLinkFindings.ts).
 */
export const linksRule = defineRule({
  ids: [
    { id: 'links', severity: 'error', description: { en: 'Links match in number and target (localized addresses accepted).', fr: 'Les liens correspondent en nombre et en destination (adresses localisées acceptées).' }, docs: 'link counts per block; targets that are not the same page in the other language: language markers (`/en/`↔`/fr/`, `-eng`↔`-fra`, `en.`↔`fr.`, `?lang=`…), pages of the workspace and their counterparts (Hugo and Eleventy routing), known and learned bilingual hosts and accounts are accepted; e-mail addresses equal' },
    { id: 'link-unverified', severity: 'info', off: true, description: { en: 'Links whose targets are presumably the same page in each language (translated paths, paired hosts), which cannot be verified.', fr: 'Liens dont les destinations sont sans doute la même page dans chaque langue (chemins traduits, hôtes jumelés), ce qui ne peut être vérifié.' }, docs: 'a pair of links presumably to the same page in each language (translated path on the same or a paired host) that cannot be verified' },
    { id: 'link-language', severity: 'warning', description: { en: 'Each file links to pages in its own language where they exist.', fr: 'Chaque fichier renvoie aux pages dans sa langue lorsqu’elles existent.' }, docs: 'the French file linking to the English version of a page, or to the English host of a known pair (unless it says « en anglais seulement »)' },
  ],
  messages,
  pair: checkLinks,
  project(ctx) {
    const settled = settleLinkFindings(ctx.findings);
    if (!settled.size) return;
    ctx.retract((f) => settled.has(f));
    for (const [finding, excused] of settled) {
      const plain = withoutExcuse(finding);
      // Confirmed by the workspace: at most a note that it cannot be verified (off by default).
      ctx.reportGraded((excused ? { ...plain, rule: 'link-unverified', messageId: 'linkUnverified' } : plain) as Finding & { rule: LinkRuleId });
    }
  },
});
