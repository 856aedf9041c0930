import type { Lang } from '../messages/catalog';
import { frontMatterField } from '../frontMatter/fieldName';
import { fileLanguage, folderCounterparts, suffixCounterparts, type FileLanguage } from './fileLanguage';
import type { Fingerprint } from './fingerprint';
import { pairByContent, type CandidateReason } from './contentPairing';

export type PairingRule = 'translationKey' | 'map' | 'suffix' | 'folders' | 'content';

export interface PairingInput {
  /** Workspace-relative path with `/`. */
  path: string;
  frontMatter?: Record<string, unknown>;
  /**
   * What the file holds (contentFingerprint), or how to take it: asked for only when some file
   * of each language is left unpaired. Without it the file is never paired by content.
   */
  fingerprint?: Fingerprint | (() => Fingerprint);
}

export interface FilePair {
  en: string;
  fr: string;
  pairedBy: PairingRule;
  /** For pairs made by content: 0–1, how strong the evidence and how clear the margin. */
  confidence?: number;
}

/** The file an unpaired file most probably pairs with, and why. */
export interface PairCandidate {
  path: string;
  reasons: CandidateReason[];
}

export interface PairingResult {
  pairs: FilePair[];
  /** Files in a known language that have no counterpart. */
  unpaired: Array<{ path: string; lang: Lang; candidate?: PairCandidate }>;
  /** Files whose language could not be told (no front matter lang, suffix or folder). */
  undetermined: string[];
  /** Files sharing a translationKey with another file of the same language. */
  duplicateKeys: Array<{ path: string; key: string; other: string }>;
  /** Explicit map entries whose files are not among the inputs. */
  missingMapEntries: Array<{ en: string; fr: string; missing: string[] }>;
  languages: Map<string, FileLanguage>;
}

/**
 * Pairs English and French files. For each file the first rule that finds a counterpart wins:
 * 1. front matter `translationKey`; 2. the explicit map; 3. a language suffix in the same
 * folder (`x.en.md` ↔ `x.fr.md`); 4. parallel trees (`en/x.md` ↔ `fr/x.md`); 5. for what is
 * left, tree position and content together, when unambiguous (see contentPairing.ts). Files
 * still unpaired get their best candidate, if any.
 */
export function pairFiles(inputs: PairingInput[], explicitMap: Map<string, string>): PairingResult {
  const result: PairingResult = { pairs: [], unpaired: [], undetermined: [], duplicateKeys: [], missingMapEntries: [], languages: new Map() };
  const present = new Set(inputs.map((i) => i.path));
  const paired = new Set<string>();
  const languages = result.languages;
  for (const input of inputs) {
    const lang = fileLanguage(input.path, input.frontMatter);
    if (lang) languages.set(input.path, lang);
  }
  // The explicit map also says which side is English, whatever the paths look like.
  for (const [en, fr] of explicitMap) {
    if (present.has(en) && !languages.has(en)) languages.set(en, { lang: 'en', source: 'map' });
    if (present.has(fr) && !languages.has(fr)) languages.set(fr, { lang: 'fr', source: 'map' });
  }
  const pair = (en: string, fr: string, pairedBy: PairingRule) => {
    result.pairs.push({ en, fr, pairedBy });
    paired.add(en);
    paired.add(fr);
  };

  // 1. translationKey
  const byKey = new Map<string, { en: string[]; fr: string[] }>();
  for (const input of inputs) {
    // Any case: Hugo reads `TranslationKey` as `translationKey`.
    const key = frontMatterField(input.frontMatter, 'translationKey');
    const lang = languages.get(input.path)?.lang;
    if ((typeof key !== 'string' && typeof key !== 'number') || !lang) continue;
    const group = byKey.get(String(key)) ?? { en: [], fr: [] };
    group[lang].push(input.path);
    byKey.set(String(key), group);
  }
  for (const [key, group] of byKey) {
    for (const lang of ['en', 'fr'] as const) {
      for (const extra of group[lang].slice(1)) result.duplicateKeys.push({ path: extra, key, other: group[lang][0] });
    }
    if (group.en.length >= 1 && group.fr.length >= 1) pair(group.en[0], group.fr[0], 'translationKey');
  }

  // 2. explicit map
  for (const [en, fr] of explicitMap) {
    const missing = [en, fr].filter((p) => !present.has(p));
    if (missing.length) {
      result.missingMapEntries.push({ en, fr, missing });
      continue;
    }
    if (!paired.has(en) && !paired.has(fr)) pair(en, fr, 'map');
  }

  // 3. suffix, then 4. parallel folders
  for (const [rule, counterparts] of [
    ['suffix', suffixCounterparts],
    ['folders', folderCounterparts],
  ] as const) {
    for (const input of inputs) {
      const lang = languages.get(input.path);
      if (paired.has(input.path) || lang?.lang !== 'en') continue;
      const candidate = counterparts(input.path, 'fr').find((c) => present.has(c) && !paired.has(c) && languages.get(c)?.lang === 'fr');
      if (candidate) pair(input.path, candidate, rule);
    }
  }

  // 5. content and tree position
  const left = { en: 0, fr: 0 };
  for (const input of inputs) {
    const lang = languages.get(input.path)?.lang;
    if (lang && input.fingerprint && !paired.has(input.path)) left[lang]++;
  }
  const sides = { en: [] as Array<{ path: string; fp: Fingerprint }>, fr: [] as Array<{ path: string; fp: Fingerprint }> };
  const all = { en: [] as Fingerprint[], fr: [] as Fingerprint[] };
  // A tree where every file found its counterpart by name never pays for fingerprints.
  if (left.en && left.fr) {
    for (const input of inputs) {
      const lang = languages.get(input.path)?.lang;
      if (!lang || !input.fingerprint) continue;
      const fp = typeof input.fingerprint === 'function' ? input.fingerprint() : input.fingerprint;
      all[lang].push(fp);
      if (!paired.has(input.path)) sides[lang].push({ path: input.path, fp });
    }
  }
  const content = sides.en.length && sides.fr.length ? pairByContent(sides.en, sides.fr, all, result.pairs) : undefined;
  for (const m of content?.pairs ?? []) {
    pair(m.en, m.fr, 'content');
    result.pairs[result.pairs.length - 1].confidence = m.confidence;
  }

  for (const input of inputs) {
    if (paired.has(input.path)) continue;
    const lang = languages.get(input.path);
    const best = content?.candidates.get(input.path);
    const candidate = best && { path: lang?.lang === 'en' ? best.fr : best.en, reasons: best.reasons };
    if (lang) result.unpaired.push(candidate ? { path: input.path, lang: lang.lang, candidate } : { path: input.path, lang: lang.lang });
    else result.undetermined.push(input.path);
  }
  return result;
}
