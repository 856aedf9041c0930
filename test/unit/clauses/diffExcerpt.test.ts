import { strict as assert } from 'node:assert';
import { compareWithTemplate } from '../../../src/core/clauses/clauseDrift';
import { renderDiff, renderDiffExcerpt } from '../../../src/core/clauses/wordDiff';

describe('diff excerpt for a hover', () => {
  const template = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
  it('keeps the change and a few words around it, eliding the rest', () => {
    const { diff, drifted } = compareWithTemplate(template.replace('ten', 'TEN'), template);
    assert.ok(drifted);
    const excerpt = renderDiffExcerpt(diff, 3);
    assert.match(excerpt, /^… seven eight nine \[-ten-\] \{\+TEN\+\} eleven twelve thirteen …$/);
    assert.ok(excerpt.length < renderDiff(diff).length);
  });

  it('leaves short unchanged stretches whole', () => {
    const { diff } = compareWithTemplate('one two THREE', 'one two three');
    assert.equal(renderDiffExcerpt(diff, 3), renderDiff(diff));
  });
});
