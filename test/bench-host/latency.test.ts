import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';

// Measures, in the real extension host, on a 1,000-line pair: the time from opening the pair to
// its first diagnostics (every rule but spelling, which follows in a report of its own) and to
// all of them, then the time from an edit to updated diagnostics. It records figures for
// bench/editor.bench.mjs; it asserts only that the diagnostics did update, never a time.
interface CheckReport {
  uris: vscode.Uri[];
  sinceTriggerMs: number;
  checkMs: number;
  /** Spelling is still to come. */
  partial?: boolean;
}
interface ToolkitApi {
  onDidCheck: vscode.Event<CheckReport>;
}

const RUNS = Number(process.env.TOOLKIT_BENCH_RUNS ?? 20);

function nextCheck(api: ToolkitApi, uri: vscode.Uri, accept: (r: CheckReport) => boolean = () => true): Promise<CheckReport> {
  return new Promise((resolve) => {
    const sub = api.onDidCheck((report) => {
      if (report.uris.some((u) => u.toString() === uri.toString()) && accept(report)) {
        sub.dispose();
        resolve(report);
      }
    });
  });
}

/** Resolves with the time at which the file's diagnostics first satisfy `test`; fails after 60 s. */
function diagnosticsWhen(uri: vscode.Uri, test: (ds: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    if (test(vscode.languages.getDiagnostics(uri))) return resolve(performance.now());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${what}: not seen within 60 s`));
    }, 60_000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && test(vscode.languages.getDiagnostics(uri))) {
        sub.dispose();
        clearTimeout(timer);
        resolve(performance.now());
      }
    });
  });
}

const numbersOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'numbers').length;

describe('editor latency (benchmark)', function () {
  this.timeout(300_000);

  it('updates diagnostics after each edit of a 1,000-line pair', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const en = vscode.Uri.joinPath(folder, 'chapter-000.en.md');
    const fr = vscode.Uri.joinPath(folder, 'chapter-000.fr.md');
    const extension = vscode.extensions.getExtension<ToolkitApi>('open-data-toolkit.bilingual-open-data-toolkit')!;
    const opened = performance.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(en));
    const api = await extension.activate();
    const first = nextCheck(api, fr);
    const full = nextCheck(api, fr, (r) => !r.partial);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fr), vscode.ViewColumn.Two);
    await first;
    const firstMs = performance.now() - opened;
    await full;
    const fullMs = performance.now() - opened;
    const out = process.env.TOOLKIT_BENCH_RESULTS;
    const cold = { firstDiagnosticsMs: firstMs, allDiagnosticsMs: fullMs };
    // Written now too, so the opening figures survive a failure of the edits below.
    if (out) writeFileSync(out, JSON.stringify({ lines: editor.document.lineCount, coldCheck: cold, samples: [] }, null, 2));
    // The opening of the second file schedules its own check: let it finish before editing.
    await new Promise((r) => setTimeout(r, 1500));
    const debounce = vscode.workspace.getConfiguration('openDataToolkit').get<number>('diagnostics.debounceMs', 300);
    const samples: Array<{ afterDebounceMs: number; checkMs: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      // Change a number in the French file, then put it back: each edit must change the findings.
      const text = editor.document.getText();
      const at = text.indexOf('Au total, ') + 'Au total, '.length;
      const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1));
      const original = editor.document.getText(range);
      let last: CheckReport | undefined;
      const sub = api.onDidCheck((r) => r.uris.some((u) => u.toString() === fr.toString()) && (last = r));
      const edited = performance.now();
      const shown = diagnosticsWhen(fr, () => numbersOf(fr) === 1, 'the changed number');
      assert.ok(await editor.edit((b) => b.replace(range, original === '9' ? '8' : '9')));
      const shownAt = await shown;
      sub.dispose();
      samples.push({ afterDebounceMs: shownAt - edited - debounce, checkMs: last?.checkMs ?? NaN });
      assert.equal(numbersOf(fr), 1, 'the changed number is reported');
      const restored = diagnosticsWhen(fr, () => numbersOf(fr) === 0, 'the restored number');
      await vscode.commands.executeCommand('undo');
      await restored;
    }
    if (out) writeFileSync(out, JSON.stringify({ lines: editor.document.lineCount, debounceMs: debounce, coldCheck: cold, samples }, null, 2));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
