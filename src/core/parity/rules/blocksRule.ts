import type { Block, BlockKind, ListShape, Section } from '../../markdown/documentModel';
import { blockStart, kindName, type PairContext, type Located } from '../pairContext';

/** Which rule owns a missing block of each kind. */
const RULE_OF_KIND: Record<BlockKind, string> = {
  paragraph: 'blocks',
  footnote: 'blocks',
  heading: 'sections',
  list: 'lists',
  table: 'tables',
  code: 'code-blocks',
  blockquote: 'blockquotes',
};

/** Blocks without a counterpart, then the shape of aligned lists, tables, code blocks and callouts. */
export function checkBlocks(ctx: PairContext): void {
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
      if (source.length === 1 && target.length === 1) compareShapes(ctx, source[0], target[0]);
      continue;
    }
    if (target.length) {
      // No counterpart: point at the nearest place on the other side, where it would go.
      const near = lastSource ?? sourceSection?.heading;
      const nearest = near ? { ...blockStart(ctx.source, [near]), relatedMessageId: 'nearestHere' } : undefined;
      for (const block of target) ctx.report(RULE_OF_KIND[block.kind], blockStart(ctx.target, [block]), 'blockExtra', { kind: kindName(block.kind) }, nearest);
      lastTarget = target[target.length - 1];
      continue;
    }
    const at = missingBlockPlace(ctx, lastTarget, section, ctx.steps.slice(i + 1).find((s) => s.target.length && s.targetSection === section)?.target[0]);
    for (const block of source) {
      ctx.report(RULE_OF_KIND[block.kind], at, 'blockMissing', { kind: kindName(block.kind) }, blockStart(ctx.source, [block]));
    }
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
  if (s.code && t.code && (s.code.lang ?? '') !== (t.code.lang ?? '')) {
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
