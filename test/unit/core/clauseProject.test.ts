import { strict as assert } from 'node:assert';
import { loadClauseCatalogue, type ClauseCatalogue } from '../../../src/core/clauses/clauseCatalogue';
import { wrapInMarkers } from '../../../src/core/clauses/clauseMarkers';
import { fillClause } from '../../../src/core/clauses/fillClause';
import type { ToolkitConfigFile } from '../../../src/core/config/configTypes';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { checkProject } from '../../../src/core/project/checkProject';
import { describe as describeFindings } from '../helpers/checkTexts';
import { fixture, lineOf } from '../clauses/shippedLibrary';

/** A tiny library: sample-clause 1.0.0 and other-clause, from the fixtures. */
function catalogue(): ClauseCatalogue {
  return loadClauseCatalogue([{ folder: 'test/fixtures/clauses', files: [fixture('valid-two.yaml')] }]);
}

function run(files: Record<string, string>, config: ToolkitConfigFile = {}, load: () => ClauseCatalogue = catalogue) {
  const { resolved } = resolveConfig(config, '/project', undefined, () => '');
  return checkProject(Object.entries(files).map(([path, text]) => ({ path, text })), resolved, { clauses: load });
}

const lib = catalogue().library;
const clause = (id: string, lang: 'en' | 'fr', version?: string) => {
  const c = lib.byId.get(id)!;
  return wrapInMarkers(c.id, version ?? c.version, fillClause(c, lang).text);
};
const doc = (lang: 'en' | 'fr', ...clauses: string[]) => `---\nlang: ${lang}\ntranslationKey: policy\n---\n\n# ${lang === 'en' ? 'Policy' : 'Politique'}\n\n${clauses.join('\n\n')}\n`;

describe('project check: clauses in policies', () => {
  it('a clean pair has no clause finding', async () => {
    const r = await run({ 'p.en.md': doc('en', clause('sample-clause', 'en')), 'p.fr.md': doc('fr', clause('sample-clause', 'fr')) });
    assert.deepEqual(describeFindings(r.findings), []);
  });

  it('reports drift (info, on the clause text), a clause in one file only, and a newer library version', async () => {
    const drifted = clause('sample-clause', 'fr').replace('est publié', 'sera peut-être publié');
    const en = doc('en', clause('sample-clause', 'en'), clause('other-clause', 'en', '0.9.0'));
    const fr = doc('fr', drifted);
    const r = await run({ 'p.en.md': en, 'p.fr.md': fr });
    const shown = r.findings.map((f) => [f.file, f.rule, f.severity, f.messageId, f.range.start.line]);
    assert.deepEqual(shown, [
      ['p.en.md', 'clause-pairing', 'warning', 'clauses.missingInCounterpart', lineOf(en, '<!-- clause:other-clause@0.9.0')],
      ['p.en.md', 'clause-version', 'info', 'clauses.newerVersion', lineOf(en, '<!-- clause:other-clause@0.9.0')],
      ['p.fr.md', 'clause-drift', 'info', 'clauses.drift', lineOf(fr, 'sera peut-être')],
    ]);
  });

  it('configured severities: off drops a rule, another severity replaces every grade, the default keeps them', async () => {
    const en = doc('en', clause('sample-clause', 'en'), '<!-- clause:other-clause -->\nText.\n<!-- /clause -->', '<!-- /clause -->');
    const fr = doc('fr', clause('sample-clause', 'fr'), '<!-- clause:other-clause -->\nTexte.\n<!-- /clause -->', '<!-- /clause -->');
    const markers = async (config: ToolkitConfigFile) =>
      (await run({ 'p.en.md': en, 'p.fr.md': fr }, config)).findings.filter((f) => f.file === 'p.en.md' && f.rule === 'clause-markers').map((f) => f.severity);
    assert.deepEqual(await markers({}), ['warning', 'error'], 'no version is a warning, a stray close an error');
    assert.deepEqual(await markers({ rules: { 'clause-markers': 'info' } }), ['info', 'info']);
    assert.deepEqual(await markers({ rules: { 'clause-markers': 'off' } }), []);
  });

  it('loads the library only when a file holds a marker or clause folders are configured', async () => {
    let loads = 0;
    const counting = () => {
      loads++;
      return catalogue();
    };
    await run({ 'a.en.md': '# A\n', 'a.fr.md': '# A\n' }, {}, counting);
    assert.equal(loads, 0);
    await run({ 'a.en.md': doc('en', clause('sample-clause', 'en')), 'a.fr.md': '# A\n' }, {}, counting);
    assert.equal(loads, 1);
    await run({ 'a.en.md': '# A\n', 'a.fr.md': '# A\n' }, { clauseFolders: ['ours'] }, counting);
    assert.equal(loads, 2);
  });

  it('reports the problems of the organisation’s clause files with the others', async () => {
    const broken = loadClauseCatalogue([
      { folder: 'test/fixtures/clauses', files: [fixture('valid-two.yaml')] },
      { folder: 'ours', files: [{ path: 'ours/bad.yaml', text: '- id: x\n  version: [\n' }] },
    ]);
    const r = await run({ 'a.en.md': '# A\n', 'a.fr.md': '# A\n' }, { clauseFolders: ['ours'] }, () => broken);
    assert.deepEqual(r.findings.map((f) => [f.file, f.rule, f.severity]), [['ours/bad.yaml', 'clause-library', 'error']]);
  });
});
