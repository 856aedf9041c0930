import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../helpers/tempProject';

const CORPUS = resolve(__dirname, '../../../../shared/corpora/open-source-logiciel-libre');
const REVIEWED = resolve(__dirname, '../../fixtures/corpus/reviewed-findings.json');

describe('real bilingual corpus (canada-ca/open-source-logiciel-libre)', function () {
  let configDir: string;
  before(function () {
    // The corpus sits beside the project; a checkout elsewhere simply has no corpus to read. The
    // configuration is outside the corpus, so its pairs file is reachable only with --allow-outside.
    if (!existsSync(CORPUS)) this.skip();
    configDir = mkdtempSync(join(tmpdir(), 'corpus-config-'));
    writeFileSync(join(configDir, 'opendata-toolkit.json'), JSON.stringify({ pairs: join(CORPUS, 'pairs.json') }));
  });
  after(() => configDir && rmSync(configDir, { recursive: true, force: true }));

  it('finds all 7 pairs of pairs.json and nothing unpaired', async () => {
    const r = await cli([CORPUS, '--config', join(configDir, 'opendata-toolkit.json'), '--allow-outside', CORPUS, '--format', 'json'], CORPUS);
    const report = JSON.parse(r.stdout);
    const pairs = JSON.parse(readFileSync(join(CORPUS, 'pairs.json'), 'utf8'));
    assert.deepEqual(report.pairs.map((p: { en: string; fr: string }) => [p.en, p.fr]).sort(), Object.entries(pairs).sort());
    assert.deepEqual(report.unpaired, []);
  });

  it('reports exactly the findings reviewed by hand (see test/fixtures/corpus/REVIEW.md)', async () => {
    const r = await cli([CORPUS, '--config', join(configDir, 'opendata-toolkit.json'), '--allow-outside', CORPUS, '--format', 'json'], CORPUS);
    const report = JSON.parse(r.stdout);
    const found = report.diagnostics.map((d: { file: string; line: number; rule: string; message: string }) => `${d.file}:${d.line} ${d.rule} ${d.message.slice(0, 90)}`);
    assert.deepEqual(found, JSON.parse(readFileSync(REVIEWED, 'utf8')));
  });
});
