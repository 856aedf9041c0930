import { escapeRegExp, frontMatterFence, newFrontMatter } from './frontMatterFence';
import type { TextEdit } from './tickEdit';

/** The edit that adds a front matter field, and where the cursor goes for the author to type its value. */
export interface FieldEdit {
  edit?: TextEdit;
  /** Offset in the text after the edit. */
  cursor: number;
}

/**
 * Adds the field `key` (a dotted key is a nested mapping: `a.b` writes `a:` then `  b: `) with an
 * empty value before the closing fence, or creates a front matter; a field already written but
 * empty only gets the cursor. Undefined when the parent of a dotted key is already written: its
 * layout (flow or block, indentation) is the author's, and a guessed line could break it.
 */
export function frontMatterFieldEdit(text: string, key: string): FieldEdit | undefined {
  const parts = key.split('.');
  const fence = frontMatterFence(text);
  const toml = fence?.toml ?? false;
  const nl = fence?.nl ?? (text.includes('\r\n') ? '\r\n' : '\n');
  if (toml && parts.length > 1) return undefined;
  const assign = toml ? ' = ""' : ': ';
  const lines = parts.map((p, i) => `${'  '.repeat(i)}${p}${i === parts.length - 1 ? assign : ':'}`).join(nl);
  // Inside TOML's quotes; after YAML's colon and space.
  const back = toml ? 1 : 0;
  if (!fence) {
    const inserted = newFrontMatter(lines, nl);
    return { edit: { start: 0, end: 0, text: inserted }, cursor: `---${nl}${lines}`.length - back };
  }
  const { bodyStart, body } = fence;
  const first = new RegExp(`^${escapeRegExp(parts[0])}[ \\t]*${toml ? '=' : ':'}(.*)$`, 'm').exec(body);
  if (first) {
    if (parts.length > 1) return undefined;
    const lineEnd = bodyStart + first.index + first[0].length;
    return { cursor: lineEnd - back };
  }
  const at = bodyStart + body.length;
  const inserted = lines + nl;
  return { edit: { start: at, end: at, text: inserted }, cursor: at + lines.length - back };
}
