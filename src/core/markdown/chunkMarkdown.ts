/**
 * Where a Markdown document can be cut into pieces that parse to the same blocks as the whole:
 * micromark slows down more than linearly on long inputs, so long documents are parsed in
 * pieces. A cut is made only before a line that must start a new top-level block whatever
 * came before: a line at column 0 starting with a letter or an ATX heading, right after a
 * blank line, outside fenced code, HTML blocks that run past blank lines, and front matter.
 */
export function safeCutOffsets(text: string, targetSize: number): number[] {
  const cuts: number[] = [];
  let lineStart = 0;
  let lastCut = 0;
  let previousBlank = false;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  const frontMatter = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(text);
  if (frontMatter) lineStart = frontMatter[0].length;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const blank = line.trim() === '';
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      if (previousBlank && lineStart - lastCut >= targetSize && /^(\p{L}|#{1,6}(\s|$))/u.test(line)) {
        cuts.push(lineStart);
        lastCut = lineStart;
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) fence = { char: open[1][0], length: open[1].length };
      else htmlEnd = htmlBlockEnd(line);
      if (htmlEnd?.test(line.slice(line.indexOf('<') + 2))) htmlEnd = undefined;
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/** HTML blocks of CommonMark types 1–5 end at a marker, not at a blank line. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const m = /^ {0,3}<(script|pre|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[)/i.exec(line);
  if (!m) return undefined;
  const kind = m[1].toLowerCase();
  if (kind === '!--') return /-->/;
  if (kind === '?') return /\?>/;
  if (kind === '![cdata[') return /\]\]>/;
  if (kind.startsWith('!')) return />/;
  return new RegExp(`</${kind}>`, 'i');
}

/** Single-line link reference and footnote definitions, to repeat at the end of every piece. */
export function definitionLines(text: string): string {
  const lines: string[] = [];
  for (const m of text.matchAll(/^ {0,3}\[(\^?)((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*(\S.*)?$/gm)) {
    lines.push(m[1] ? `[^${m[2]}]: .` : `[${m[2]}]: ${m[3] ?? ''}`);
  }
  return lines.join('\n');
}
