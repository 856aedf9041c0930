import { strict as assert } from 'node:assert';
import { ticksEdit } from '../../../src/core/checklists/tickEdit';
import { frontMatterTicks } from '../../../src/core/checklists/applicableChecklists';
import { doc } from './checklistHelpers';

const apply = (text: string, ticks: string[]) => {
  const e = ticksEdit(text, ticks);
  return e ? text.slice(0, e.start) + e.text + text.slice(e.end) : text;
};
const ticksOf = (text: string) => frontMatterTicks(doc(text).frontMatter);

describe('recording manual ticks in the front matter', () => {
  it('adds the field before the closing fence, the rest as written', () => {
    const text = '---\ntitle: "A: b"\ntype: chapter\n---\n\n# T\n';
    const out = apply(text, ['chapter-review/plain-language']);
    assert.equal(out, '---\ntitle: "A: b"\ntype: chapter\nchecklist-done: [chapter-review/plain-language]\n---\n\n# T\n');
    assert.deepEqual(ticksOf(out), ['chapter-review/plain-language']);
  });

  it('replaces the field in flow or block style, and removes it when no tick is left', () => {
    const flow = '---\nchecklist-done: [a/b]\ntype: policy\n---\n# T\n';
    assert.deepEqual(ticksOf(apply(flow, ['a/b', 'policy-completeness/approved'])), ['a/b', 'policy-completeness/approved']);
    const block = '---\nchecklist-done:\n  - a/b\n  - c/d\ntype: policy\n---\n# T\n';
    const out = apply(block, ['c/d']);
    assert.equal(out, '---\nchecklist-done: [c/d]\ntype: policy\n---\n# T\n');
    assert.equal(apply(out, []), '---\ntype: policy\n---\n# T\n');
  });

  it('creates a front matter when there is none; TOML front matter gets TOML; CRLF kept', () => {
    assert.equal(apply('# T\n', ['x/y']), '---\nchecklist-done: [x/y]\n---\n\n# T\n');
    assert.equal(apply('# T\n', []), '# T\n');
    assert.equal(apply('+++\ntitle = "T"\n+++\n# T\n', ['x/y']), '+++\ntitle = "T"\nchecklist-done = ["x/y"]\n+++\n# T\n');
    assert.equal(apply('---\r\ntype: policy\r\n---\r\n# T\r\n', ['x/y']), '---\r\ntype: policy\r\nchecklist-done: [x/y]\r\n---\r\n# T\r\n');
  });
});
