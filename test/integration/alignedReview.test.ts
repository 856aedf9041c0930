import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { open, replaceText, sleep, waitForDiagnostics, ours, workspaceUri, withFilesPerTest, writeTemporarily } from './helpers';

const EN = '# Review\n\nThe city publishes 25 datasets.\n\n## Scope\n\nThis policy applies to all departments.\n\n## Roles\n\nThe lead coordinates the program and reports to council every year on what was published.\n';
const FR = '# Révision\n\nLa ville publie 25 jeux de données.\n\n## Portée\n\nCette politique s’applique à tous les services.\n\n## Rôles\n\nLa personne responsable coordonne le programme et rend compte au conseil chaque année.\n';

interface Shown {
  version: number;
  state?: { rows: Array<{ en: { line: number; text: string; missing?: boolean }; fr: { line: number; text: string; missing?: boolean }; status: string[]; notes: string[] }>; statusLabels: Record<string, string> };
}

async function shown(after = -1, predicate: (s: Shown) => boolean = () => true, timeoutMs = 60_000): Promise<Shown> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await vscode.commands.executeCommand<Shown | undefined>('openDataToolkit.alignedReviewState');
    if (s?.state && s.version > after && predicate(s)) return s;
    if (Date.now() > until) throw new Error(`the aligned review did not show the expected rows: ${JSON.stringify(s?.state?.rows.map((r) => r.status))}`);
    await sleep(50);
  }
}

describe('aligned review', function () {
  // The panel waits for the pair's checks, which wait for the engine's workers on a shared machine.
  this.timeout(240_000);
  const en = workspaceUri('toolkit', 'tmp-aligned.en.md');
  const fr = workspaceUri('toolkit', 'tmp-aligned.fr.md');
  withFilesPerTest([[en, EN], [fr, FR]]);

  it('shows the pair block by block with each row’s status, follows edits, and opens a side at its block', async () => {
    const frEditor = await open(fr);
    // The files were written a moment ago: the workspace index learns of the English one from the
    // file watcher, whose event may come after the command's first try (“no counterpart yet”).
    let reviewing = false;
    for (const end = Date.now() + 15_000; !reviewing && Date.now() < end; await sleep(200)) reviewing = (await vscode.commands.executeCommand('openDataToolkit.openAlignedReview')) === true;
    assert.equal(reviewing, true);
    let s = await shown();
    assert.deepEqual(
      s.state!.rows.map((r) => [r.en.line, r.fr.line, r.status.join()]),
      [
        [0, 0, 'inStep'],
        [2, 2, 'inStep'],
        [4, 4, 'inStep'],
        [6, 6, 'inStep'],
        [8, 8, 'inStep'],
        [10, 10, 'inStep'],
      ],
    );
    assert.equal(s.state!.rows[1].en.text, 'The city publishes 25 datasets.');
    assert.equal(s.state!.statusLabels.outdated, 'Outdated');

    // A number changed in French: that row only says so, with the finding's message.
    await replaceText(frEditor, '25 jeux', '52 jeux');
    // Right after start-up the workers may still be checking the whole workspace: a long wait.
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1, 120_000);
    s = await shown(s.version, (x) => x.state!.rows[1].status.includes('changed'));
    assert.deepEqual(s.state!.rows.map((r) => r.status.join()), ['inStep', 'changed', 'inStep', 'inStep', 'inStep', 'inStep']);
    assert.ok(s.state!.rows[1].notes.some((n) => n.startsWith('toolkit/tmp-aligned.fr.md (line 3): ')), s.state!.rows[1].notes.join('\n'));

    // The French side of the Roles paragraph opens the French file at that block.
    const opened = await vscode.commands.executeCommand<{ uri: string; line: number }>('openDataToolkit.alignedReviewOpenSide', 5, 'fr');
    assert.equal(opened?.uri, fr.toString());
    assert.equal(opened?.line, 10);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), fr.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 10);
    const openedEn = await vscode.commands.executeCommand<{ uri: string; line: number }>('openDataToolkit.alignedReviewOpenSide', 3, 'en');
    assert.equal(openedEn?.uri, en.toString());
    assert.equal(openedEn?.line, 6);
  });

  it('says a file has no counterpart instead of opening an empty review', async () => {
    const lone = workspaceUri('toolkit', 'tmp-lone.en.md');
    const undo = await writeTemporarily(lone, '# Alone\n\nNo French yet.\n');
    try {
      await open(lone);
      assert.equal(await vscode.commands.executeCommand('openDataToolkit.openAlignedReview'), false);
    } finally {
      await undo();
    }
  });
});
