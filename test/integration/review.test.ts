import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { lineOf, open, ours, replaceText, waitForDiagnostics, workspaceUri, withFilesPerTest } from './helpers';

const EN = '---\ntitle: Review\nlang: en\n---\n\n# Review\n\nThe city publishes data.\n\n## Scope\n\nThis policy applies to all departments.\n\n## Roles\n\nThe lead coordinates the program.\n';
const FR = '---\ntitle: Révision\nlang: fr\n---\n\n# Révision\n\nLa ville publie des données.\n\n## Portée\n\nCette politique s’applique à tous les services.\n\n## Rôles\n\nLa personne responsable coordonne le programme.\n';

describe('mark as reviewed', () => {
  const en = workspaceUri('toolkit', 'tmp-review.en.md');
  const fr = workspaceUri('toolkit', 'tmp-review.fr.md');
  withFilesPerTest([[en, EN], [fr, FR]]);

  it('records the review as an undoable edit; then exactly the French section whose English changed is outdated', async () => {
    const frEditor = await open(fr, vscode.ViewColumn.Two);
    const enEditor = await open(en);
    // Nothing is written until asked.
    assert.doesNotMatch(frEditor.document.getText(), /reviewedAgainst/);
    assert.equal(await vscode.commands.executeCommand('openDataToolkit.markReviewed', en), true);
    assert.match(frEditor.document.getText(), /^---\ntitle: Révision\nlang: fr\nreviewedAgainst:\n {2}"review": "[0-9a-f]{8}"\n {2}"scope": "[0-9a-f]{8}"\n {2}"roles": "[0-9a-f]{8}"\n---\n/);
    assert.ok(frEditor.document.isDirty, 'an ordinary edit, not saved behind the user');

    await replaceText(enEditor, 'all departments', 'all departments and agencies');
    const stale = ours(await waitForDiagnostics(fr, (d) => ours(d, 'stale').length === 1), 'stale');
    assert.equal(stale[0].range.start.line, lineOf(frEditor.document, '## Portée'));
    assert.equal(stale[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(stale[0].message, /the English section “Scope” \(line 10\) has changed since/);
    assert.equal(stale[0].relatedInformation?.[0].location.uri.toString(), en.toString());

    // The section at the cursor (in the English file) is marked reviewed: the finding goes.
    const line = lineOf(enEditor.document, 'and agencies');
    enEditor.selection = new vscode.Selection(line, 0, line, 0);
    assert.equal(await vscode.commands.executeCommand('openDataToolkit.markSectionReviewed'), true);
    await waitForDiagnostics(fr, (d) => ours(d, 'stale').length === 0);

    // Both marks are undone in the French editor, like any edit.
    await vscode.window.showTextDocument(frEditor.document, vscode.ViewColumn.Two);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(fr, (d) => ours(d, 'stale').length === 1);
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), FR);
  });
});
