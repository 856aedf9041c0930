import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, open, resetEditors, workspaceUri } from './helpers';

const FIX = 'openDataToolkit.checklistFix';
const EXPORT = 'openDataToolkit.exportChecklistReport';

interface ItemState { item: { id: string }; state: string }
interface Active { uri: vscode.Uri; results: Array<{ list: { id: string }; ticked: number; total: number; sections: Array<{ items: ItemState[] }> }> }
interface ChecklistApi {
  refresh(): Promise<Active | undefined>;
  setTicks(changes: Array<{ listId: string; itemId: string; ticked: boolean }>): Promise<boolean>;
  onDidRefresh: vscode.Event<Active | undefined>;
  treeItems(): vscode.TreeItem[];
}

const api = () => (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { checklists: ChecklistApi }).checklists;
const stateOf = (active: Active | undefined, list: string, item: string) =>
  active?.results.find((r) => r.list.id === list)?.sections.flatMap((s) => s.items).find((i) => i.item.id === item)?.state;

/** Refreshes until `predicate` holds (the view follows the checks, which are debounced). */
async function until(what: string, predicate: (a: Active | undefined) => boolean, timeoutMs = 15000): Promise<Active | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const active = await api().refresh();
    if (predicate(active)) return active;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(active?.results.map((r) => `${r.list.id} ${r.ticked}/${r.total}`))} (active editor: ${vscode.window.activeTextEditor?.document.uri.toString()} ${vscode.window.activeTextEditor?.document.languageId})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('checklist view', () => {
  const policyEn = workspaceUri('policy', 'bancroft-policy.en.md');
  const policyFr = workspaceUri('policy', 'bancroft-policy.fr.md');
  afterEach(resetEditors);

  it('lists the sample policy’s items; an edit that adds a clause flips its provision', async function () {
    // The first test of the suite waits for the workspace index, the engine workers and both libraries: slow on a loaded machine.
    this.timeout(120000);
    await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
    const editor = await open(policyEn);
    // The first file opened waits for the workspace index and both libraries.
    const before = await until('step 1', (a) => stateOf(a, 'policy-completeness', 'sunlight-v3:24') === 'unticked', 40000);
    assert.equal(before!.results.find((r) => r.list.id === 'policy-completeness')!.total, 41);
    assert.equal(stateOf(before, 'policy-completeness', 'sunlight-v3:1'), 'ticked');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, '\n\n<!-- clause:role-open-data-lead@1.0.0 -->\nThe lead oversees the policy.\n<!-- /clause -->\n')));
    await until('step 2', (a) => stateOf(a, 'policy-completeness', 'sunlight-v3:24') === 'ticked');
    await vscode.commands.executeCommand('undo');
    await until('step 3', (a) => stateOf(a, 'policy-completeness', 'sunlight-v3:24') === 'unticked');
  });

  it('a manual tick is written to the front matter, shows on the counterpart, and undo removes it', async function () {
    this.timeout(60000);
    await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
    const editor = await open(policyEn);
    await until('step 4', (a) => stateOf(a, 'policy-completeness', 'approved') === 'manual');
    assert.ok(await api().setTicks([{ listId: 'policy-completeness', itemId: 'approved', ticked: true }]));
    assert.match(editor.document.getText(), /\nchecklist-done: \[policy-completeness\/approved\]\n---\n/);
    assert.equal(stateOf(await api().refresh(), 'policy-completeness', 'approved'), 'ticked');
    await open(policyFr);
    await until('step 5', (a) => a?.uri.toString() === policyFr.toString() && stateOf(a, 'policy-completeness', 'approved') === 'ticked');
    await open(policyEn);
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(editor.document.getText(), /checklist-done/);
    await until('step 6', (a) => a?.uri.toString() === policyEn.toString() && stateOf(a, 'policy-completeness', 'approved') === 'manual');
  });

  it('Fix This Item adds the missing front matter field, and inserts the one clause that carries a provision; undo takes each back', async function () {
    this.timeout(90000);
    await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
    const editor = await open(policyEn);
    await until('step 7', (a) => stateOf(a, 'policy-completeness', 'review-date') === 'unticked' && stateOf(a, 'policy-completeness', 'sunlight-v3:2') === 'unticked', 40000);
    assert.ok(await vscode.commands.executeCommand(FIX, { listId: 'policy-completeness', itemId: 'review-date' }));
    const text = editor.document.getText();
    assert.match(text, /\ntype: policy\nreview_date: \n---\n/);
    // The cursor waits on the value, where the author types the date.
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, 'review_date: ');
    assert.ok(await editor.edit((b) => b.insert(editor.selection.active, '2028-01-31')));
    await until('step 8', (a) => stateOf(a, 'policy-completeness', 'review-date') === 'ticked');
    const inserted = await vscode.commands.executeCommand<{ id: string } | undefined>(FIX, { listId: 'policy-completeness', itemId: 'sunlight-v3:2' });
    assert.ok(inserted, 'a clause was inserted');
    assert.ok(vscode.window.activeTextEditor!.document.getText().includes(`<!-- clause:${inserted.id}@`), 'its markers are in the document');
    // Inserted after the front matter, never inside it.
    assert.ok(vscode.window.activeTextEditor!.document.getText().indexOf('<!-- clause:' + inserted.id) > vscode.window.activeTextEditor!.document.getText().indexOf('\n---\n'));
    await until('step 9', (a) => stateOf(a, 'policy-completeness', 'sunlight-v3:2') === 'ticked');
    await vscode.commands.executeCommand('undo');
    await until('step 10', (a) => stateOf(a, 'policy-completeness', 'sunlight-v3:2') === 'unticked');
  });

  // The report goes to a file chosen in the save dialog (given here as the target); the next test opens it as an untitled document.
  it('Export Checklist Report writes the active file’s lists as Markdown in French, and as the command line’s HTML, to the file chosen', async function () {
    this.timeout(60000);
    const markdownFile = workspaceUri('checklist-report.test-output.md');
    const htmlFile = workspaceUri('checklist-report.test-output.html');
    try {
      await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
      await open(policyEn);
      await until('step 11', (a) => stateOf(a, 'policy-completeness', 'approved') === 'manual', 40000);
      const uri = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, { scope: 'file', format: 'markdown', lang: 'fr', target: markdownFile });
      assert.equal(uri?.toString(), markdownFile.toString());
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdownFile));
      assert.match(markdown, /^# Rapport de liste de contrôle\n\n## policy\/bancroft-policy\.en\.md\n/);
      assert.match(markdown, /^- \[ \] .* \*\*manquant\*\* — /m);
      const html = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, { scope: 'file', format: 'html', lang: 'en', target: htmlFile });
      assert.equal(html?.toString(), htmlFile.toString());
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(htmlFile));
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /default-src 'none'/);
      assert.match(page, /<h2>policy\/bancroft-policy\.en\.md<\/h2>/);
    } finally {
      for (const f of [markdownFile, htmlFile]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    }
  });

  it('Export Checklist Report opens the report as a new untitled document, in Markdown and in HTML', async function () {
    this.timeout(60000);
    try {
      await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
      await open(policyEn);
      await until('step 11b', (a) => stateOf(a, 'policy-completeness', 'approved') === 'manual', 40000);
      for (const [format, language, start] of [['markdown', 'markdown', /^# Checklist report\n\n## policy\/bancroft-policy\.en\.md\n/], ['html', 'html', /^<!DOCTYPE html>/]] as const) {
        await open(policyEn);
        const uri = await vscode.commands.executeCommand<vscode.Uri>(EXPORT, { scope: 'file', format, lang: 'en', target: 'untitled' });
        assert.equal(uri?.scheme, 'untitled', format);
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        assert.ok(document, `${format}: the document is open`);
        assert.ok(document.isUntitled);
        assert.equal(document.languageId, language);
        assert.match(document.getText(), start);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), `${format}: shown in an editor`);
      }
      // The untitled report is now the active file: it is in no folder, so there is nothing to report on (a warning says so), and no error.
      assert.equal(vscode.window.activeTextEditor?.document.isUntitled, true);
      assert.equal(await vscode.commands.executeCommand(EXPORT, { scope: 'file', format: 'markdown', lang: 'en', target: 'untitled' }), undefined);
    } finally {
      await resetEditors();
    }
  });

  it('a saved manual tick is on disk, read again when the file is opened anew, and shows on the counterpart', async function () {
    this.timeout(60000);
    const original = await vscode.workspace.fs.readFile(policyEn);
    try {
      await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
      const editor = await open(policyEn);
      await until('step 12', (a) => stateOf(a, 'policy-completeness', 'approved') === 'manual', 40000);
      assert.ok(await api().setTicks([{ listId: 'policy-completeness', itemId: 'approved', ticked: true }]));
      assert.ok(await editor.document.save());
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // What a reloaded window reads: the file on disk.
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(policyEn)), /\nchecklist-done: \[policy-completeness\/approved\]\n---\n/);
      await open(policyFr);
      await until('step 13', (a) => a?.uri.toString() === policyFr.toString() && stateOf(a, 'policy-completeness', 'approved') === 'ticked');
      await open(policyEn);
      await until('step 14', (a) => a?.uri.toString() === policyEn.toString() && stateOf(a, 'policy-completeness', 'approved') === 'ticked');
    } finally {
      await resetEditors();
      await vscode.workspace.fs.writeFile(policyEn, original);
    }
  });

  it('tree items speak to screen readers: lists and sections with their progress, items with their state', async function () {
    this.timeout(60000);
    await vscode.commands.executeCommand('openDataToolkit.checklist.focus');
    await open(policyEn);
    await until('step 15', (a) => stateOf(a, 'policy-completeness', 'approved') === 'manual', 40000);
    const items = api().treeItems();
    const labels = items.map((i) => i.accessibilityInformation?.label ?? '');
    assert.equal(labels.filter((l) => !l).length, 0, 'every item has a label');
    assert.ok(labels.some((l) => /^Open data policy completeness.*: \d+ of 41 ticked, \d+ required missing$/.test(l)), labels.slice(0, 3).join('\n'));
    const approved = items.find((i) => i.id === 'policy-completeness/approved')!;
    assert.equal(approved.checkboxState, vscode.TreeItemCheckboxState.Unchecked);
    assert.match(approved.accessibilityInformation!.label, /, to be ticked by a person/);
    const missing = items.find((i) => i.id === 'policy-completeness/review-date')!;
    assert.equal(missing.contextValue, 'checklistMissing.fix');
    assert.match(missing.accessibilityInformation!.label, /, missing, required\. /);
  });
});

