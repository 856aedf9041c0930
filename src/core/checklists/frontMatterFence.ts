/** Where a document's front matter body lies, for edits that touch only its own lines. */
export interface FrontMatterFence {
  toml: boolean;
  /** Offset of the first character of the body (after the opening fence's line). */
  bodyStart: number;
  body: string;
  nl: string;
}

const YAML_FENCE = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m;
const TOML_FENCE = /^\+\+\+[ \t]*\r?\n([\s\S]*?)^\+\+\+[ \t]*$/m;

/** The YAML (`---`) or TOML (`+++`) front matter at the very start of `text`, if any. */
export function frontMatterFence(text: string): FrontMatterFence | undefined {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const yaml = text.startsWith('---') ? YAML_FENCE.exec(text) : null;
  const toml = !yaml && text.startsWith('+++') ? TOML_FENCE.exec(text) : null;
  const fence = yaml ?? toml;
  if (!fence || fence.index !== 0) return undefined;
  return { toml: !!toml, bodyStart: fence[0].indexOf('\n') + 1, body: fence[1], nl };
}

/** A front matter created for a document that has none: `---`, the lines, `---`, a blank line. */
export function newFrontMatter(lines: string, nl: string): string {
  return `---${nl}${lines}${nl}---${nl}${nl}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** The offset just past the closing fence's line of the front matter, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const fence = frontMatterFence(text);
  if (!fence) return 0;
  const closing = fence.bodyStart + fence.body.length;
  const lineEnd = text.indexOf('\n', closing);
  return lineEnd < 0 ? text.length : lineEnd + 1;
}
