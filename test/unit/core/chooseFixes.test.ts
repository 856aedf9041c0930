import { strict as assert } from 'node:assert';
import { applyFixes, chooseFixes } from '../../../src/core/fix/chooseFixes';
import type { Finding } from '../../../src/core/findings';

const at = (line: number, start: number, end: number) => ({ start: { line, column: start }, end: { line, column: end } });
const finding = (rule: Finding['rule'], range: ReturnType<typeof at>, text: string): Finding => ({ file: 'a.fr.md', range, severity: 'info', rule, messageId: 'x', fix: { range, text, title: { messageId: 'x' } } });

describe('chooseFixes and applyFixes', () => {
  it('takes only the fix-all rules, and resolves overlaps the same way whatever the order of the findings', () => {
    const findings = [
      finding('terminology', at(0, 3, 9), 'courriel'),
      finding('typography', at(0, 3, 3), '\u00A0'),
      finding('date-case', at(0, 5, 7), 'xx'),
      finding('numbers', at(0, 0, 1), 'N'),
      finding('typography', at(1, 0, 1), 'B'),
    ];
    const one = chooseFixes(findings);
    assert.deepEqual(chooseFixes([...findings].reverse()), one);
    // An insertion at 3 and a replacement from 3: the shorter wins, the replacement waits for the next pass, so the fix at 5–7 goes in; `numbers` is not a fix-all rule.
    assert.deepEqual(one.map((f) => [f.rule, f.fix.text]), [['typography', '\u00A0'], ['date-case', 'xx'], ['typography', 'B']]);
    assert.equal(applyFixes('012345678\r\nA\r\n', one), '012\u00A034xx78\r\nB\r\n');
  });
});
