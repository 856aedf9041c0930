import { strict as assert } from 'node:assert';
import { frontMatterFieldEdit } from '../../../src/core/checklists/fieldEdit';
import { clausesForFix, itemFix } from '../../../src/core/checklists/itemFix';
import { frontMatterTicks } from '../../../src/core/checklists/applicableChecklists';
import { doc } from './checklistHelpers';

const apply = (text: string, key: string) => {
  const f = frontMatterFieldEdit(text, key);
  assert.ok(f, 'an edit');
  const out = f.edit ? text.slice(0, f.edit.start) + f.edit.text + text.slice(f.edit.end) : text;
  return { out, cursor: f.cursor, before: out.slice(0, f.cursor) };
};

describe('fixes of missing checklist items', () => {
  it('names a fix only for what the editor can do: clause, provision, field, counterpart', () => {
    assert.deepEqual(itemFix({ clause: { id: 'licence-ogl' } }), { kind: 'clause', clause: { id: 'licence-ogl' } });
    assert.deepEqual(itemFix({ provision: 'sunlight-v3:24' }), { kind: 'clause', clause: { source: 'sunlight-v3:24' } });
    assert.deepEqual(itemFix({ frontMatter: 'review_date' }), { kind: 'frontMatter', key: 'review_date' });
    assert.deepEqual(itemFix({ counterpart: true }), { kind: 'counterpart' });
    assert.equal(itemFix({ heading: { en: ['Scope'], fr: ['Portée'] } }), undefined);
    assert.equal(itemFix({ minWords: 10 }), undefined);
    assert.equal(itemFix(undefined), undefined);
  });

  it('finds the clauses that satisfy a clause fix by id, category or source', () => {
    const lib = [
      { id: 'a', category: 'licence', sources: ['sunlight-v3:15'] },
      { id: 'b', category: 'roles', sources: ['sunlight-v3:24', 'odc:1'] },
      { id: 'c', category: 'roles', sources: ['sunlight-v3:24'] },
    ];
    assert.deepEqual(clausesForFix({ kind: 'clause', clause: { id: 'a' } }, lib).map((c) => c.id), ['a']);
    assert.deepEqual(clausesForFix({ kind: 'clause', clause: { category: 'roles' } }, lib).map((c) => c.id), ['b', 'c']);
    assert.deepEqual(clausesForFix({ kind: 'clause', clause: { source: 'sunlight-v3:24' } }, lib).map((c) => c.id), ['b', 'c']);
    assert.deepEqual(clausesForFix({ kind: 'clause', clause: { source: 'odc:6' } }, lib), []);
  });

  it('adds a front matter field before the closing fence, the cursor after its colon', () => {
    const { out, before } = apply('---\ntitle: Policy\ntype: policy\n---\n\n# T\n', 'review_date');
    assert.equal(out, '---\ntitle: Policy\ntype: policy\nreview_date: \n---\n\n# T\n');
    assert.ok(before.endsWith('review_date: '));
    assert.equal(doc(out).frontMatter?.data.review_date, null);
    // The ticks and the rest still read.
    assert.deepEqual(frontMatterTicks(doc(out).frontMatter), []);
  });

  it('creates a front matter, keeps CRLF, writes TOML in TOML and nested keys as mappings', () => {
    assert.equal(apply('# T\n', 'description').out, '---\ndescription: \n---\n\n# T\n');
    const crlf = apply('---\r\ntype: chapter\r\n---\r\n# T\r\n', 'description');
    assert.equal(crlf.out, '---\r\ntype: chapter\r\ndescription: \r\n---\r\n# T\r\n');
    const toml = apply('+++\ntype = "chapter"\n+++\n# T\n', 'description');
    assert.equal(toml.out, '+++\ntype = "chapter"\ndescription = ""\n+++\n# T\n');
    assert.ok(toml.before.endsWith('description = "'));
    const nested = apply('---\ntype: policy\n---\n', 'policy.review');
    assert.equal(nested.out, '---\ntype: policy\npolicy:\n  review: \n---\n');
    assert.deepEqual(doc(nested.out).frontMatter?.data.policy, { review: null });
  });

  it('a field written but empty gets the cursor and no edit; a written parent of a dotted key gets nothing', () => {
    const text = '---\nreview_date:\ntype: policy\n---\n';
    const f = frontMatterFieldEdit(text, 'review_date');
    assert.equal(f?.edit, undefined);
    assert.equal(text.slice(0, f!.cursor), '---\nreview_date:');
    assert.equal(frontMatterFieldEdit('---\npolicy: { a: 1 }\n---\n', 'policy.review'), undefined);
  });
});
