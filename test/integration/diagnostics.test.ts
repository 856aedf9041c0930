import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, lineOf, open, ours, replaceText, resetEditors, sleep, waitForDiagnostics, workspaceUri } from './helpers';

describe('live parity diagnostics', () => {
  const en = workspaceUri('toolkit', 'governance.en.md');
  const fr = workspaceUri('toolkit', 'governance.fr.md');
  afterEach(resetEditors);

  it('activates on Markdown and reports the French file’s findings with the English line as related information', async () => {
    const editor = await open(fr);
    const diagnostics = await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length > 0);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    const numbers = ours(diagnostics, 'numbers')[0];
    assert.equal(numbers.range.start.line, lineOf(editor.document, '15 000'));
    assert.equal(numbers.severity, vscode.DiagnosticSeverity.Error);
    assert.match(numbers.message, /15 000 \$ here, but \$150,000 in the English file \(line 34\)/);
    const related = numbers.relatedInformation?.[0];
    assert.equal(related?.location.uri.toString(), en.toString());
    assert.equal(related?.location.range.start.line, 33);
    const rules = new Set(ours(diagnostics).map((d) => d.code));
    for (const rule of ['sections', 'lists', 'untranslated', 'link-language']) assert.ok(rules.has(rule), `${rule} in ${[...rules]}`);
  });

  it('updates when the French file is edited, and again when the edit is undone', async () => {
    const editor = await open(fr);
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
    await replaceText(editor, '15 000', '150 000');
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 0 && ours(d, 'sections').length === 1);
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /15 000 \$/);
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
  });

  it('updates the French file’s findings when the English file is edited', async () => {
    await open(fr);
    await waitForDiagnostics(fr, (d) => ours(d, 'sections').length === 1);
    const enEditor = await open(en, vscode.ViewColumn.Two);
    // Remove the English section the French lacks: the French finding goes away.
    const start = lineOf(enEditor.document, '## Council champion');
    const end = lineOf(enEditor.document, '## Key takeaways');
    assert.ok(await enEditor.edit((b) => b.delete(new vscode.Range(start, 0, end, 0))));
    await waitForDiagnostics(fr, (d) => ours(d, 'sections').length === 0);
  });

  it('keeps a pair’s findings when its files are closed: they go when the file is fixed', async () => {
    const policyFr = workspaceUri('policy', 'open-data-policy.fr.md');
    await open(policyFr);
    await waitForDiagnostics(policyFr, (d) => ours(d, 'placeholders').length === 2);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(500);
    assert.equal(ours(vscode.languages.getDiagnostics(policyFr), 'placeholders').length, 2);
  });
});
