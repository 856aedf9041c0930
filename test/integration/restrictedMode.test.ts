import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, open, ours, resetEditors, sleep, waitForDiagnostics, workspaceUri } from './helpers';

/**
 * Restricted Mode (an untrusted workspace), run by `npm run test:restricted`: the checks work,
 * and the settings that can point outside the workspace are read from the user only. In the
 * ordinary (trusted) run the suite has nothing to check and is skipped.
 */
describe('Restricted Mode', function () {
  this.timeout(90000);
  before(function () {
    if (vscode.workspace.isTrusted) this.skip();
  });
  afterEach(resetEditors);

  it('runs the extension and its checks in an untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive || (await vscode.extensions.getExtension(EXTENSION_ID)?.activate(), true));
    const fr = workspaceUri('toolkit', 'governance.fr.md');
    await open(fr);
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1, 60000);
  });

  it('declares clause folders and the pairs file restricted: their workspace values are not used', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.sort(), ['openDataToolkit.clauseFolders', 'openDataToolkit.pairs']);
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const hadSettings = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const restore = hadSettings ? await vscode.workspace.fs.readFile(settingsFile) : undefined;
    try {
      // An ordinary setting through the API (the file appears at once), then the restricted ones
      // written into the file as a cloned repository would bring them (VS Code refuses to write them here).
      await vscode.workspace.getConfiguration('openDataToolkit').update('include', ['**/*.md'], vscode.ConfigurationTarget.Workspace);
      const changed = new Promise<void>((resolve) => {
        const listener = vscode.workspace.onDidChangeConfiguration((e) => {
          if (!e.affectsConfiguration('openDataToolkit.include')) return;
          listener.dispose();
          resolve();
        });
      });
      await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(JSON.stringify({ 'openDataToolkit.clauseFolders': ['/etc'], 'openDataToolkit.pairs': '/etc/passwd', 'openDataToolkit.include': ['**/*.markdown'] })));
      await Promise.race([changed, new Promise((r) => setTimeout(r, 30000))]);
      // The event may be the API update's, seen before the file written next is read: wait for the file's value.
      for (let i = 0; i < 300 && vscode.workspace.getConfiguration('openDataToolkit').inspect('include')?.workspaceValue?.toString() !== '**/*.markdown'; i++) await sleep(100);
      const config = vscode.workspace.getConfiguration('openDataToolkit');
      assert.deepEqual(config.inspect('include')?.workspaceValue, ['**/*.markdown'], 'the settings file was read');
      assert.deepEqual(config.get('clauseFolders'), [], 'the workspace’s clause folders are ignored');
      assert.deepEqual(config.get('pairs'), {}, 'the workspace’s pairs file is ignored');
    } finally {
      if (restore) await vscode.workspace.fs.writeFile(settingsFile, restore);
      else await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
