import { defineRule, type PairRuleContext } from '../../rules/rule';
import { defineMessages } from '../../messages/catalog';

/** Keys of the text itself, not of the page: their values are language-specific by nature. */
const LANGUAGE_KEYS = new Set(['lang', 'language']);

/** Front matter keys present in one file and not the other; non-text values that differ. */
function checkFrontMatter(ctx: PairRuleContext<'front-matter', FrontMatterMessage>): void {
  const { source, target } = ctx;
  const sourceKeys = source.frontMatter?.keys ?? [];
  const targetKeys = target.frontMatter?.keys ?? [];
  const targetByKey = new Map(targetKeys.map((k) => [k.key, k]));
  const sourceByKey = new Map(sourceKeys.map((k) => [k.key, k]));
  const anchorOffset = target.frontMatter ? target.lines.offset(target.frontMatter.range.start) : 0;
  for (const key of sourceKeys) {
    const counterpart = targetByKey.get(key.key);
    const keyAt = { doc: source, start: source.lines.offset(key.range.start), end: source.lines.offset(key.range.end) };
    if (!counterpart) {
      ctx.report('front-matter', { doc: target, start: anchorOffset, end: anchorOffset + 3 }, 'frontMatterKeyMissing', { key: key.key }, keyAt);
      continue;
    }
    if (LANGUAGE_KEYS.has(key.key) || !comparable(key.value) || !comparable(counterpart.value)) continue;
    if (String(key.value) !== String(counterpart.value)) {
      const at = { doc: target, start: target.lines.offset(counterpart.range.start), end: target.lines.offset(counterpart.range.end) };
      ctx.report('front-matter', at, 'frontMatterValue', { key: key.key, value: String(counterpart.value), otherValue: String(key.value) }, keyAt);
    }
  }
  for (const key of targetKeys) {
    if (sourceByKey.has(key.key)) continue;
    const at = { doc: target, start: target.lines.offset(key.range.start), end: target.lines.offset(key.range.end) };
    ctx.report('front-matter', at, 'frontMatterKeyExtra', { key: key.key }, source.frontMatter ? { doc: source, start: source.lines.offset(source.frontMatter.range.start), end: source.lines.offset(source.frontMatter.range.start) + 3 } : undefined);
  }
}

/**
 * Values that do not get translated: numbers, booleans, dates, identifiers. Free text is
 * expected to differ between the languages.
 */
function comparable(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (value instanceof Date) return true;
  return typeof value === 'string' && /^(\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?|[\w.-]*\d[\w.-]*)$/.test(value) && !/\s/.test(value);
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
  ids: [{ id: 'front-matter', severity: 'warning', description: { en: 'Both files have the same front matter keys.', fr: 'Les deux fichiers ont les mêmes clés de métadonnées.' }, docs: 'front matter keys in one file only; numbers, dates and flags that differ' }],
  messages,
  pair: checkFrontMatter,
});
