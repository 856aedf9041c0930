import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { open, ours, resetEditors, waitForDiagnostics, withFilesPerTest, workspaceUri, writeTemporarily } from './helpers';

// The dictionaries load once per worker (seconds, more on a busy machine).
const SPELLER_MS = 90_000;

const EN = '# Register\n\nWe publish the zorblat register every week.\n';
const FR = '# Registre\n\nNous publions le registre chaque semaine.\n';

function zorblat(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic | undefined {
  return ours(diagnostics, 'spelling').find((d) => d.message.includes('zorblat'));
}

describe('spelling quick fix: add to the project dictionary', function () {
  this.timeout(180_000);
  const en = workspaceUri('toolkit', 'tmp-spelling.en.md');
  const fr = workspaceUri('toolkit', 'tmp-spelling.fr.md');
  const words = workspaceUri('project-words.txt');
  let restore: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    restore = [await writeTemporarily(en, EN), await writeTemporarily(fr, FR)];
  });
  afterEach(async () => {
    await resetEditors();
    for (const r of restore.reverse()) await r();
  });

  async function addAction(): Promise<vscode.CodeAction> {
    const found = zorblat(await waitForDiagnostics(en, (d) => zorblat(d) !== undefined, SPELLER_MS))!;
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', en, found.range)) as vscode.CodeAction[];
    const add = actions.find((a) => a.title === 'Add “zorblat” to the project dictionary');
    assert.ok(add?.edit, actions.map((a) => a.title).join(' | '));
    return add;
  }

  it('appends the word to the existing file as an undoable edit; the finding goes, and comes back on undo', async () => {
    restore.push(await writeTemporarily(words, '# Our words\ngeomatix'));
    await open(en);
    const add = await addAction();
    assert.ok(await vscode.workspace.applyEdit(add.edit!));
    const document = await vscode.workspace.openTextDocument(words);
    assert.equal(document.getText(), '# Our words\ngeomatix\nzorblat\n');
    // Counted before it is saved: the extension never saves the user's file itself.
    assert.equal(document.isDirty, true);
    await waitForDiagnostics(en, (d) => zorblat(d) === undefined, SPELLER_MS);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), '# Our words\ngeomatix');
    await waitForDiagnostics(en, (d) => zorblat(d) !== undefined, SPELLER_MS);
  });

  it('creates the project dictionary when it is missing', async () => {
    restore.push(async () => {
      await resetEditors();
      await vscode.workspace.fs.delete(words).then(undefined, () => undefined);
    });
    await vscode.workspace.fs.delete(words).then(undefined, () => undefined);
    await open(en);
    const add = await addAction();
    assert.ok(await vscode.workspace.applyEdit(add.edit!));
    assert.equal((await vscode.workspace.openTextDocument(words)).getText(), 'zorblat\n');
    await waitForDiagnostics(en, (d) => zorblat(d) === undefined, SPELLER_MS);
  });
});

describe('spelling quick fix: a suggestion', function () {
  this.timeout(180_000);
  const en = workspaceUri('toolkit', 'tmp-suggest.en.md');
  const fr = workspaceUri('toolkit', 'tmp-suggest.fr.md');
  withFilesPerTest([[en, '# Register\n\nWe recieve the register every week.\n'], [fr, FR]]);

  it('replaces the word with the suggestion as an undoable edit of the open document', async () => {
    const { document } = await open(en);
    const recieve = (d: readonly vscode.Diagnostic[]) => ours(d, 'spelling').find((x) => x.message.includes('recieve'));
    const found = recieve(await waitForDiagnostics(en, (d) => recieve(d) !== undefined, SPELLER_MS))!;
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', en, found.range)) as vscode.CodeAction[];
    const change = actions.find((a) => a.title === 'Change to “receive”');
    assert.ok(change?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(change.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(change.edit!));
    assert.equal(document.getText(), '# Register\n\nWe receive the register every week.\n');
    await waitForDiagnostics(en, (d) => recieve(d) === undefined, SPELLER_MS);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), '# Register\n\nWe recieve the register every week.\n');
  });
});
