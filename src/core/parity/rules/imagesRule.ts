import { blockStart, kindName, type PairContext } from '../pairContext';

/** Images of aligned blocks: as many on each side; alt text on one side means alt text on both. */
export function checkImages(ctx: PairContext): void {
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
