import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../helpers/tempProject';
import { corpusRuns, keyOf, labelFilesOf, ossConfig, parseLabels, score, type Finding, type Label } from '../../../scripts/precision/score';

const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const LABELS = resolve(__dirname, '../../fixtures/precision');

describe('precision labels (npm run precision)', () => {
  it('reads a corpus’s own labels file and its topical ones, never another corpus’s', () => {
    const names = ['gcds-docs.spelling.labels.json', 'gcds-docs.labels.json', 'gcds-docs-old.labels.json', 'oss.labels.json', 'gcds-docs.a.b.labels.json', 'gcds-docs.labels.json.bak'];
    assert.deepEqual(labelFilesOf(names, 'gcds-docs'), ['gcds-docs.labels.json', 'gcds-docs.spelling.labels.json']);
  });

  describe('score', () => {
    const f = (file: string, line: number, rule: string, severity = 'error'): Finding => ({ file, line, rule, severity, message: 'm' });
    const l = (file: string, line: number, rule: string, verdict: Label['verdict']): Label => ({ file, line, rule, verdict, reason: 'r' });

    it('counts verdicts per rule, lists unlabelled findings and labels that match nothing', () => {
      const s = score('c', [f('a.md', 1, 'links'), f('a.md', 1, 'links'), f('a.md', 2, 'links'), f('b.md', 3, 'numbers', 'warning')], [l('a.md', 1, 'links', 'true'), l('b.md', 3, 'numbers', 'false'), l('a.md', 9, 'links', 'true')]);
      const links = s.rules.find((r) => r.rule === 'links')!;
      assert.deepEqual([links.findings, links.labelled, links.true, links.precision, links.flagged], [3, 2, 2, 1, false]);
      const numbers = s.rules.find((r) => r.rule === 'numbers')!;
      assert.deepEqual([numbers.labelled, numbers.false, numbers.precision, numbers.flagged], [1, 1, 0, true]);
      assert.deepEqual(s.toLabel.map(keyOf), ['a.md:2 links']);
      assert.deepEqual(s.gone.map(keyOf), ['a.md:9 links']);
    });

    it('does not flag info rules, and counts a debatable finding as not true', () => {
      const s = score('c', [f('a.md', 1, 'typography', 'info'), f('a.md', 2, 'lists')], [l('a.md', 1, 'typography', 'false'), l('a.md', 2, 'lists', 'debatable')]);
      assert.equal(s.rules.find((r) => r.rule === 'typography')!.flagged, false);
      assert.deepEqual([s.rules.find((r) => r.rule === 'lists')!.precision, s.rules.find((r) => r.rule === 'lists')!.flagged], [0, true]);
    });

    it('refuses a label without a verdict or a reason', () => {
      assert.throws(() => parseLabels(JSON.stringify([{ file: 'a.md', line: 1, rule: 'links', verdict: 'yes', reason: 'r' }]), 'x'), /verdict/);
      assert.throws(() => parseLabels(JSON.stringify([{ file: 'a.md', line: 1, rule: 'links', verdict: 'true', reason: '' }]), 'x'), /reason/);
    });
  });

  // Every finding labelled true, read by hand in both files, must still be found: a change that
  // loses one trades a real defect for silence. Skipped where the corpora are not beside the project.
  describe('real corpora: every finding labelled true is still reported', function () {
    let configDir: string;
    before(function () {
      if (!existsSync(CORPORA)) this.skip();
      configDir = mkdtempSync(join(tmpdir(), 'precision-config-'));
      writeFileSync(join(configDir, 'opendata-toolkit.json'), ossConfig(CORPORA));
    });
    after(() => configDir && rmSync(configDir, { recursive: true, force: true }));

    for (const run of corpusRuns(CORPORA, '<config>')) {
      it(run.name, async function () {
        const cwd = join(CORPORA, run.name);
        if (!existsSync(cwd)) this.skip();
        this.timeout(120_000);
        const args = run.args.map((a) => a.replace('<config>', configDir));
        const report = JSON.parse((await cli(args, cwd)).stdout);
        const labels = labelFilesOf(readdirSync(LABELS), run.name).flatMap((f) => parseLabels(readFileSync(join(LABELS, f), 'utf8'), f));
        const goneTrue = score(run.name, report.diagnostics, labels).gone.filter((x) => x.verdict === 'true');
        assert.deepEqual(goneTrue.map((x) => `${keyOf(x)} — ${x.reason}`), []);
      });
    }
  });
});
