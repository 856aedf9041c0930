import type { Block } from '../markdown/documentModel';

/** A piece of a unit: translatable text, or Markdown that a CAT tool must keep as it is (an inline code). */
export type Part = { kind: 'text'; value: string } | { kind: 'code'; value: string };

/**
 * Splits the source `[start, end)` of some blocks into text and codes. Text is what the prose
 * builder maps one to one to the source (visible words); everything else (list markers, `**`,
 * link destinations, code spans, entities, placeholders, shortcodes, line breaks with their
 * indentation) is a code, so joining the parts gives back the exact bytes of the span.
 */
export function inlineParts(text: string, blocks: Block[], start: number, end: number): Part[] {
  const prose: Array<[number, number]> = [];
  for (const block of blocks)
    for (const unit of block.prose)
      for (const seg of unit.segments) {
        if (!seg.exact || seg.length === 0) continue;
        // Placeholders and shortcodes inside the visible text are protected too.
        let from = seg.at;
        const to = seg.at + seg.length;
        for (const [a, b] of unit.masked) {
          if (b <= from || a >= to) continue;
          if (a > from) prose.push(toSource(seg.source, seg.at, from, a));
          from = Math.max(from, b);
        }
        if (from < to) prose.push(toSource(seg.source, seg.at, from, to));
      }
  prose.sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  const push = (kind: Part['kind'], value: string) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.value += value;
    else parts.push({ kind, value });
  };
  let at = start;
  for (const [a, b] of prose) {
    const from = Math.max(a, at);
    const to = Math.min(b, end);
    if (to <= from) continue;
    push('code', text.slice(at, from));
    pushText(push, text.slice(from, to));
    at = to;
  }
  push('code', text.slice(at, end));
  return parts;
}

function toSource(source: number, segAt: number, from: number, to: number): [number, number] {
  return [source + (from - segAt), source + (to - segAt)];
}

/** Line ends inside text stay codes: a CAT tool may rewrap text, never the Markdown lines. */
function pushText(push: (kind: Part['kind'], value: string) => void, value: string): void {
  for (const piece of value.split(/(\r?\n[ \t>]*)/)) push(/^\r?\n/.test(piece) ? 'code' : 'text', piece);
}

/** Whether a unit has anything to translate (a code block alone has not). */
export function hasText(parts: Part[]): boolean {
  return parts.some((p) => p.kind === 'text' && /[\p{L}\p{N}]/u.test(p.value));
}
