import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { EXTENSION_ID, ours, resetEditors } from './helpers';

// The editor and the command line share one engine and one pipeline: on the same workspace they
// must report the same findings. This suite runs on samples/ in `npm run test:integration`, and on
// each real corpus in `npm run test:integration:corpora`.

const SEVERITY: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

function cliFindings(root: string, extensionPath: string): Promise<string[]> {
  const cli = path.join(extensionPath, 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    // The extension host runs on Node (code-server) or on Electron as Node: either way, execPath runs scripts.
    execFile(process.execPath, [cli, '.', '--format', 'json', '--lang', 'en'], { cwd: root, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) return reject(new Error(`toolkit-check failed (${error.code}): ${stderr}`));
      const report = JSON.parse(stdout) as { diagnostics: CliDiagnostic[] };
      resolve(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`).sort());
    });
  });
}

function editorFindings(root: vscode.Uri): string[] {
  const out: string[] = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const relative = path.posix.relative(root.path, uri.path);
    if (relative.startsWith('..')) continue;
    for (const d of ours(diagnostics)) out.push(`${relative}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${String(d.code)} ${d.message}`);
  }
  return out.sort();
}

describe('one engine', function () {
  this.timeout(600_000);
  afterEach(resetEditors);

  it('the editor reports exactly the findings of the command line on the whole workspace', async () => {
    assert.equal(vscode.env.language.slice(0, 2), 'en', 'both sides write their messages in English');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const api = (await extension.activate()) as { checkWorkspace(): Promise<number> };
    const root = vscode.workspace.workspaceFolders![0].uri;
    await api.checkWorkspace();
    const editor = editorFindings(root);
    const cli = await cliFindings(root.fsPath, extension.extensionPath);
    assert.ok(cli.length > 0, 'the workspace has findings to compare');
    const onlyEditor = editor.filter((f) => !cli.includes(f));
    const onlyCli = cli.filter((f) => !editor.includes(f));
    assert.deepEqual({ onlyEditor: onlyEditor.slice(0, 20), onlyCli: onlyCli.slice(0, 20) }, { onlyEditor: [], onlyCli: [] }, `${editor.length} findings in the editor, ${cli.length} from the command line`);
  });
});
