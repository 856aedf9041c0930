import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, open, resetEditors, workspaceUri, writeTemporarily } from './helpers';

// The first findings of a pair never wait for the dictionaries: the other rules report first,
// spelling follows in a report of its own. Order only, never a time.
interface CheckReport {
  uris: vscode.Uri[];
  findings: Map<string, Array<{ rule: string; args?: Record<string, unknown> }>>;
  partial?: boolean;
}
interface ToolkitApi {
  onDidCheck: vscode.Event<CheckReport>;
}

const EN = '# Register\n\nWe publish 150 zorblat registers every week.\n';
const FR = '# Registre\n\nNous publions 151 registres chaque semaine.\n';

describe('spelling follows the other rules', function () {
  this.timeout(180_000);
  const en = workspaceUri('toolkit', 'tmp-follows.en.md');
  const fr = workspaceUri('toolkit', 'tmp-follows.fr.md');
  let restore: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await resetEditors();
    for (const r of restore.reverse()) await r();
  });

  it('publishes the numbers finding in a partial report, then the misspelling in the full one', async () => {
    const api = (await vscode.extensions.getExtension<ToolkitApi>(EXTENSION_ID)!.activate()) as ToolkitApi;
    const reports: CheckReport[] = [];
    const whole = new Promise<void>((resolve) => {
      const sub = api.onDidCheck((r) => {
        // The pair's reports only: the English file written first may be checked alone before
        // its counterpart exists (an unpaired file's report).
        const has = (uri: vscode.Uri) => r.uris.some((u) => u.toString() === uri.toString());
        if (!has(en) || !has(fr)) return;
        reports.push(r);
        if (!r.partial) {
          sub.dispose();
          resolve();
        }
      });
    });
    restore = [await writeTemporarily(en, EN), await writeTemporarily(fr, FR)];
    await open(en);
    await whole;
    const rules = (r: CheckReport) => [...r.findings.values()].flat().map((f) => f.rule);
    const first = reports[0];
    assert.equal(first.partial, true, 'the first report is the other rules’ part');
    assert.ok(rules(first).includes('numbers'), `numbers in the first report: ${rules(first).join(', ')}`);
    assert.ok(!rules(first).includes('spelling'), 'no spelling in the first report');
    const last = reports[reports.length - 1];
    assert.ok(rules(last).includes('numbers'), 'the numbers finding stays');
    assert.ok([...last.findings.values()].flat().some((f) => f.rule === 'spelling' && JSON.stringify(f.args ?? {}).includes('zorblat')), `the misspelling follows: ${rules(last).join(', ')}`);
  });
});
