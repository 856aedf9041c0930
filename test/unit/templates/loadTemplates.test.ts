import { strict as assert } from 'node:assert';
import { loadTemplates } from '../../../src/core/templates';
import { formatMessage } from '../../../src/core/messages/format';
import { bundledTemplates, CHAPTER_TYPE_IDS } from './shippedTemplates';

const where = (p: { file: string; range: { start: { line: number } } }) => `${p.file}:${p.range.start.line + 1}`;

describe('chapter template library', () => {
  it('reports a broken file at its line, in both languages, and still loads the other chapter types', () => {
    const ours = bundledTemplates();
    const governance = ours.files.find((f) => f.path === 'templates/governance.yaml')!;
    // A field the schema does not know.
    const broken = governance.text.replace('\nintro:\n', '\nintro:\n  de: Einführung\n');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('de: Einführung')) + 1;
    const library = loadTemplates([{ ...ours, files: ours.files.map((f) => (f === governance ? { ...f, text: broken } : f)) }]);
    assert.deepEqual(library.types.map((t) => t.id), CHAPTER_TYPE_IDS.filter((id) => id !== 'governance'));
    assert.deepEqual(library.problems.map(where), [`templates/governance.yaml:${line}`]);
    assert.equal(library.problems[0].rule, 'template-library');
    assert.match(formatMessage(library.problems[0].messageId, library.problems[0].args, 'en'), /“de” is not a known field of governance\.intro/);
    assert.match(formatMessage(library.problems[0].messageId, library.problems[0].args, 'fr'), /«\u00A0de\u00A0»/);
  });

  it('reports invalid YAML, a file that is not a mapping and a type defined twice in a folder; an organisation’s type replaces ours', () => {
    const ours = bundledTemplates();
    const governance = ours.files.find((f) => f.path === 'templates/governance.yaml')!.text;
    const library = loadTemplates([
      ours,
      {
        folder: 'our-templates',
        files: [
          { path: 'our-templates/bad.yaml', text: 'id: x\ntitle: a: b\n' },
          { path: 'our-templates/list.yaml', text: '- a\n- b\n' },
          { path: 'our-templates/governance.yaml', text: governance.replace('  en: Governance\n', '  en: Governance at Bancroft\n') },
          { path: 'our-templates/governance-copy.yaml', text: governance },
        ],
      },
      { folder: 'missing', files: [], readError: 'not found' },
    ], { configFile: 'opendata-toolkit.json' });
    const messages = library.problems.map((p) => `${where(p)} ${p.messageId}`);
    assert.deepEqual(messages.slice(0, 2).map((m) => m.split(' ')[0]), ['our-templates/bad.yaml:2', 'our-templates/list.yaml:1']);
    assert.ok(messages.includes('our-templates/governance-copy.yaml:2 templates.duplicateType'), messages.join('\n'));
    assert.ok(messages.includes('opendata-toolkit.json:1 templates.folderUnreadable'), messages.join('\n'));
    assert.equal(library.byId.get('governance')!.title.en, 'Governance at Bancroft');
    assert.equal(library.types.length, 10);
    for (const p of library.problems) assert.equal(p.rule, 'template-library');
  });
});
