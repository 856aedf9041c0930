import { PLACEHOLDER_PATTERN } from './placeholders';

export type DiffOp =
  | { kind: 'equal' | 'insert' | 'delete'; text: string }
  | { kind: 'placeholder'; name: string; text: string };

interface Token {
  text: string;
  /** Set on a template placeholder, which matches any run of the text's tokens. */
  placeholder?: string;
}

/** Words (letters and digits) and single punctuation marks; all whitespace, NBSP included, separates. */
export function tokenize(text: string, withPlaceholders = false): Token[] {
  const tokens: Token[] = [];
  const pushWords = (s: string) => {
    for (const m of s.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) tokens.push({ text: m[0] });
  };
  if (!withPlaceholders) {
    pushWords(text);
    return tokens;
  }
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    pushWords(text.slice(last, m.index));
    tokens.push({ text: m[0], placeholder: m[1] });
    last = (m.index ?? 0) + m[0].length;
  }
  pushWords(text.slice(last));
  return tokens;
}

/** Absorbing a token into a placeholder is nearly free, so literal matches win ties. */
const ABSORB = 0.001;
/** A placeholder value longer than this is more likely an edit than a value. */
const MAX_VALUE_TOKENS = 60;

/** Largest edit-distance table computed (about 40 MB with its companions): 400 template words against 10 000. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * Word-level diff of a filled text against its template, `{{name}}` matching the value the
 * writer chose. Edit distance by dynamic programming; clause bodies are short enough
 * (a few hundred tokens) for the quadratic table.
 */
export function diffAgainstTemplate(template: string, text: string): DiffOp[] {
  const t = tokenize(template, true);
  const d = tokenize(text);
  const m = t.length;
  const n = d.length;
  // The table is m × n: a marker around half a megabyte of text (in a file from the repository)
  // would ask for gigabytes. Past the bound the explanation is the whole text for the whole template.
  if ((m + 1) * (n + 1) > MAX_DIFF_CELLS) return [{ kind: 'delete', text: template.trim() }, { kind: 'insert', text: text.trim() }];
  const w = n + 1;
  const cost = new Float64Array((m + 1) * w).fill(Infinity);
  // 0 diagonal/match, 1 delete template token, 2 insert text token, 3 placeholder starts, 4 placeholder continues
  const move = new Uint8Array((m + 1) * w);
  const run = new Uint16Array((m + 1) * w);
  cost[0] = 0;
  for (let j = 1; j <= n; j++) {
    cost[j] = j;
    move[j] = 2;
  }
  for (let i = 1; i <= m; i++) {
    const tok = t[i - 1];
    cost[i * w] = cost[(i - 1) * w] + 1;
    move[i * w] = 1;
    for (let j = 1; j <= n; j++) {
      const k = i * w + j;
      let best = cost[(i - 1) * w + j] + 1;
      let how = 1;
      const ins = cost[k - 1] + 1;
      if (ins <= best) {
        best = ins;
        how = 2;
      }
      if (tok.placeholder) {
        const start = cost[(i - 1) * w + j - 1] + ABSORB;
        if (start < best) {
          best = start;
          how = 3;
        }
        if (move[k - 1] === 3 || move[k - 1] === 4) {
          const cont = cost[k - 1] + ABSORB;
          if (cont < best && run[k - 1] < MAX_VALUE_TOKENS) {
            best = cont;
            how = 4;
          }
        }
      } else if (tok.text === d[j - 1].text) {
        const eq = cost[(i - 1) * w + j - 1];
        if (eq <= best) {
          best = eq;
          how = 0;
        }
      }
      cost[k] = best;
      move[k] = how;
      run[k] = how === 3 ? 1 : how === 4 ? run[k - 1] + 1 : 0;
    }
  }
  // Walk back from the end, then merge neighbouring operations of the same kind.
  const ops: DiffOp[] = [];
  let i = m;
  let j = n;
  let value: string[] = [];
  while (i > 0 || j > 0) {
    const how = move[i * w + j];
    if (i > 0 && j > 0 && how === 0) {
      ops.push({ kind: 'equal', text: d[j - 1].text });
      i--;
      j--;
    } else if (i > 0 && (j === 0 || how === 1)) {
      ops.push({ kind: 'delete', text: t[i - 1].text });
      i--;
    } else if (how === 3 || how === 4) {
      value.unshift(d[j - 1].text);
      j--;
      if (how === 3) {
        ops.push({ kind: 'placeholder', name: t[i - 1].placeholder!, text: value.join(' ') });
        value = [];
        i--;
      }
    } else {
      ops.push({ kind: 'insert', text: d[j - 1].text });
      j--;
    }
  }
  ops.reverse();
  const merged: DiffOp[] = [];
  for (const op of ops) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === op.kind && op.kind !== 'placeholder') prev.text += ' ' + op.text;
    else merged.push({ ...op });
  }
  return merged;
}

/** Number of changed stretches (a replacement counts once). */
export function countChanges(diff: readonly DiffOp[]): number {
  let changes = 0;
  let inChange = false;
  for (const op of diff) {
    const changed = op.kind === 'insert' || op.kind === 'delete';
    if (changed && !inChange) changes++;
    inChange = changed;
  }
  return changes;
}

/** A compact rendering for hovers and the CLI: `[-removed-]{+added+}`, values in ‹›. */
export function renderDiff(diff: readonly DiffOp[]): string {
  return diff
    .map((op) =>
      op.kind === 'equal' ? op.text : op.kind === 'delete' ? `[-${op.text}-]` : op.kind === 'insert' ? `{+${op.text}+}` : `‹${op.text}›`,
    )
    .join(' ');
}

/**
 * `renderDiff` with long unchanged stretches cut to `context` words on each side of a change,
 * so that a hover shows the changes rather than the whole clause.
 */
export function renderDiffExcerpt(diff: readonly DiffOp[], context = 8): string {
  const ops = diff.map((op, index) => {
    if (op.kind !== 'equal') return op;
    const words = op.text.split(/\s+/).filter(Boolean);
    const keepStart = index > 0 ? context : 0;
    const keepEnd = index < diff.length - 1 ? context : 0;
    if (words.length <= keepStart + keepEnd + 1) return op;
    const head = words.slice(0, keepStart).join(' ');
    const tail = words.slice(words.length - keepEnd).join(' ');
    return { kind: 'equal' as const, text: [head, '…', tail].filter(Boolean).join(' ') };
  });
  return renderDiff(ops);
}
