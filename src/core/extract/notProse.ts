/**
 * Spans of a prose run that hold digits but are not quantities a translator writes: web and
 * e-mail addresses written as text, template tags (`{% x 3 %}`, `{{< x 3 >}}`), attributes
 * (`width="260"`, `{#step-2}`), footnote labels (`[^1]`, `[2]`) and enumerators used as
 * numbering (`1.` or `2)` opening a line, `1) … 2) …` inside a sentence). Each language numbers,
 * links and tags in its own way, so comparing these as values only yields false alarms.
 */
const NOT_PROSE = [
  // Addresses: scheme or www, e-mail, and bare host/path text such as `canada.ca/en/2019`.
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu,
  /(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/[^\s<>"')\]]*/giu,
  // Template tags of Liquid, Nunjucks, Jekyll, Eleventy (`{% %}`, `{# #}`) and Hugo (`{{< >}}`, `{{% %}}`, `{{ }}`).
  /\{%[\s\S]{0,2000}?%\}|\{#[\s\S]{0,2000}?#\}|\{\{[\s\S]{0,2000}?\}\}/gu,
  // Heading ids and attribute lists (`## Step 2 {#step-2}`, kramdown `{: width="260"}`).
  /\{[#.:][^{}\n]*\}/gu,
  // Attributes and parameters: `width="260"`, `size='3'`, `cols=4` (a sample size `n=30` is prose).
  /(?<![\w:-])[\p{L}_][\w:-]*=(?:"[^"\n]{0,500}"|'[^'\n]{0,500}')|(?<![\w:-])[\p{L}_][\w:-]{2,}=[\w.%-]+/gu,
  // Footnote and citation labels.
  /\[\^?[\w-]+\]|\[\d+(?:[,–-]\s*\d+)*\]/gu,
];

/**
 * An enumerator opening the unit, or a line after one that ended a clause (`Steps:`↵`2. Publish`):
 * a hard-wrapped sentence (`grew to`↵`12. Next`) goes on after a word, and its number is prose.
 */
const LINE_ENUMERATOR = /(?:^|(?<=[.:;!?)\]»"”*_]\s*)\n)[ \t]*(\(?\d{1,3}[.)])(?=[ \t\u00A0]+\S)/gu;
/** An enumerator inside a sentence: `1)` with no opening parenthesis before it. */
const INLINE_ENUMERATOR = /(?<=^|[\s:;,])\d{1,3}\)(?=\s)/gu;

export function notProseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of NOT_PROSE) for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(LINE_ENUMERATOR)) {
    const start = m.index! + m[0].indexOf(m[1]);
    spans.push([start, start + m[1].length]);
  }
  for (const m of text.matchAll(INLINE_ENUMERATOR)) {
    if (!hasOpenParenthesis(text, m.index!)) spans.push([m.index!, m.index! + m[0].length]);
  }
  return spans;
}

/** Whether a `(` before `at` on the same line is still open, so `)` closes it (`(see 2)`). */
function hasOpenParenthesis(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - 300) && text[i] !== '\n'; i--) {
    if (text[i] === ')') depth--;
    else if (text[i] === '(') depth++;
    if (depth > 0) return true;
  }
  return false;
}

/** The text with every non-prose span blanked by a character that is neither a letter, a digit nor a space. */
export function blankNotProse(text: string): string {
  return blankSpans(text, notProseSpans(text));
}

/** The text with `spans` blanked (same length, so offsets hold). */
export function blankSpans(text: string, spans: Array<[number, number]>): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    out += text.slice(at, from) + '\u0001'.repeat(b - from);
    at = b;
  }
  return out + text.slice(at);
}
