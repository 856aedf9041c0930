import type { Block, LinkRef, ParsedDocument } from '../../markdown/documentModel';
import type { Lang } from '../../messages/catalog';
import { neutralUrl, siteOf, splitUrl, urlLanguage } from '../../links/localizedUrl';
import { dirnamePosix, joinPosix } from '../../text/paths';
import { blockStart, kindName, type Located } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext, type ReportExtra } from '../../rules/rule';

type PairContext = PairRuleContext<'links' | 'link-language', keyof typeof messages.en>;

interface KeyedLink {
  link: LinkRef;
  raw: string;
  key: string;
}

/** Text that says a linked page exists in English only, so linking to it from French is right. */
const ENGLISH_ONLY = /\b(en anglais seulement|en anglais uniquement|anglais seulement|in English only|English only|disponible en anglais)\b/i;

/**
 * Links of aligned blocks: as many on each side, each going to the same place or to its
 * localized counterpart (`/en/`↔`/fr/`, `-eng`↔`-fra`, `en.`↔`fr.`, a paired document).
 */
function checkLinks(ctx: PairContext): void {
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    const s = source.flatMap((b) => b.links).map((l) => keyed(ctx, ctx.source, l));
    const t = target.flatMap((b) => b.links).map((l) => keyed(ctx, ctx.target, l));
    if (!s.length && !t.length) continue;
    const sourceBlock = blockStart(ctx.source, source);
    const targetBlock = blockStart(ctx.target, target);
    const { unmatchedSource, unmatchedTarget } = matchLinks(s, t);
    const pairs = Math.min(unmatchedSource.length, unmatchedTarget.length);
    for (let i = 0; i < pairs; i++) {
      const a = unmatchedSource[i];
      const b = unmatchedTarget[i];
      if (isLocalizedByPath(ctx, a, b)) continue;
      const here = linkAt(ctx.target, b.link);
      const there = linkAt(ctx.source, a.link);
      if (a.raw.startsWith('mailto:') && b.raw.startsWith('mailto:')) ctx.report('links', here, 'mailtoDiffers', { url: b.link.url, otherUrl: a.link.url }, there);
      else ctx.report('links', here, 'linkTarget', { url: b.link.url, otherUrl: a.link.url }, there, urlFix(ctx, a, b));
    }
    for (const a of unmatchedSource.slice(pairs)) {
      ctx.report('links', targetBlock, 'linkMissing', { url: a.link.url }, linkAt(ctx.source, a.link));
    }
    if (unmatchedTarget.length > pairs) {
      ctx.report('links', targetBlock, 'linkCount', { kind: kindName(target[0].kind), count: t.length, otherCount: s.length }, sourceBlock);
    }
    checkLinkLanguage(ctx, target, t);
  }
}

/**
 * Copying the other language's address is safe only when it says nothing of its language
 * (a site with one address for both); the address must sit verbatim in the link's source.
 */
function urlFix(ctx: PairContext, a: KeyedLink, b: KeyedLink): ReportExtra | undefined {
  if (!splitUrl(a.raw) || urlLanguage(a.raw) !== undefined) return undefined;
  const at = ctx.target.text.slice(b.link.start, b.link.end).indexOf(b.link.url);
  if (at < 0) return undefined;
  const start = b.link.start + at;
  return { fix: { start, end: start + b.link.url.length, text: a.link.url, titleId: 'fixReplaceWith', titleArgs: { value: a.link.url } } };
}

function keyed(ctx: PairContext, doc: ParsedDocument, link: LinkRef): KeyedLink {
  const raw = link.url.trim();
  return { link, raw, key: linkKey(ctx, doc, raw) };
}

/** The same key on both sides means the two links are counterparts. */
function linkKey(ctx: PairContext, doc: ParsedDocument, url: string): string {
  if (/^mailto:/i.test(url)) return url.toLowerCase();
  if (url.startsWith('#')) return '#';
  if (splitUrl(url) || /^\/\//.test(url)) return projectDocumentKey(ctx, url) ?? neutralUrl(url, doc.lang, ctx.options.hostPairs);
  // A link to another document of the tree: compare the documents, through the pairing.
  const [path] = url.split(/[?#]/);
  if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path)) return url;
  const resolved = joinPosix(dirnamePosix(doc.path), decodeURIComponentSafe(path));
  return `doc:${ctx.options.pairKeyOf?.(resolved) ?? neutralUrl(resolved, doc.lang)}`;
}

/**
 * An absolute address of one of the project's own documents (its page on GitHub, say) stands
 * for that document, so it matches a relative link to the counterpart.
 */
function projectDocumentKey(ctx: PairContext, url: string): string | undefined {
  const lookup = ctx.options.pairKeyOf;
  const path = splitUrl(url)?.rest.split(/[?#]/)[0];
  if (!lookup || !path || !/\.(md|markdown)$/i.test(path)) return undefined;
  const segments = decodeURIComponentSafe(path).split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const key = lookup(segments.slice(i).join('/'));
    if (key !== undefined) return `doc:${key}`;
  }
  return undefined;
}

function matchLinks(s: KeyedLink[], t: KeyedLink[]): { unmatchedSource: KeyedLink[]; unmatchedTarget: KeyedLink[] } {
  const used = new Set<number>();
  const unmatchedSource: KeyedLink[] = [];
  for (const a of s) {
    let found = t.findIndex((b, j) => !used.has(j) && b.raw === a.raw);
    if (found < 0) found = t.findIndex((b, j) => !used.has(j) && b.key === a.key);
    if (found < 0) unmatchedSource.push(a);
    else used.add(found);
  }
  return { unmatchedSource, unmatchedTarget: t.filter((_, j) => !used.has(j)) };
}

/**
 * canada.ca translates whole paths: same site, each address marked with its own language, and
 * nothing that identifies the page (its query, the numbers in its path) changed.
 */
function isLocalizedByPath(ctx: PairContext, a: KeyedLink, b: KeyedLink): boolean {
  const siteA = siteOf(a.raw, ctx.source.lang, ctx.options.hostPairs);
  const siteB = siteOf(b.raw, ctx.target.lang, ctx.options.hostPairs);
  if (siteA === undefined || siteA !== siteB) return false;
  if (urlLanguage(a.raw) !== ctx.source.lang || urlLanguage(b.raw) !== ctx.target.lang) return false;
  const identity = (url: string, lang: Lang) => {
    const rest = splitUrl(neutralUrl(url, lang, ctx.options.hostPairs))?.rest ?? '';
    const [path, query = ''] = rest.split('?');
    return `${query}|${(path.match(/\d+/g) ?? []).join('.')}`;
  };
  return identity(a.raw, ctx.source.lang) === identity(b.raw, ctx.target.lang);
}

/** A French file pointing at the English version of a page (or the reverse). */
function checkLinkLanguage(ctx: PairContext, target: Block[], links: KeyedLink[]): void {
  const text = target.map((b) => ctx.target.text.slice(b.start, b.end)).join(' ');
  if (ENGLISH_ONLY.test(text)) return;
  for (const l of links) {
    if (!splitUrl(l.raw)) continue;
    const lang = urlLanguage(l.raw);
    if (lang && lang !== ctx.target.lang) {
      ctx.report('link-language', linkAt(ctx.target, l.link), ctx.target.lang === 'fr' ? 'linkEnglishInFrench' : 'linkFrenchInEnglish', { url: l.link.url });
    }
  }
}

function linkAt(doc: ParsedDocument, link: LinkRef): Located {
  return { doc, start: link.start, end: link.end };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const messages = defineMessages({
  en: {
    linkCount: 'This {kind} has {count} links; the {lang} one (line {line}) has {otherCount}.',
    linkMissing: 'The link to {url} ({lang} line {line}) has no counterpart here.',
    linkTarget: 'This link goes to {url}; the {lang} one (line {line}) goes to {otherUrl}.',
    linkEnglishInFrench: 'This link goes to the English version of the page ({url}); link to the French version, or say the page is in English only.',
    linkFrenchInEnglish: 'This link goes to the French version of the page ({url}); link to the English version.',
    mailtoDiffers: 'The e-mail address {url} differs from {otherUrl} in the {lang} file (line {line}).',
  },
  fr: {
    linkCount: 'Cet élément «\u00A0{kind}\u00A0» contient {count}\u00A0liens; celui du fichier {lang} (ligne {line}) en contient {otherCount}.',
    linkMissing: 'Le lien vers {url} (fichier {lang}, ligne {line}) n’a pas de pendant ici.',
    linkTarget: 'Ce lien mène à {url}; celui du fichier {lang} (ligne {line}) mène à {otherUrl}.',
    linkEnglishInFrench: 'Ce lien mène à la version anglaise de la page ({url}); faites un lien vers la version française, ou précisez que la page est en anglais seulement.',
    linkFrenchInEnglish: 'Ce lien mène à la version française de la page ({url}); faites un lien vers la version anglaise.',
    mailtoDiffers: 'L’adresse courriel {url} diffère de {otherUrl} dans le fichier {lang} (ligne {line}).',
  },
});

export const linksRule = defineRule({
  ids: [
    { id: 'links', severity: 'error', description: { en: 'Links match in number and target (localized addresses accepted).', fr: 'Les liens correspondent en nombre et en destination (adresses localisées acceptées).' }, docs: 'link counts per block; targets equal or localized (`/en/`↔`/fr/`, `-eng`↔`-fra`, `eng`↔`fra`, `en.`↔`fr.`, `english`↔`francais`, `?lang=`, known bilingual hosts, paired documents); e-mail addresses equal' },
    { id: 'link-language', severity: 'warning', description: { en: 'Each file links to pages in its own language where they exist.', fr: 'Chaque fichier renvoie aux pages dans sa langue lorsqu’elles existent.' }, docs: 'the French file linking to the English version of a page (unless it says « en anglais seulement »)' },
  ],
  messages,
  pair: checkLinks,
});
