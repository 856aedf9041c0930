import type { Finding, Fix } from '../findings';
import type { Position } from '../text/position';
import { LineIndex } from '../text/lineIndex';
import { FIX_ALL_RULE_IDS } from '../rules/registry';

/** A fix of the fix-all set, with the rule it comes from. */
export interface RuleFix {
  rule: Finding['rule'];
  fix: Fix;
}

const before = (a: Position, b: Position) => a.line - b.line || a.column - b.column;

/**
 * The fixes of one file's findings that `--fix` and the editor's fix-all apply: only rules marked
 * `fixAll`, in the order of the text, and where two overlap (or insert at the same place) the one
 * that starts first wins, then the shorter, then the rule listed first, then the text, so the
 * choice never depends on the order the findings came in. A second run does the rest.
 */
export function chooseFixes(findings: readonly Finding[]): RuleFix[] {
  const candidates = findings.filter((f) => f.fix && FIX_ALL_RULE_IDS.has(f.rule)).map((f) => ({ rule: f.rule, fix: f.fix! }));
  const order = [...FIX_ALL_RULE_IDS];
  candidates.sort(
    (a, b) =>
      before(a.fix.range.start, b.fix.range.start) ||
      before(a.fix.range.end, b.fix.range.end) ||
      order.indexOf(a.rule) - order.indexOf(b.rule) ||
      (a.fix.text < b.fix.text ? -1 : a.fix.text > b.fix.text ? 1 : 0),
  );
  const chosen: RuleFix[] = [];
  let last: RuleFix | undefined;
  for (const c of candidates) {
    if (last) {
      const overlaps = before(c.fix.range.start, last.fix.range.end) < 0;
      const sameInsertion = before(c.fix.range.start, last.fix.range.start) === 0;
      if (overlaps || sameInsertion) continue;
    }
    chosen.push(c);
    last = c;
  }
  return chosen;
}

/** The text with the chosen fixes applied (ranges as the engine gives them: lines and columns of `text`). */
export function applyFixes(text: string, fixes: readonly RuleFix[]): string {
  const lines = new LineIndex(text);
  let out = '';
  let at = 0;
  for (const { fix } of fixes) {
    const start = lines.offset(fix.range.start);
    out += text.slice(at, start) + fix.text;
    at = lines.offset(fix.range.end);
  }
  return out + text.slice(at);
}

/** How many fixes of each rule, in the registry's order. */
export function countByRule(fixes: readonly RuleFix[]): Array<[Finding['rule'], number]> {
  const counts = new Map<Finding['rule'], number>();
  for (const id of FIX_ALL_RULE_IDS) counts.set(id, 0);
  for (const f of fixes) counts.set(f.rule, counts.get(f.rule)! + 1);
  return [...counts].filter(([, n]) => n > 0);
}
