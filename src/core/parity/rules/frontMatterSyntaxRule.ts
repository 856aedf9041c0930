import { defineMessages } from '../../messages/catalog';
import { defineRule } from '../../rules/rule';

const messages = defineMessages({
  en: {
    frontMatterSyntax: 'Front matter is not valid YAML: {detail}.',
    frontMatterNotMapping: 'Front matter must be a set of “key: value” lines.',
    frontMatterUnclosed: 'Front matter starts with “---” but is never closed by a second “---” line.',
  },
  fr: {
    frontMatterSyntax: 'Les métadonnées d’en-tête ne sont pas du YAML valide\u00A0: {detail}.',
    frontMatterNotMapping: 'Les métadonnées d’en-tête doivent être des lignes «\u00A0clé\u00A0: valeur\u00A0».',
    frontMatterUnclosed: 'Les métadonnées d’en-tête commencent par «\u00A0---\u00A0» mais ne sont jamais fermées par une seconde ligne «\u00A0---\u00A0».',
  },
});

/** Front matter that the site generator could not read: the parse problems found with the document. */
export const frontMatterSyntaxRule = defineRule({
  ids: [{ id: 'front-matter-syntax', severity: 'error', description: { en: 'Front matter is valid YAML.', fr: 'Les métadonnées d’en-tête sont du YAML valide.' }, docs: 'front matter that is not valid YAML, or never closed' }],
  messages,
  document(ctx) {
    const { doc } = ctx;
    for (const p of doc.problems) {
      ctx.report('front-matter-syntax', { start: doc.lines.offset(p.range.start), end: doc.lines.offset(p.range.end) }, p.messageId, p.detail ? { detail: p.detail } : undefined);
    }
  },
});
