import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, open, resetEditors, workspaceUri } from './helpers';

interface ItemState { item: { id: string }; state: string }
interface Active { uri: vscode.Uri; results: Array<{ list: { id: string }; ticked: number; total: number; sections: Array<{ items: ItemState[] }> }> }
interface ChecklistApi {
  refresh(): Promise<Active | undefined>;
  setTicks(changes: Array<{ listId: string; itemId: string; ticked: boolean }>): Promise<boolean>;
  onDidRefresh: vscode.Event<Active | undefined>;
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
    this.timeout(60000);
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
});
