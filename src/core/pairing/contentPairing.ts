import { featureKind, type FeatureKind, type Fingerprint } from './fingerprint';
import { baseOf, dirOf, FolderCorrespondence, type TreePosition } from './folderCorrespondence';

/** Why a file is probably another's counterpart, in the order a message names them. */
export type CandidateReason = FeatureKind | 'fileName' | 'folder';

export interface ContentMatch {
  en: string;
  fr: string;
  /** Evidence: content agreement plus tree position; see scoreOf. */
  score: number;
  /** 0–1: how strong the evidence is and how clearly it beats the next candidate. */
  confidence: number;
  reasons: CandidateReason[];
}

export interface ContentPairingResult {
  /** Unambiguous pairs, one-to-one. */
  pairs: ContentMatch[];
  /** For files left unpaired: their best candidate, when there is one worth naming. */
  candidates: Map<string, ContentMatch>;
}

/** The score a pair needs, and how far it must beat the runner-up on both sides. */
const PAIR_SCORE = 1.5;
const MARGIN = 1.5;
/**
 * The least content evidence a pair needs (position alone never pairs): less when both files
 * have the same name in counterpart folders (`button/base.md` ↔ `bouton/base.md`), which is
 * almost the parallel-folder rule already.
 */
const PAIR_EVIDENCE = 0.5;
const PAIR_EVIDENCE_SAME_NAME = 0.3;
/** A feature this heavy is a sign on its own; a pair needs two of them (one may be a coincidence: the same report linked from two unrelated pages). */
const STRONG_WEIGHT = 0.2;
const STRONG_FEATURES = 2;
/** The least score worth naming a file as a probable counterpart. */
const CANDIDATE_SCORE = 0.75;
const ROUNDS = 3;

interface Side {
  path: string;
  fp: Fingerprint;
}

interface IndexedSide extends Side {
  /** The kinds of features the file has at all. */
  kinds: Set<FeatureKind>;
}

/** Below this weight (a feature held by more than 50 files of a language) a feature does not count. */
const MIN_WEIGHT = 0.02;

/**
 * Pairs English and French files that no name rule paired, by where they are and what they
 * hold. A feature counts by how rare it is: shared by one file per language it weighs 1, by
 * two 1/2, and so on, so `layout: base` shared by a hundred pages says almost nothing and one
 * `github` address says a lot. Files pair only when their positions agree (counterpart
 * folders, or new sibling folders under counterpart parents), the evidence is enough, and the
 * best candidate clearly beats the second on both sides; a wrong pair is worse than none.
 * Rounds repeat while pairs are found: each pair teaches folders and leaves fewer candidates.
 */
export function pairByContent(
  en: ReadonlyArray<Side>,
  fr: ReadonlyArray<Side>,
  all: { en: ReadonlyArray<Fingerprint>; fr: ReadonlyArray<Fingerprint> },
  known: ReadonlyArray<{ en: string; fr: string }>,
): ContentPairingResult {
  const weight = featureWeights(all.en, all.fr);
  const pairs: ContentMatch[] = [];
  let freeEn = [...en];
  let freeFr = [...fr];
  let scored: Scored;
  for (let round = 0; ; round++) {
    scored = scoreAll(freeEn, freeFr, weight, new FolderCorrespondence([...known, ...pairs]));
    const found = round < ROUNDS ? decide(freeEn, freeFr, scored) : [];
    if (found.length === 0) break;
    pairs.push(...found);
    const taken = new Set(found.flatMap((m) => [m.en, m.fr]));
    freeEn = freeEn.filter((s) => !taken.has(s.path));
    freeFr = freeFr.filter((s) => !taken.has(s.path));
  }
  // The candidates come from the last scoring, of the files still free.
  const candidates = new Map<string, ContentMatch>();
  for (const s of [...freeEn, ...freeFr]) {
    const best = scored.get(s.path)?.[0];
    if (best && best.score >= CANDIDATE_SCORE && best.evidence > 0) candidates.set(s.path, best);
  }
  return { pairs, candidates };
}

interface ScoredMatch extends ContentMatch {
  evidence: number;
  /** How many shared features weigh at least STRONG_WEIGHT. */
  strong: number;
  position: TreePosition;
}
/** Each file's candidates, best first. */
type Scored = Map<string, ScoredMatch[]>;

/** 1 / the larger number of files per language that hold a feature. */
function featureWeights(en: ReadonlyArray<Fingerprint>, fr: ReadonlyArray<Fingerprint>): (feature: string) => number {
  const count = (fps: ReadonlyArray<Fingerprint>) => {
    const n = new Map<string, number>();
    for (const fp of fps) for (const f of fp.features) n.set(f, (n.get(f) ?? 0) + 1);
    return n;
  };
  const a = count(en);
  const b = count(fr);
  return (f) => 1 / Math.max(a.get(f) ?? 1, b.get(f) ?? 1);
}

function scoreAll(enSides: ReadonlyArray<Side>, frSides: ReadonlyArray<Side>, weight: (f: string) => number, folders: FolderCorrespondence): Scored {
  const indexed = (s: Side): IndexedSide => ({ ...s, kinds: new Set(s.fp.features.map(featureKind)) });
  const en = enSides.map(indexed);
  const fr = frSides.map(indexed);
  // Only pairs that share a feature or a folder are scored (an index, not every pair of files).
  const byFeature = new Map<string, IndexedSide[]>();
  // Features held by very many files weigh next to nothing; counting them would score every pair.
  for (const s of fr) for (const f of s.fp.features) if (weight(f) >= MIN_WEIGHT) push(byFeature, f, s);
  const frByDir = new Map<string, IndexedSide[]>();
  for (const s of fr) push(frByDir, dirOf(s.path), s);
  const enByDir = new Map<string, IndexedSide[]>();
  for (const s of en) push(enByDir, dirOf(s.path), s);
  const scored: Scored = new Map();
  // The French files whose folder agrees with an English folder, worked out once per folder.
  const near = new Map<string, IndexedSide[]>();
  const nearby = (enDir: string): IndexedSide[] => {
    const known = near.get(enDir);
    if (known) return known;
    const list = [...frByDir].filter(([frDir]) => folders.position(`${enDir}/x`, `${frDir}/x`) !== 'none').flatMap(([, sides]) => sides);
    near.set(enDir, list);
    return list;
  };
  for (const e of en) {
    const shared = new Map<IndexedSide, string[]>();
    for (const f of e.fp.features) for (const s of byFeature.get(f) ?? []) push(shared, s, f);
    // Pairs in counterpart folders are scored even with nothing in common.
    for (const s of nearby(dirOf(e.path))) if (!shared.has(s)) shared.set(s, []);
    for (const [f, features] of shared) {
      const position = folders.position(e.path, f.path);
      const alone = position === 'folder' && enByDir.get(dirOf(e.path))?.length === 1 && frByDir.get(dirOf(f.path))?.length === 1;
      const m = scoreOf(e, f, features, weight, position, alone);
      push(scored, m.en, m);
      push(scored, m.fr, m);
    }
  }
  for (const list of scored.values()) list.sort((x, y) => y.score - x.score);
  return scored;
}

/**
 * Content evidence (the weights of the shared features), plus the position: counterpart folders
 * +0.5, the same file name +0.5, the only file left on each side of two counterpart folders
 * +0.5; minus 0.5 for each kind of content that both files have and that differs entirely
 * (heading counts, code, images).
 */
function scoreOf(e: IndexedSide, f: IndexedSide, shared: string[], weight: (f: string) => number, position: TreePosition, alone: boolean): ScoredMatch {
  const byKind = new Map<FeatureKind, number>();
  let evidence = 0;
  let strong = 0;
  for (const feature of shared) {
    const w = weight(feature);
    evidence += w;
    // A per-language identifier that only this pair shares decides on its own.
    if (featureKind(feature) === 'mark' && w >= 0.5) strong += STRONG_FEATURES;
    else if (w >= STRONG_WEIGHT) strong++;
    byKind.set(featureKind(feature), (byKind.get(featureKind(feature)) ?? 0) + w);
  }
  const sameName = baseOf(e.path) === baseOf(f.path);
  let score = evidence + (position === 'folder' ? 0.5 : 0) + (sameName ? 0.5 : 0) + (alone ? 0.5 : 0);
  const { headings: h1 } = e.fp;
  const { headings: h2 } = f.fp;
  if (h1 > 0 && h2 > 0 && Math.abs(h1 - h2) > Math.max(1, 0.25 * Math.max(h1, h2))) score -= 0.5;
  for (const kind of ['code', 'img'] as const) if (e.kinds.has(kind) && f.kinds.has(kind) && !byKind.has(kind)) score -= 0.5;
  const reasons: CandidateReason[] = [...byKind].filter(([, w]) => w >= 0.2).sort((x, y) => y[1] - x[1]).map(([k]) => k);
  if (sameName) reasons.push('fileName');
  if (position === 'folder') reasons.push('folder');
  return { en: e.path, fr: f.path, score, evidence, strong, position, confidence: 0, reasons };
}

/** The unambiguous pairs: enough evidence, positions agree, each the other's clear best. */
function decide(en: ReadonlyArray<Side>, fr: ReadonlyArray<Side>, scored: Scored): ContentMatch[] {
  const out: ContentMatch[] = [];
  const frSet = new Set(fr.map((s) => s.path));
  for (const e of en) {
    const list = scored.get(e.path);
    const best = list?.[0];
    if (!best || !frSet.has(best.fr) || best.position === 'none' || best.score < PAIR_SCORE) continue;
    const sameNameInFolder = best.position === 'folder' && best.reasons.includes('fileName');
    if (best.evidence < (sameNameInFolder ? PAIR_EVIDENCE_SAME_NAME : PAIR_EVIDENCE)) continue;
    if (!sameNameInFolder && best.strong < STRONG_FEATURES) continue;
    const back = scored.get(best.fr)!;
    if (back[0] !== best) continue;
    const runnerUp = Math.max(list[1]?.score ?? 0, back[1]?.score ?? 0, 0);
    if (best.score < MARGIN * runnerUp) continue;
    const confidence = Math.round((1 - runnerUp / best.score) * (1 - Math.exp(-best.score)) * 100) / 100;
    out.push({ en: best.en, fr: best.fr, score: best.score, confidence, reasons: best.reasons });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
