import { blockStart, kindName } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext } from '../../rules/rule';

type PairContext = PairRuleContext<'images' | 'image-alt', keyof typeof messages.en>;

/** Images of aligned blocks: as many on each side; alt text on one side means alt text on both. */
function checkImages(ctx: PairContext): void {
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    const s = source.flatMap((b) => b.images);
    const t = target.flatMap((b) => b.images);
    if (s.length !== t.length) {
      ctx.report('images', blockStart(ctx.target, target), 'imageCount', { kind: kindName(target[0].kind), count: t.length, otherCount: s.length }, blockStart(ctx.source, source));
      continue;
    }
    for (let i = 0; i < s.length; i++) {
      const a = s[i];
      const b = t[i];
      if (a.hasAlt === b.hasAlt) continue;
      // The finding goes to the file that lacks the alt text: that is where it gets fixed.
      const [lacking, having, lackingDoc, havingDoc] = a.hasAlt ? [b, a, ctx.target, ctx.source] : [a, b, ctx.source, ctx.target];
      ctx.report('image-alt', { doc: lackingDoc, start: lacking.start, end: lacking.end }, 'imageAltMissing', { alt: having.text }, { doc: havingDoc, start: having.start, end: having.end });
    }
  }
}

const messages = defineMessages({
  en: {
    imageCount: 'This {kind} has {count, plural, one {# image} other {# images}}; the {lang} one (line {line}) has {otherCount}.',
    imageAltMissing: 'This image has no alt text; the {lang} one (line {line}) has: “{alt}”.',
  },
  fr: {
    imageCount: 'Cet élément «\u00A0{kind}\u00A0» contient {count, plural, one {#\u00A0image} other {#\u00A0images}}; celui du fichier {lang} (ligne {line}) en contient {otherCount}.',
    imageAltMissing: 'Cette image n’a pas de texte de remplacement; celle du fichier {lang} (ligne {line}) en a un\u00A0: «\u00A0{alt}\u00A0».',
  },
});

export const imagesRule = defineRule({
  ids: [
    { id: 'images', severity: 'error', description: { en: 'Images match in number.', fr: 'Les images correspondent en nombre.' }, docs: 'image counts per block' },
    { id: 'image-alt', severity: 'warning', description: { en: 'An image with alt text in one language has alt text in the other.', fr: 'Une image avec un texte de remplacement dans une langue en a un dans l’autre.' }, docs: 'alt text in one language only' },
  ],
  messages,
  pair: checkImages,
});
