import type { Lang } from '../messages/catalog';
import { frontMatterField } from '../frontMatter/fieldName';
import { fileLanguage, folderCounterparts, suffixCounterparts, type FileLanguage } from './fileLanguage';

export type PairingRule = 'translationKey' | 'map' | 'suffix' | 'folder';

export interface PairingInput {
  /** Workspace-relative path with `/`. */
  path: string;
  frontMatter?: Record<string, unknown>;
}

export interface FilePair {
  en: string;
  fr: string;
  by: PairingRule;
}

export interface PairingResult {
  pairs: FilePair[];
  /** Files in a known language that have no counterpart. */
  unpaired: Array<{ path: string; lang: Lang }>;
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
 * folder (`x.en.md` ↔ `x.fr.md`); 4. parallel trees (`en/x.md` ↔ `fr/x.md`).
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
  const pair = (en: string, fr: string, by: PairingRule) => {
    result.pairs.push({ en, fr, by });
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
    ['folder', folderCounterparts],
  ] as const) {
    for (const input of inputs) {
      const lang = languages.get(input.path);
      if (paired.has(input.path) || lang?.lang !== 'en') continue;
      const candidate = counterparts(input.path, 'fr').find((c) => present.has(c) && !paired.has(c) && languages.get(c)?.lang === 'fr');
      if (candidate) pair(input.path, candidate, rule);
    }
  }

  for (const input of inputs) {
    if (paired.has(input.path)) continue;
    const lang = languages.get(input.path);
    if (lang) result.unpaired.push({ path: input.path, lang: lang.lang });
    else result.undetermined.push(input.path);
  }
  return result;
}
