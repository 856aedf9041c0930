import { defineRule, type PairRuleContext } from '../../rules/rule';
import { defineMessages } from '../../messages/catalog';
import type { FrontMatterKey } from '../../markdown/frontMatter';
import type { ParsedDocument } from '../../markdown/documentModel';
import { FRONT_MATTER_OPTIONS, frontMatterKeyPolicy, type FrontMatterKeyPolicy } from '../../frontMatter/keyPolicy';
import { isTimestamp, sameFrontMatterValue } from '../../frontMatter/sameValue';
import { isImageValue, isWebAddress } from '../../frontMatter/valueKinds';

type Context = PairRuleContext<'front-matter', FrontMatterMessage>;

/**
 * Front matter keys present in one file only, and values that must agree but differ. Keys are
 * matched without regard to case (Hugo ignores it) unless configured otherwise; keys written for each language (see
 * frontMatter/keyPolicy.ts) are neither compared nor required on both sides; web addresses
 * are the links rule's to compare, prose the untranslated rule's.
 */
function checkFrontMatter(ctx: Context): void {
  const { source, target } = ctx;
  const policy = frontMatterKeyPolicy(ctx.options);
  const sourceKeys = source.frontMatter?.keys ?? [];
  const targetKeys = target.frontMatter?.keys ?? [];
  const match = policy.matchKey;
  const targetByKey = firstByKey(targetKeys, match);
  const sourceByKey = firstByKey(sourceKeys, match);
  const anchorOffset = target.frontMatter ? target.lines.offset(target.frontMatter.range.start) : 0;
  for (const key of sourceKeys) {
    if (policy.isIgnored(key.key) || sourceByKey.get(match(key.key)) !== key) continue;
    const counterpart = targetByKey.get(match(key.key));
    if (!counterpart) {
      if (!policy.isPerLanguage(key.key)) ctx.report('front-matter', { doc: target, start: anchorOffset, end: anchorOffset + 3 }, 'frontMatterKeyMissing', { key: key.key }, keyAt(source, key));
      continue;
    }
    if (differs(policy, key, counterpart)) {
      ctx.report('front-matter', keyAt(target, counterpart), 'frontMatterValue', { key: counterpart.key, value: String(counterpart.value), otherValue: String(key.value) }, keyAt(source, key));
    }
  }
  for (const key of targetKeys) {
    if (sourceByKey.has(match(key.key)) || policy.isPerLanguage(key.key) || targetByKey.get(match(key.key)) !== key) continue;
    ctx.report('front-matter', keyAt(target, key), 'frontMatterKeyExtra', { key: key.key }, source.frontMatter ? { doc: source, start: source.lines.offset(source.frontMatter.range.start), end: source.lines.offset(source.frontMatter.range.start) + 3 } : undefined);
  }
}

function firstByKey(keys: readonly FrontMatterKey[], match: (key: string) => string): Map<string, FrontMatterKey> {
  const map = new Map<string, FrontMatterKey>();
  for (const k of keys) if (!map.has(match(k.key))) map.set(match(k.key), k);
  return map;
}

function keyAt(doc: ParsedDocument, key: FrontMatterKey) {
  return { doc, start: doc.lines.offset(key.range.start), end: doc.lines.offset(key.range.end) };
}

/** Whether two values of a key that both files have must agree and do not. */
function differs(policy: FrontMatterKeyPolicy, a: FrontMatterKey, b: FrontMatterKey): boolean {
  if (policy.isPerLanguage(a.key) || a.value === undefined || b.value === undefined) return false;
  // Addresses may be localized counterparts: the links rule decides (links/compareLinks.ts).
  if (isWebAddress(a.value) && isWebAddress(b.value)) return false;
  if (isImageValue(a.key, a.value) || isImageValue(b.key, b.value)) return false;
  if (!policy.isAlwaysCompared(a.key) && (!comparable(a.value) || !comparable(b.value))) return false;
  return !sameFrontMatterValue(a.value, b.value);
}

/**
 * Values that do not get translated: numbers, booleans, dates and times, identifiers with a
 * digit. Free text under a key the lists do not know is expected to differ between the languages.
 */
function comparable(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (value instanceof Date || isTimestamp(value)) return true;
  return typeof value === 'string' && /^[\w.-]*\d[\w.-]*$/.test(value);
}

const messages = defineMessages({
  en: {
    frontMatterKeyMissing: 'Front matter key “{key}” of the {lang} file (line {line}) is missing here.',
    frontMatterKeyExtra: 'Front matter key “{key}” is not in the {lang} file.',
    frontMatterValue: 'Front matter “{key}” is {value} here but {otherValue} in the {lang} file.',
  },
  fr: {
    frontMatterKeyMissing: 'La clé de métadonnées «\u00A0{key}\u00A0» du fichier {lang} (ligne {line}) manque ici.',
    frontMatterKeyExtra: 'La clé de métadonnées «\u00A0{key}\u00A0» ne figure pas dans le fichier {lang}.',
    frontMatterValue: 'La métadonnée «\u00A0{key}\u00A0» vaut {value} ici, mais {otherValue} dans le fichier {lang}.',
  },
});
type FrontMatterMessage = keyof typeof messages.en;

export const frontMatterRule = defineRule({
  ids: [
    {
      id: 'front-matter',
      severity: 'warning',
      description: { en: 'Both files have the same front matter keys.', fr: 'Les deux fichiers ont les mêmes clés de métadonnées.' },
      docs: 'front matter keys in one file only, and numbers, dates (by calendar day), flags, `translationKey` and `layout` that differ; keys matched in any case; keys written for each language (title, description, url, slug, aliases, tags, lastmod, …) left alone',
      options: FRONT_MATTER_OPTIONS,
    },
  ],
  messages,
  pair: checkFrontMatter,
});
