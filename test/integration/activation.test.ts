import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { ours, waitForDiagnostics, workspaceUri } from './helpers';

// Runs first (files run in name order): nothing has opened a file or run a command yet.
describe('start-up', () => {
  it('checks the whole workspace in the background: a file nobody opened has its findings in the Problems panel', async () => {
    const unopened = workspaceUri('policy', 'bancroft-policy.en.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the file is not open');
    const diagnostics = await waitForDiagnostics(unopened, (d) => ours(d).length > 0, 30000);
    assert.ok(ours(diagnostics).some((d) => d.code === 'clause-drift'), diagnostics.map((d) => d.message).join(' | '));
  });
});
