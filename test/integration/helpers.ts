import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';

export const EXTENSION_ID = 'open-data-toolkit.bilingual-open-data-toolkit';

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with samples/ as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Polls until `predicate` holds for the file's diagnostics; fails with what was there. */
export async function waitForDiagnostics(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 15000): Promise<readonly vscode.Diagnostic[]> {
  const start = Date.now();
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    if (predicate(diagnostics)) return diagnostics;
    if (Date.now() - start > timeoutMs) {
      assert.fail(`diagnostics of ${vscode.workspace.asRelativePath(uri)} never matched; last: ${JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`), null, 1)}`);
    }
    await sleep(50);
  }
}

export function ours(diagnostics: readonly vscode.Diagnostic[], rule?: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'opendata-toolkit' && (rule === undefined || d.code === rule));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function open(uri: vscode.Uri, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: column, preview: false });
}

/** Undoes every unsaved change of open documents and closes all editors. */
export async function resetEditors(): Promise<void> {
  for (const d of vscode.workspace.textDocuments) {
    if (d.isDirty) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function lineOf(document: vscode.TextDocument, text: string): number {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `“${text}” is in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(offset).line;
}

/** Replaces the first occurrence of `from` in the editor's document (an ordinary, undoable edit). */
export async function replaceText(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const offset = editor.document.getText().indexOf(from);
  assert.ok(offset >= 0, `“${from}” is in the document`);
  const range = new vscode.Range(editor.document.positionAt(offset), editor.document.positionAt(offset + from.length));
  assert.ok(await editor.edit((b) => b.replace(range, to)));
}

/** Writes a workspace file, returning a function that puts back what was there. */
export async function writeTemporarily(uri: vscode.Uri, text: string): Promise<() => Promise<void>> {
  let before: Uint8Array | undefined;
  try {
    before = await vscode.workspace.fs.readFile(uri);
  } catch {
    before = undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return async () => {
    if (before) await vscode.workspace.fs.writeFile(uri, before);
    else await vscode.workspace.fs.delete(uri);
  };
}

/**
 * Mocha hooks for a suite whose every test starts with these files written (and ends with the
 * editors closed and each file given back as it was, or deleted when it was not there).
 */
export function withFilesPerTest(files: ReadonlyArray<readonly [vscode.Uri, string]>): void {
  let restore: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    restore = [];
    for (const [uri, text] of files) restore.push(await writeTemporarily(uri, text));
  });
  afterEach(async () => {
    await resetEditors();
    for (const r of restore) await r();
  });
}
