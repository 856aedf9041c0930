import data from '../../../links/bilingual-hosts.json';
import { canonicalHost } from './urlParts';

/** English host → French host of the well-known bilingual sites (links/bilingual-hosts.json). */
export const DEFAULT_HOST_PAIRS: Record<string, string> = Object.fromEntries(data.hostPairs.map((p) => [p.en, p.fr]));

/** Each host name of a site known under several names, mapped to the group's first name. */
const SAME_SITE = new Map<string, string>();
for (const group of data.sameSite) {
  const [first, ...others] = group.hosts.map(canonicalHost);
  for (const h of others) SAME_SITE.set(h, first);
}

/** How the hosts of an English and a French link relate. */
export type HostRelation = 'same' | 'paired' | 'conflict' | 'unknown';

/** Host pairs (configured and built in) and the site's own host names, canonical and both ways. */
export class HostKnowledge {
  private readonly frOf = new Map<string, string>();
  private readonly enOf = new Map<string, string>();
  private readonly site: Set<string>;

  constructor(hostPairs: Record<string, string>, siteHosts: readonly string[] = []) {
    for (const [en, fr] of Object.entries(hostPairs)) {
      this.frOf.set(canonicalHost(en), canonicalHost(fr));
      this.enOf.set(canonicalHost(fr), canonicalHost(en));
    }
    this.site = new Set(siteHosts.map(canonicalHost));
  }

  /** Is this host one of the project's own site (config `siteHosts`)? */
  isSite(host: string): boolean {
    return this.site.has(sameSite(host));
  }

  relation(enHost: string, frHost: string): HostRelation {
    const en = sameSite(enHost);
    const fr = sameSite(frHost);
    if (en === fr || (this.site.has(en) && this.site.has(fr))) return 'same';
    if (this.frOf.get(en) === fr) return 'paired';
    if (this.frOf.has(en) || this.enOf.has(fr)) return 'conflict';
    return 'unknown';
  }

  /** The French host when `host` is the English host of a known pair. */
  frenchHostOf(host: string): string | undefined {
    return this.frOf.get(sameSite(host));
  }

  /** The English host when `host` is the French host of a known pair. */
  englishHostOf(host: string): string | undefined {
    return this.enOf.get(sameSite(host));
  }

  /** One name for a host and its counterparts, for keys that must be equal across languages. */
  neutral(host: string): string {
    const h = sameSite(host);
    return this.enOf.get(h) ?? h;
  }
}

function sameSite(host: string): string {
  const h = canonicalHost(host);
  return SAME_SITE.get(h) ?? h;
}
