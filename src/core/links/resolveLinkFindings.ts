import type { Finding } from '../findings';
import type { LinkExcuse } from './compareLinks';

/** The key under which a link finding carries what could excuse it (removed from every finding here). */
export const LINK_EXCUSE = 'linkExcuse';

/** A pairing is learned only when at least this many pairs of files use it. */
export const MIN_PAIRS_TO_LEARN = 2;

/**
 * The project-level step of the links rule, once every pair has been checked: hosts that the
 * workspace always uses as counterparts (never one of them with a third), and accounts or ids
 * always used in each other's place (`twitter.com/CDS_GC` ↔ `twitter.com/SNC_GC`), in at
 * least two pairs of files, excuse the link findings that carry them. Returns each finding that
 * carries an excuse, with whether the workspace confirms it (the others are not concerned).
 */
export function settleLinkFindings(findings: readonly Finding[]): Map<Finding, boolean> {
  const carrying = findings.filter((f) => excuseOf(f) !== undefined);
  const learned = learnPairings(carrying.map((f) => excuseOf(f)!));
  return new Map(carrying.map((f) => [f, learned.has(pairingKey(excuseOf(f)!.excuse))]));
}

interface Excused {
  excuse: LinkExcuse;
  /** The pair of files, so that a pairing seen twice in one file counts once. */
  pair: string;
}

function excuseOf(f: Finding): Excused | undefined {
  const excuse = f.data?.[LINK_EXCUSE] as LinkExcuse | undefined;
  if (!excuse) return undefined;
  return { excuse, pair: `${f.file}\u0000${f.related?.[0]?.file ?? ''}` };
}

/** The finding without what could have excused it (machine data, not for output). */
export function withoutExcuse(f: Finding): Finding {
  const { [LINK_EXCUSE]: _excuse, ...data } = f.data ?? {};
  const copy: Finding = { ...f };
  if (Object.keys(data).length) copy.data = data;
  else delete copy.data;
  return copy;
}

/** The pairings that enough pairs of files use and none contradicts. */
function learnPairings(all: Excused[]): Set<string> {
  const scope = (e: LinkExcuse) => (e.kind === 'host' ? 'host' : `account:${e.context}`);
  const frOf = new Map<string, Set<string>>();
  const enOf = new Map<string, Set<string>>();
  const pairs = new Map<string, Set<string>>();
  for (const { excuse, pair } of all) {
    const s = scope(excuse);
    add(frOf, `${s}\u0000${excuse.en}`, excuse.fr);
    add(enOf, `${s}\u0000${excuse.fr}`, excuse.en);
    add(pairs, pairingKey(excuse), pair);
  }
  const learned = new Set<string>();
  for (const { excuse } of all) {
    const s = scope(excuse);
    const consistent = frOf.get(`${s}\u0000${excuse.en}`)!.size === 1 && enOf.get(`${s}\u0000${excuse.fr}`)!.size === 1;
    if (consistent && pairs.get(pairingKey(excuse))!.size >= MIN_PAIRS_TO_LEARN) learned.add(pairingKey(excuse));
  }
  return learned;
}

function pairingKey(e: LinkExcuse): string {
  return e.kind === 'host' ? `host\u0000${e.en}\u0000${e.fr}` : `account:${e.context}\u0000${e.en}\u0000${e.fr}`;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
