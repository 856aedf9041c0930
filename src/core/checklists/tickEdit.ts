import { TICKS_FIELD } from './applicableChecklists';
import { escapeRegExp, frontMatterFence, newFrontMatter } from './frontMatterFence';

/** A replacement of `[start, end)` of a document's text: what an editor applies as one undoable edit. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

function flowList(ticks: readonly string[], toml: boolean): string {
  // Ids are [a-z0-9.:/-]: safe unquoted in YAML flow style except for `:` followed by a space, which ids never hold.
  return toml ? `[${ticks.map((t) => JSON.stringify(t)).join(', ')}]` : `[${ticks.join(', ')}]`;
}

/**
 * The edit that records `ticks` (list-id/item-id) in the front matter field `checklist-done`,
 * touching only that field's lines so the rest of the front matter stays as written: the field
 * replaced where it is (flow or block list), added before the closing fence, or a front matter
 * created; removed when no tick is left.
 */
export function ticksEdit(text: string, ticks: readonly string[]): TextEdit | undefined {
  const fence = frontMatterFence(text);
  const isToml = fence?.toml ?? false;
  const nl = fence?.nl ?? (text.includes('\r\n') ? '\r\n' : '\n');
  const line = ticks.length ? `${TICKS_FIELD}${isToml ? ' = ' : ': '}${flowList(ticks, isToml)}` : '';
  if (!fence) {
    if (!ticks.length) return undefined;
    return { start: 0, end: 0, text: newFrontMatter(line, nl) };
  }
  const { bodyStart, body } = fence;
  const field = new RegExp(`^${escapeRegExp(TICKS_FIELD)}[ \\t]*${isToml ? '=' : ':'}.*(?:\\r?\\n(?:[ \\t]+.*|[ \\t]*-[ \\t].*)(?=\\r?\\n))*(?:\\r?\\n)?`, 'm');
  const found = field.exec(body);
  if (found) {
    const start = bodyStart + found.index;
    const end = start + found[0].length;
    return { start, end, text: line ? line + nl : '' };
  }
  if (!line) return undefined;
  const at = bodyStart + body.length;
  return { start: at, end: at, text: line + nl };
}
