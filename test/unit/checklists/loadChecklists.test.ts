import { strict as assert } from 'node:assert';
import { loadChecklists } from '../../../src/core/checklists/loadChecklists';
import { formatMessage } from '../../../src/core/messages/format';
import { shipped } from '../clauses/shippedLibrary';
import { bundledChecklists } from './checklistHelpers';

const GOOD = `id: acme-review
title: { en: Acme review, fr: Révision Acme }
appliesTo: { types: [memo] }
sections:
  - title: { en: All, fr: Tout }
    items:
      - id: signed
        label: { en: Signed, fr: Signé }
        kind: manual
`;

describe('checklist library', () => {
  it('loads the bundled lists without a problem: policy completeness holds the 31 Sunlight provisions and the 6 Charter principles', () => {
    const library = loadChecklists([bundledChecklists()]);
    assert.deepEqual(library.problems, []);
    assert.deepEqual(library.lists.map((l) => l.id).sort(), ['chapter-review', 'policy-completeness', 'translation-review']);
    const ids = library.byId.get('policy-completeness')!.sections.flatMap((s) => s.items.map((i) => i.id));
    for (let n = 1; n <= 31; n++) assert.ok(ids.includes(`sunlight-v3:${n}`), `sunlight-v3:${n}`);
    for (let n = 1; n <= 6; n++) assert.ok(ids.includes(`odc:${n}`), `odc:${n}`);
  });

  it('every provision an item names is in the clause source registry and carried out by some clause of the library', () => {
    const catalogue = shipped();
    const cited = new Set(catalogue.library.clauses.flatMap((c) => c.sources));
    for (const list of loadChecklists([bundledChecklists()]).lists)
      for (const item of list.sections.flatMap((s) => s.items))
        if (item.check && 'provision' in item.check) {
          assert.ok(catalogue.registry.sources.some((s) => s.id === (item.check as { provision: string }).provision), item.id);
          assert.ok(cited.has(item.check.provision), `${item.id} is proven by no clause`);
        }
  });

  it('reports a broken file at its line, in both languages, and still loads the other lists', () => {
    const broken = GOOD.replace('        kind: manual\n', '        kind: sometimes\n');
    const library = loadChecklists([bundledChecklists(), { folder: 'org', files: [{ path: 'org/bad.yaml', text: broken }] }]);
    assert.equal(library.lists.length, 3);
    assert.equal(library.problems.length, 1);
    const [p] = library.problems;
    assert.equal(p.file, 'org/bad.yaml');
    assert.equal(p.rule, 'checklist-library');
    assert.equal(p.range.start.line, 8);
    assert.match(formatMessage(p.messageId, p.args, 'en'), /kind/);
    assert.match(formatMessage(p.messageId, p.args, 'fr'), /kind/);
  });

  it('reports invalid YAML, a file that is not a mapping, a missing check and a repeated item id', () => {
    const files = [
      { path: 'org/syntax.yaml', text: 'id: one\nid: two\n' },
      { path: 'org/list.yaml', text: '- a\n- b\n' },
      { path: 'org/nocheck.yaml', text: GOOD.replace('id: acme-review', 'id: acme-2').replace('kind: manual', 'kind: automatic') },
      { path: 'org/twice.yaml', text: GOOD.replace('id: acme-review', 'id: acme-3') + '      - id: signed\n        label: { en: Again, fr: Encore }\n        kind: manual\n' },
      { path: 'org/good.yaml', text: GOOD },
    ];
    const library = loadChecklists([{ folder: 'org', files }]);
    assert.deepEqual(library.lists.map((l) => l.id), ['acme-review']);
    const got = library.problems.map((p) => `${p.file}:${p.range.start.line + 1} ${p.messageId}`);
    assert.deepEqual(got, ['org/syntax.yaml:2 checklists.yamlSyntax', 'org/list.yaml:1 checklists.notChecklistFile', 'org/nocheck.yaml:7 clauses.missingField', 'org/twice.yaml:10 checklists.duplicateItem']);
    assert.match(formatMessage('checklists.yamlSyntax', library.problems[0].args, 'fr'), /^Ce fichier de liste de contrôle n’est pas du YAML valide\u00A0:/);
  });

  it('an organisation’s list replaces ours of the same id; a list can be switched off; an unreadable folder is reported', () => {
    const mine = GOOD.replace('id: acme-review', 'id: chapter-review');
    const library = loadChecklists([bundledChecklists(), { folder: 'org', files: [{ path: 'org/chapter.yaml', text: mine }] }, { folder: 'gone', files: [], readError: 'not found' }], { configFile: 'opendata-toolkit.json', disabled: ['translation-review'] });
    assert.equal(library.byId.get('chapter-review')!.origin.file, 'org/chapter.yaml');
    assert.equal(library.byId.has('translation-review'), false);
    assert.deepEqual(library.problems.map((p) => `${p.file} ${p.messageId}`), ['opendata-toolkit.json checklists.folderUnreadable']);
  });
});
