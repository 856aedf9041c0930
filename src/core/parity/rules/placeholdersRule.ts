import type { TemplateToken } from '../../extract/placeholders';
import type { Block } from '../../markdown/documentModel';
import { blockStart } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext } from '../../rules/rule';
import { languageNeutralName } from '../../extract/languageNeutralName';

type PairContext = PairRuleContext<'placeholders' | 'shortcodes', keyof typeof messages.en>;

/** Placeholders (`{{name}}`, `${name}`) and shortcodes are code: identical in both languages. */
function checkPlaceholders(ctx: PairContext): void {
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    const s = outsideLinks(source);
    const t = outsideLinks(target);
    if (!s.length && !t.length) continue;
    // A placeholder the other side uses too, only more or fewer times, is phrasing (« {{x}} … ce {{x}} »), not a missing value.
    const diff = multisetDifference(s, t);
    const keysS = new Set(s.map(counterpartKey));
    const keysT = new Set(t.map(counterpartKey));
    const onlyA = diff.onlyA.filter((x) => !keysT.has(counterpartKey(x)));
    const onlyB = diff.onlyB.filter((x) => !keysS.has(counterpartKey(x)));
    for (const token of onlyA) {
      const kind = token.kind;
      ctx.report(kind === 'shortcode' ? 'shortcodes' : 'placeholders', blockStart(ctx.target, target), kind === 'shortcode' ? 'shortcodeMissing' : 'placeholderMissing', { token: token.text }, { doc: ctx.source, start: token.start, end: token.end });
    }
    // One placeholder renamed: replacing it with the other language's is a safe fix.
    const renamed = onlyA.length === 1 && onlyB.length === 1 && onlyA[0].kind === 'placeholder' && onlyB[0].kind === 'placeholder' ? onlyA[0] : undefined;
    for (const token of onlyB) {
      const kind = token.kind;
      const fix = renamed ? { fix: { start: token.start, end: token.end, text: renamed.text, titleId: 'fixReplaceWith', titleArgs: { value: renamed.text } } } : undefined;
      ctx.report(kind === 'shortcode' ? 'shortcodes' : 'placeholders', { doc: ctx.target, start: token.start, end: token.end }, kind === 'shortcode' ? 'shortcodeExtra' : 'placeholderExtra', { token: token.text }, blockStart(ctx.source, source), fix);
    }
  }
}

/**
 * Placeholders outside link addresses. A placeholder that is the address of a link the engine
 * sees (`[guide]({{ links.guide }})`, `<a href="{{ links.guide }}">`) is the links rule's: it
 * compares it with the other file's link, be that another expression or a written-out address,
 * and a dropped link is one finding there rather than one in each rule.
 */
function outsideLinks(blocks: Block[]): TemplateToken[] {
  const squeeze = (x: string) => x.replace(/\s+/g, '');
  return blocks.flatMap((b) => {
    const targets = [...b.links, ...b.images];
    return b.templates.filter((x) => !targets.some((l) => l.start <= x.start && x.end <= l.end && squeeze(l.url) === squeeze(x.text)));
  });
}

/** What must match in the other file: a placeholder's name up to the words naming a language (`figmaEn` ↔ `figmaFr`). */
function counterpartKey(token: TemplateToken): string {
  return token.kind === 'placeholder' ? languageNeutralName(token.key) : token.key;
}

function multisetDifference(a: TemplateToken[], b: TemplateToken[]): { onlyA: TemplateToken[]; onlyB: TemplateToken[] } {
  const used = new Set<number>();
  const onlyA: TemplateToken[] = [];
  for (const x of a) {
    const key = counterpartKey(x);
    const j = b.findIndex((y, k) => !used.has(k) && counterpartKey(y) === key);
    if (j < 0) onlyA.push(x);
    else used.add(j);
  }
  return { onlyA, onlyB: b.filter((_, k) => !used.has(k)) };
}

const messages = defineMessages({
  en: {
    placeholderMissing: 'Placeholder {token} of the {lang} file (line {line}) is missing here.',
    placeholderExtra: 'Placeholder {token} is not in the {lang} file (line {line}).',
    shortcodeMissing: 'Shortcode {token} of the {lang} file (line {line}) is missing here.',
    shortcodeExtra: 'Shortcode {token} is not in the {lang} file (line {line}).',
  },
  fr: {
    placeholderMissing: 'Le paramètre {token} du fichier {lang} (ligne {line}) manque ici.',
    placeholderExtra: 'Le paramètre {token} ne figure pas dans le fichier {lang} (ligne {line}).',
    shortcodeMissing: 'Le code court {token} du fichier {lang} (ligne {line}) manque ici.',
    shortcodeExtra: 'Le code court {token} ne figure pas dans le fichier {lang} (ligne {line}).',
  },
});

export const placeholdersRule = defineRule({
  ids: [
    { id: 'placeholders', severity: 'error', description: { en: 'Template placeholders are identical in both languages.', fr: 'Les paramètres substituables sont identiques dans les deux langues.' }, docs: '`{{name}}` and `${name}` placeholders not identical' },
    { id: 'shortcodes', severity: 'error', description: { en: 'Hugo shortcodes match.', fr: 'Les codes courts Hugo correspondent.' }, docs: 'Hugo shortcodes not identical (name and parameter names)' },
  ],
  messages,
  pair: checkPlaceholders,
});
