import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID } from './helpers';

interface Shown {
  dashboard: { pairs: Array<{ en: string; fr: string; chapter: string; counts: Record<string, number> }>; chapters: Array<{ chapter: string; pairs: number; findings: number }>; progress: { en: number; fr: number } };
  filter: { folder: string; severity: string };
  folders: string[];
}

describe('workspace dashboard', function () {
  // A check of the whole sample workspace first, on a machine that may be busy.
  this.timeout(240_000);

  it('lists every pair with its counts from the checks, by chapter, filtered by folder and severity', async () => {
    await (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { checkWorkspace(): Promise<number> }).checkWorkspace();
    const all = (await vscode.commands.executeCommand<Shown>('openDataToolkit.dashboardState', { folder: '', severity: 'all' }))!;
    assert.deepEqual(all.folders, ['policy', 'toolkit']);
    // Other suites' temporary pairs may be there too: the samples' three must be.
    const frs = all.dashboard.pairs.map((p) => p.fr);
    for (const fr of ['policy/bancroft-policy.fr.md', 'policy/open-data-policy.fr.md', 'toolkit/governance.fr.md']) assert.ok(frs.includes(fr), `${fr} in ${frs.join(', ')}`);
    const governance = all.dashboard.pairs.find((p) => p.en === 'toolkit/governance.en.md')!;
    // The sample governance chapter has a wrong amount (an error) among other findings.
    assert.ok(governance.counts.error >= 1, JSON.stringify(governance.counts));
    assert.equal(all.dashboard.chapters.reduce((n, c) => n + c.pairs, 0), all.dashboard.pairs.length);

    const toolkit = (await vscode.commands.executeCommand<Shown>('openDataToolkit.dashboardState', { folder: 'toolkit' }))!;
    assert.ok(toolkit.dashboard.pairs.length >= 1 && toolkit.dashboard.pairs.every((p) => p.en.startsWith('toolkit/')), JSON.stringify(toolkit.dashboard.pairs.map((p) => p.en)));
    const errors = (await vscode.commands.executeCommand<Shown>('openDataToolkit.dashboardState', { severity: 'error' }))!;
    for (const p of errors.dashboard.pairs) assert.equal(p.counts.warning + p.counts.info, 0);
    assert.equal(errors.dashboard.pairs.find((p) => p.en === 'toolkit/governance.en.md')!.counts.error, governance.counts.error);
    await vscode.commands.executeCommand('openDataToolkit.dashboardState', { folder: '', severity: 'all' });
  });
});
