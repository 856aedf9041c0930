import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';

// Measures, in the real extension host, the time from an edit to updated diagnostics on a
// 1,000-line pair. It records figures for bench/editor.bench.mjs; it asserts only that the
// diagnostics did update, never a time.
interface CheckReport {
  uris: vscode.Uri[];
  sinceTriggerMs: number;
  checkMs: number;
}
interface ToolkitApi {
  onDidCheck: vscode.Event<CheckReport>;
}

const RUNS = Number(process.env.TOOLKIT_BENCH_RUNS ?? 20);

function nextCheck(api: ToolkitApi, uri: vscode.Uri): Promise<CheckReport> {
  return new Promise((resolve) => {
    const sub = api.onDidCheck((report) => {
      if (report.uris.some((u) => u.toString() === uri.toString())) {
        sub.dispose();
        resolve(report);
      }
    });
  });
}

describe('editor latency (benchmark)', function () {
  this.timeout(300_000);

  it('updates diagnostics after each edit of a 1,000-line pair', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const en = vscode.Uri.joinPath(folder, 'chapter-000.en.md');
    const fr = vscode.Uri.joinPath(folder, 'chapter-000.fr.md');
    const extension = vscode.extensions.getExtension<ToolkitApi>('open-data-toolkit.bilingual-open-data-toolkit')!;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(en));
    const api = await extension.activate();
    const first = nextCheck(api, fr);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fr), vscode.ViewColumn.Two);
    const cold = await first;
    const debounce = vscode.workspace.getConfiguration('openDataToolkit').get<number>('diagnostics.debounceMs', 300);
    const samples: Array<{ afterDebounceMs: number; checkMs: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      // Change a number in the French file, then put it back: each edit must change the findings.
      const text = editor.document.getText();
      const at = text.indexOf('Au total, ') + 'Au total, '.length;
      const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1));
      const original = editor.document.getText(range);
      const checked = nextCheck(api, fr);
      assert.ok(await editor.edit((b) => b.replace(range, original === '9' ? '8' : '9')));
      const report = await checked;
      samples.push({ afterDebounceMs: report.sinceTriggerMs - debounce, checkMs: report.checkMs });
      const numbers = vscode.languages.getDiagnostics(fr).filter((d) => d.code === 'numbers');
      assert.equal(numbers.length, 1, 'the changed number is reported');
      const restored = nextCheck(api, fr);
      await vscode.commands.executeCommand('undo');
      await restored;
      assert.equal(vscode.languages.getDiagnostics(fr).filter((d) => d.code === 'numbers').length, 0);
    }
    const lines = editor.document.lineCount;
    const out = process.env.TOOLKIT_BENCH_RESULTS;
    if (out) writeFileSync(out, JSON.stringify({ lines, debounceMs: debounce, coldCheck: { sinceOpenMs: cold.sinceTriggerMs, checkMs: cold.checkMs }, samples }, null, 2));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
