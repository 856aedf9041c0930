import type { Block, BlockKind, ListShape, Section } from '../../markdown/documentModel';
import { blockStart, kindName, type Located } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext } from '../../rules/rule';
import { canonicalCodeLanguage } from '../../markdown/codeLanguage';
import { findBlockMoves } from './blockMoves';
import { isLanguageNote } from './languageNote';

type BlockRuleId = 'blocks' | 'lists' | 'tables' | 'code-blocks' | 'blockquotes';
type PairContext = PairRuleContext<BlockRuleId, keyof typeof messages.en>;

/** Which rule owns a missing block of each kind (headings start sections: the sections rule reports those). */
const RULE_OF_KIND: Record<BlockKind, BlockRuleId> = {
  paragraph: 'blocks',
  footnote: 'blocks',
  heading: 'blocks',
  list: 'lists',
  table: 'tables',
  code: 'code-blocks',
  blockquote: 'blockquotes',
};

/** A file this much shorter than its counterpart, and this many blocks behind, is a stub: reported once. */
const STUB_RATIO = 20;
const STUB_MIN_UNMATCHED = 50;

/**
 * An untranslated stub (“not translated yet”) beside a long file is one finding, not one per
 * block of the other: 40 000 findings would say nothing more and cost the run its memory.
 */
function reportStub(ctx: PairContext): boolean {
  let source = 0;
  let target = 0;
  let unmatched = 0;
  for (const step of ctx.steps) {
    source += step.source.length;
    target += step.target.length;
    if (!step.source.length || !step.target.length) unmatched += step.source.length + step.target.length;
  }
  const [few, many] = target < source ? [target, source] : [source, target];
  if (unmatched < STUB_MIN_UNMATCHED || few * STUB_RATIO > many) return false;
  const first = (side: 'source' | 'target') => ctx.steps.find((s) => s[side].length)?.[side][0];
  const targetBlock = first('target');
  const sourceBlock = first('source');
  const here = targetBlock ? blockStart(ctx.target, [targetBlock]) : { doc: ctx.target, start: 0, end: 0 };
  const there = sourceBlock ? blockStart(ctx.source, [sourceBlock]) : { doc: ctx.source, start: 0, end: 0 };
  ctx.report('blocks', here, target < source ? 'documentShort' : 'documentLong', { count: target, otherCount: source }, there);
  return true;
}

/** Blocks without a counterpart, then the shape of aligned lists, tables, code blocks and callouts. */
function checkBlocks(ctx: PairContext): void {
  if (reportStub(ctx)) return;
  const moves = findBlockMoves(ctx.steps, ctx.source.lang, ctx.target.lang, ctx.options.hostPairs);
  let lastTarget: Block | undefined;
  let lastSource: Block | undefined;
  let section: Section | undefined;
  for (let i = 0; i < ctx.steps.length; i++) {
    const { source, target, targetSection, sourceSection } = ctx.steps[i];
    if (targetSection !== section) {
      section = targetSection;
      lastTarget = undefined;
      lastSource = undefined;
    }
    if (source.length) lastSource = source[source.length - 1];
    if (source.length && target.length) {
      lastTarget = target[target.length - 1];
      // A heading paired with another kind of block is the sections rule's (heading-levels) finding.
      if ([...source, ...target].some((b) => b.kind === 'heading')) continue;
      if (source.length === 1 && target.length === 1 && source[0].kind === target[0].kind) compareShapes(ctx, source[0], target[0]);
      else reportFormChange(ctx, source, target);
      continue;
    }
    if ([...source, ...target].some((b) => b.kind === 'heading')) continue;
    if (target.length) {
      // No counterpart: point at the nearest place on the other side, where it would go.
      const near = lastSource ?? sourceSection?.heading;
      const nearest = near ? { ...blockStart(ctx.source, [near]), relatedMessageId: 'nearestHere' } : undefined;
      for (const block of target) {
        const moved = moves.sourceOf.get(block);
        if (moved) ctx.report(RULE_OF_KIND[block.kind], blockStart(ctx.target, [block]), 'blockMoved', { kind: kindName(block.kind) }, blockStart(ctx.source, [moved]));
        else if (!isLanguageNote(block, ctx.target.lang)) ctx.report(RULE_OF_KIND[block.kind], blockStart(ctx.target, [block]), 'blockExtra', { kind: kindName(block.kind) }, nearest);
      }
      lastTarget = target[target.length - 1];
      continue;
    }
    const at = missingBlockPlace(ctx, lastTarget, section, ctx.steps.slice(i + 1).find((s) => s.target.length && s.targetSection === section)?.target[0]);
    for (const block of source) {
      if (moves.moved.has(block) || isLanguageNote(block, ctx.source.lang)) continue;
      ctx.report(RULE_OF_KIND[block.kind], at, 'blockMissing', { kind: kindName(block.kind) }, blockStart(ctx.source, [block]));
    }
  }
}

/**
 * A block written in another form with the same content (a list as separate paragraphs, a
 * block quote as a paragraph): one finding, a warning, since nothing is missing for the reader
 * but the page looks different; a list whose items are not as many as the paragraphs in its
 * place has lost or gained an item, which is an error of the lists rule.
 */
function reportFormChange(ctx: PairContext, source: Block[], target: Block[]): void {
  const all = [...source, ...target];
  if (all.every((b) => b.kind === all[0].kind)) return; // a paragraph split in two
  const rule: BlockRuleId = all.some((b) => b.kind === 'blockquote') ? 'blockquotes' : 'blocks';
  const here = blockStart(ctx.target, target);
  const there = blockStart(ctx.source, source);
  if (source.length === 1 && target.length === 1) {
    ctx.report(rule, here, 'blockForm', { kind: kindName(target[0].kind), otherKind: kindName(source[0].kind) }, there);
  } else if (target.length === 1) {
    const items = target[0].list?.items.length;
    if (items !== undefined && items !== source.length) ctx.report('lists', here, 'listAsParagraphs', { count: items, otherCount: source.length }, there);
    else ctx.report(rule, here, 'blockAsParagraphs', { kind: kindName(target[0].kind), count: source.length }, there);
  } else {
    const items = source[0].list?.items.length;
    if (items !== undefined && items !== target.length) ctx.report('lists', here, 'paragraphsAsList', { count: target.length, otherCount: items }, there);
    else ctx.report(rule, here, 'paragraphsAsBlock', { count: target.length, kind: kindName(source[0].kind) }, there);
  }
}

/** Where a missing block goes: after the previous block of its section, else after the section's heading. */
function missingBlockPlace(ctx: PairContext, previous: Block | undefined, section: Section | undefined, next: Block | undefined): Located {
  if (previous) return { doc: ctx.target, start: previous.end, end: previous.end };
  if (section?.heading) return { doc: ctx.target, start: section.heading.end, end: section.heading.end };
  const start = next?.start ?? 0;
  return { doc: ctx.target, start, end: start };
}

function compareShapes(ctx: PairContext, s: Block, t: Block): void {
  const here = blockStart(ctx.target, [t]);
  const there = blockStart(ctx.source, [s]);
  if (s.list && t.list) compareLists(ctx, s.list, t.list, here, there);
  if (s.table && t.table && (s.table.rows !== t.table.rows || s.table.columns !== t.table.columns)) {
    ctx.report('tables', here, 'tableShape', { rows: t.table.rows, columns: t.table.columns, otherRows: s.table.rows, otherColumns: s.table.columns }, there);
  }
  if (s.code && t.code && canonicalCodeLanguage(s.code.lang) !== canonicalCodeLanguage(t.code.lang)) {
    ctx.report('code-blocks', here, 'codeLang', { tag: t.code.lang ?? '—', otherTag: s.code.lang ?? '—' }, there);
  }
  if (s.kind === 'blockquote' && (s.callout ?? '') !== (t.callout ?? '')) {
    ctx.report('blockquotes', here, 'calloutKind', { kind: t.callout ?? '—', otherKind: s.callout ?? '—' }, there);
  }
}

/** Item counts level by level; `-`, `*` and `+` markers never matter, numbered vs bulleted does. */
function compareLists(ctx: PairContext, s: ListShape, t: ListShape, here: Located, there: Located): void {
  if (s.items.length !== t.items.length) {
    ctx.report('lists', here, 'listItems', { count: t.items.length, otherCount: s.items.length }, there);
    return;
  }
  if (s.ordered !== t.ordered) {
    ctx.report('lists', here, 'listOrdered', { kind: { messageId: t.ordered ? 'orderedList' : 'bulletList' }, otherKind: { messageId: s.ordered ? 'orderedList' : 'bulletList' } }, there);
  }
  const checked = (l: ListShape) => l.items.filter((i) => i.checked === true).length;
  if (checked(s) !== checked(t)) ctx.report('lists', here, 'listTasks', { count: checked(t), otherCount: checked(s) }, there);
  // Report the first nested difference only: one wrong sub-list should be one finding.
  const stack: Array<[ListShape, ListShape, string]> = [[s, t, '']];
  while (stack.length) {
    const [a, b, path] = stack.pop()!;
    for (let i = 0; i < a.items.length && i < b.items.length; i++) {
      const subA = a.items[i].sublists;
      const subB = b.items[i].sublists;
      const countA = subA.reduce((n, l) => n + l.items.length, 0);
      const countB = subB.reduce((n, l) => n + l.items.length, 0);
      const label = path ? `${path}.${i + 1}` : String(i + 1);
      if (countA !== countB) {
        ctx.report('lists', here, 'listNestedItems', { item: label, count: countB, otherCount: countA }, there);
        return;
      }
      for (let k = 0; k < subA.length && k < subB.length; k++) stack.push([subA[k], subB[k], label]);
    }
  }
}

const messages = defineMessages({
  en: {
    blockMissing: 'A {kind} of the {lang} file (line {line}) has no counterpart here.',
    blockExtra: 'This {kind} has no counterpart in the {lang} file.',
    blockMoved: 'This {kind} is at another place in the {lang} file (line {line}): moved, not missing. Check that it belongs here.',
    documentShort: 'This file has {count, plural, one {# block} other {# blocks}} for {otherCount} in the {lang} file (line {line}): it looks not yet translated, so its missing blocks are not listed one by one.',
    documentLong: 'This file has {count, plural, one {# block} other {# blocks}} for {otherCount} in the {lang} file (line {line}), which looks not yet translated: the blocks without a counterpart are not listed one by one.',
    listItems: 'This list has {count, plural, one {# item} other {# items}}; the {lang} list (line {line}) has {otherCount}.',
    listNestedItems: 'Item {item} has a sub-list of {count, plural, one {# item} other {# items}} here and {otherCount} in the {lang} file (line {line}).',
    listOrdered: 'This list is {kind} here but {otherKind} in the {lang} file (line {line}).',
    listTasks: 'This list has {count, plural, one {# checked item} other {# checked items}}; the {lang} list (line {line}) has {otherCount}.',
    tableShape: 'This table has {rows} rows and {columns} columns; the {lang} table (line {line}) has {otherRows} rows and {otherColumns} columns.',
    codeLang: 'This code block is tagged “{tag}”; the {lang} one (line {line}) is tagged “{otherTag}”.',
    calloutKind: 'This callout is {kind}; the {lang} one (line {line}) is {otherKind}.',
    blockForm: 'This {kind} is a {otherKind} in the {lang} file (line {line}): same content, another form.',
    blockAsParagraphs: 'This {kind} is written as {count} separate paragraphs in the {lang} file (line {line}).',
    paragraphsAsBlock: 'These {count} paragraphs are one {kind} in the {lang} file (line {line}).',
    listAsParagraphs: 'This list has {count} items; the {lang} file (line {line}) has {otherCount} paragraphs in its place.',
    paragraphsAsList: 'These {count} paragraphs stand for a list of {otherCount} items in the {lang} file (line {line}).',
  },
  fr: {
    blockMissing: 'Un élément «\u00A0{kind}\u00A0» du fichier {lang} (ligne {line}) n’a pas de pendant ici.',
    blockExtra: 'Cet élément «\u00A0{kind}\u00A0» n’a pas de pendant dans le fichier {lang}.',
    blockMoved: 'Cet élément «\u00A0{kind}\u00A0» se trouve à un autre endroit dans le fichier {lang} (ligne {line})\u00A0: déplacé, et non manquant. Vérifiez qu’il est à sa place ici.',
    documentShort: 'Ce fichier compte {count, plural, one {#\u00A0bloc} other {#\u00A0blocs}} pour {otherCount} dans le fichier {lang} (ligne {line})\u00A0: il semble ne pas encore être traduit, ses blocs manquants ne sont donc pas énumérés un à un.',
    documentLong: 'Ce fichier compte {count, plural, one {#\u00A0bloc} other {#\u00A0blocs}} pour {otherCount} dans le fichier {lang} (ligne {line}), qui semble ne pas encore être traduit\u00A0: les blocs sans pendant ne sont pas énumérés un à un.',
    listItems: 'Cette liste compte {count, plural, one {#\u00A0élément} other {#\u00A0éléments}}; celle du fichier {lang} (ligne {line}) en compte {otherCount}.',
    listNestedItems: 'L’élément {item} a une sous-liste de {count, plural, one {#\u00A0élément} other {#\u00A0éléments}} ici et de {otherCount} dans le fichier {lang} (ligne {line}).',
    listOrdered: 'Cette liste est {kind} ici, mais {otherKind} dans le fichier {lang} (ligne {line}).',
    listTasks: 'Cette liste compte {count, plural, one {#\u00A0élément coché} other {#\u00A0éléments cochés}}; celle du fichier {lang} (ligne {line}) en compte {otherCount}.',
    tableShape: 'Ce tableau compte {rows}\u00A0lignes et {columns}\u00A0colonnes; le tableau {lang} (ligne {line}) compte {otherRows}\u00A0lignes et {otherColumns}\u00A0colonnes.',
    codeLang: 'Ce bloc de code est marqué «\u00A0{tag}\u00A0»; celui du fichier {lang} (ligne {line}) est marqué «\u00A0{otherTag}\u00A0».',
    calloutKind: 'Cet encadré est de type {kind}; celui du fichier {lang} (ligne {line}) est de type {otherKind}.',
    blockForm: 'Cet élément «\u00A0{kind}\u00A0» est un élément «\u00A0{otherKind}\u00A0» dans le fichier {lang} (ligne {line})\u00A0: même contenu, autre forme.',
    blockAsParagraphs: 'Cet élément «\u00A0{kind}\u00A0» est écrit en {count}\u00A0paragraphes distincts dans le fichier {lang} (ligne {line}).',
    paragraphsAsBlock: 'Ces {count}\u00A0paragraphes forment un seul élément «\u00A0{kind}\u00A0» dans le fichier {lang} (ligne {line}).',
    listAsParagraphs: 'Cette liste compte {count}\u00A0éléments; le fichier {lang} (ligne {line}) a {otherCount}\u00A0paragraphes à sa place.',
    paragraphsAsList: 'Ces {count}\u00A0paragraphes tiennent lieu d’une liste de {otherCount}\u00A0éléments dans le fichier {lang} (ligne {line}).',
  },
});

/** Blocks without a counterpart (by kind), and the shape of aligned lists, tables, code blocks and callouts. */
export const blocksRule = defineRule({
  ids: [
    { id: 'blocks', severity: 'warning', description: { en: 'Every paragraph has its counterpart.', fr: 'Chaque paragraphe a son correspondant.' }, docs: 'a paragraph with no counterpart, or moved to another place (one finding); a block written in another form with the same content (one finding); a file not yet translated, 20 times shorter than its counterpart (one finding)' },
    { id: 'lists', severity: 'error', description: { en: 'Lists have the same items, nested lists included.', fr: 'Les listes ont les mêmes éléments, sous-listes comprises.' }, docs: 'item counts, nested lists, numbered vs bulleted, checked tasks (`-`/`*`/`+` never matter)' },
    { id: 'tables', severity: 'error', description: { en: 'Tables have the same rows and columns.', fr: 'Les tableaux ont les mêmes lignes et colonnes.' }, docs: 'rows and columns' },
    { id: 'code-blocks', severity: 'error', description: { en: 'Code blocks match in number and language tag.', fr: 'Les blocs de code correspondent en nombre et en langage.' }, docs: 'code blocks missing, or tagged with another language' },
    { id: 'blockquotes', severity: 'warning', description: { en: 'Block quotes and callouts match.', fr: 'Les citations et les encadrés correspondent.' }, docs: 'block quotes and callout kinds (`> [!TIP]`)' },
  ],
  messages,
  pair: checkBlocks,
});
