import type { Lang } from '../messages/catalog';
import { DEFAULT_HOST_PAIRS, HostKnowledge } from './knownHosts';
import { neutralKey } from './compareLinks';
import { markedLanguage, parseUrl } from './urlParts';

export { DEFAULT_HOST_PAIRS } from './knownHosts';

/** Does the address say which language it is in? */
export function urlLanguage(url: string): Lang | undefined {
  return markedLanguage(url);
}

const knowledge = new WeakMap<Record<string, string>, HostKnowledge>();

/**
 * The address with its language markers, tracking parameters and anchor set aside and its host
 * named as its English counterpart: two links whose neutral forms are equal are counterparts.
 */
export function neutralUrl(url: string, _lang: Lang, hostPairs: Record<string, string> = DEFAULT_HOST_PAIRS): string {
  let hosts = knowledge.get(hostPairs);
  if (!hosts) knowledge.set(hostPairs, (hosts = new HostKnowledge(hostPairs)));
  return neutralKey(parseUrl(url), hosts);
}
