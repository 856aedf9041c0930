import { strict as assert } from 'node:assert';
import { evaluateChecklist, tickKey } from '../../../src/core/checklists/evaluateChecklist';
import { applicableChecklists, frontMatterTicks } from '../../../src/core/checklists/applicableChecklists';
import { loadChecklists } from '../../../src/core/checklists/loadChecklists';
import { shipped } from '../clauses/shippedLibrary';
import { bundledChecklists, doc } from './checklistHelpers';

const library = loadChecklists([bundledChecklists()]);
const clauses = shipped().library;

describe('checklist evaluation', () => {
  it('picks the lists from the front matter: its type, or the lists it names; an unknown name is a problem', () => {
    const ids = (text: string) => applicableChecklists(doc(text).frontMatter, library).lists.map((l) => l.id);
    assert.deepEqual(ids('---\ntype: policy\n---\n# P\n'), ['policy-completeness']);
    assert.deepEqual(ids('---\ntype: chapter\nchecklists: [translation-review]\n---\n# C\n'), ['chapter-review', 'translation-review']);
    assert.deepEqual(ids('---\ntitle: Other\n---\n# C\n'), []);
    // A chapter that only names its kind (as chapters did before `type: chapter`) is a chapter; both together list it once.
    assert.deepEqual(ids('---\nchapter: governance\n---\n# C\n'), ['chapter-review']);
    assert.deepEqual(ids('---\ntype: chapter\nchapter: governance\n---\n# C\n'), ['chapter-review']);
    assert.deepEqual(ids('---\nchapter: ""\n---\n# C\n'), []);
    assert.deepEqual(ids('# No front matter\n'), []);
    const { unknown } = applicableChecklists(doc('---\nchecklists: nope\n---\n# C\n').frontMatter, library);
    assert.deepEqual(unknown, [{ messageId: 'checklists.unknownList', args: { id: 'nope' } }]);
  });

  it('adds the lists the configuration’s globs give a path, and never one switched off', () => {
    const selection = { checklistGlobs: { 'policies/**/*.md': ['policy-completeness'], 'docs/**': ['translation-review', 'nope'] }, disabledChecklists: ['chapter-review'] };
    const pick = (text: string, path: string) => applicableChecklists(doc(text).frontMatter, library, path, selection);
    assert.deepEqual(pick('# P\n', 'policies/town/open-data.en.md').lists.map((l) => l.id), ['policy-completeness']);
    assert.deepEqual(pick('# P\n', 'Policies/A.EN.MD').lists.map((l) => l.id), ['policy-completeness']);
    assert.deepEqual(pick('# P\n', 'other/open-data.en.md').lists, []);
    // A glob adds to the front matter's lists; a list named nowhere in the library is a problem naming the glob.
    const docs = pick('---\ntype: policy\n---\n# P\n', 'docs/a.en.md');
    assert.deepEqual(docs.lists.map((l) => l.id), ['policy-completeness', 'translation-review']);
    assert.deepEqual(docs.unknown, [{ messageId: 'checklists.unknownGlobList', args: { id: 'nope', glob: 'docs/**' } }]);
    // Switched off: not by type, nor by name (which says why), nor without a path.
    const off = pick('---\ntype: chapter\nchecklists: [chapter-review]\n---\n# C\n', 'x.en.md');
    assert.deepEqual(off.lists, []);
    assert.deepEqual(off.unknown, [{ messageId: 'checklists.disabledList', args: { id: 'chapter-review' } }]);
    assert.deepEqual(applicableChecklists(doc('---\ntype: chapter\n---\n').frontMatter, library, undefined, selection).lists, []);
  });

  it('ticks what the document proves, leaves manual items to a person, counts progress and missing required items', () => {
    const text = '---\ntype: policy\nreview_date: 2028-01-01\n---\n\n# Policy\n\n<!-- clause:licence-ogl-canada@1.0.0 -->\nSee the [licence](https://open.canada.ca/en/open-government-licence-canada).\n<!-- /clause -->\n';
    const result = evaluateChecklist(library.byId.get('policy-completeness')!, { doc: doc(text), clauses, counterpart: null });
    const state = (id: string) => result.sections.flatMap((s) => s.items).find((i) => i.item.id === id)!.state;
    assert.equal(state('review-date'), 'ticked');
    assert.equal(state('licence-link'), 'ticked');
    assert.equal(state('counterpart'), 'unticked');
    assert.equal(state('approved'), 'manual');
    assert.equal(state('sunlight-v3:11'), 'ticked');
    assert.equal(state('sunlight-v3:24'), 'unticked');
    assert.equal(result.total, 41);
    assert.deepEqual(result.missingRequired.map((m) => m.item.id), ['counterpart']);
    assert.equal(result.ticked, 1 + 1 + 3, 'review date, licence link and the three provisions the licence clause cites (sunlight-v3:10, 11, odc:3)');
  });

  it('a manual tick recorded as list/item counts; the same item id in another list does not', () => {
    const text = '---\ntype: chapter\nchecklist-done: [chapter-review/plain-language, translation-review/meaning]\n---\n\n# C\n';
    const d = doc(text);
    const ticks = new Set(frontMatterTicks(d.frontMatter));
    const result = evaluateChecklist(library.byId.get('chapter-review')!, { doc: d, ticks });
    const item = (id: string) => result.sections.flatMap((s) => s.items).find((i) => i.item.id === id)!;
    assert.equal(item('plain-language').state, 'ticked');
    assert.equal(item('plain-language').reason.messageId, 'checklists.manualTicked');
    assert.equal(item('link-text').state, 'manual');
    assert.equal(tickKey('chapter-review', 'plain-language'), 'chapter-review/plain-language');
  });
});
