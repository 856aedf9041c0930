import assert from 'node:assert/strict';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { checkProject } from '../../../src/core/project/checkProject';
import { formatMessage } from '../../../src/core/messages/format';
import { parseTermBaseText } from '../../../src/core/terminology/loadTermBase';
import { TERM_BASE } from '../../../src/core/terminology/termBase';

/** Checks one pair with a configuration naming a term base file held in memory. */
async function checkWithTeamBase(teamFile: string, en: string, fr: string) {
  const { resolved, problems } = resolveConfig({ termBase: 'team-terms.json' }, '/project', '/project/opendata-toolkit.json', (p) => {
    if (p !== 'team-terms.json') throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return teamFile;
  });
  const result = await checkProject([{ path: 'doc.en.md', text: en }, { path: 'doc.fr.md', text: fr }], resolved);
  return { problems: problems.map((p) => `${p.file}:${p.range.start.line + 1}: ${formatMessage(p.messageId, p.args, 'en')}`), findings: result.findings.filter((f) => f.rule === 'terminology').map((f) => formatMessage(f.messageId, f.args, 'en')) };
}

describe('a team’s term base (termBase in opendata-toolkit.json)', () => {
  it('extends the built-in base and replaces its entries of the same id; the built-in entries still apply', async () => {
    const team = JSON.stringify({
      terms: [
        { id: 'snow-clearing', en: 'snow clearing', fr: { term: 'déneigement' }, forbidden: { fr: ['snow clearing'] } },
        { id: 'dataset', en: 'dataset', fr: { term: 'ensemble de données' }, forbidden: { fr: ['jeu de données'] } },
      ],
    });
    const { problems, findings } = await checkWithTeamBase(team, '# Snow\n\nThe snow clearing dataset is sent by email.\n', '# Neige\n\nLe jeu de données du snow clearing est envoyé par e-mail.\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(findings, [
      'The term base gives “ensemble de données” in French, not “jeu de données”.',
      'The term base gives “déneigement” in French, not “snow clearing”.',
      'The term base gives “courriel” in French, not “e-mail”.',
    ]);
  });

  it('reports each problem of the file at its line and keeps the valid entries', () => {
    const text = [
      '{',
      '  // comments are allowed',
      '  "terms": [',
      '    { "id": "ok", "en": "ward", "fr": { "term": "quartier" } },',
      '    { "id": "no-term", "en": "x", "fr": { "plural": "y" } },',
      '    { "id": "extra", "en": "x", "fr": { "term": "y" }, "colour": 1 },',
      '    { "id": "Bad Id", "en": "x", "fr": { "term": "y" } },',
      '    { "id": "ok", "en": "ward", "fr": { "term": "district" } }',
      '  ]',
      '}',
    ].join('\n');
    const { entries, problems } = parseTermBaseText(text, '/project/team-terms.json');
    assert.deepEqual(entries.map((e) => e.fr.term), ['quartier']);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.range.start.line + 1}: ${formatMessage(p.messageId, p.args, 'en')}`),
      [
        '/project/team-terms.json:5: “terms.1.fr” needs “term”; this entry is left out.',
        '/project/team-terms.json:6: Unknown key “terms.2.colour”; expected one of: id, pos, en, enPlural, fr, also, forbidden, note, sources, consistency.',
        '/project/team-terms.json:7: “terms.3.id” must match pattern "^[a-z0-9-]+$".',
        '/project/team-terms.json:8: The entry “ok” is already in this file (line 4); this one is left out.',
      ],
    );
  });

  it('bad JSON, a file of another shape, a missing file: a problem naming the file and the line, never a crash', async () => {
    const broken = parseTermBaseText('{\n  "terms": [ { "id": "a" "en": "b" } ]\n}', 'team.json').problems[0]!;
    assert.deepEqual([broken.file, broken.range.start.line, formatMessage(broken.messageId, broken.args, 'en')], ['team.json', 1, 'Invalid JSON: comma expected.']);
    assert.equal(parseTermBaseText('[1, 2]', 'team.json').problems[0]!.messageId, 'termBaseShape');
    const { resolved, problems } = resolveConfig({ termBase: 'missing.json' }, '/project', '/project/opendata-toolkit.json', () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    assert.equal(resolved.termEntries, undefined);
    assert.deepEqual(problems.map((p) => [p.file, formatMessage(p.messageId, p.args, 'en')]), [['/project/opendata-toolkit.json', 'Cannot read the term base file missing.json (“termBase”): file not found.']]);
  });

  it('a file outside the configuration’s folder is not read', () => {
    let read = false;
    const { problems } = resolveConfig({ termBase: '../elsewhere/terms.json' }, '/project', '/project/opendata-toolkit.json', () => {
      read = true;
      return '{}';
    });
    assert.equal(read, false);
    assert.equal(problems[0]!.messageId, 'configPathOutside');
  });

  it('the built-in base is left as it is', () => {
    assert.ok(TERM_BASE.length >= 100);
    assert.equal(TERM_BASE.find((e) => e.id === 'dataset')!.fr.term, 'jeu de données');
  });
});
