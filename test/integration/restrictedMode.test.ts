import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, open, ours, resetEditors, waitForDiagnostics, workspaceUri } from './helpers';

/**
 * Restricted Mode (an untrusted workspace), run by `npm run test:restricted`: the checks work,
 * and the settings that can point outside the workspace are read from the user only. In the
 * ordinary (trusted) run the suite has nothing to check and is skipped.
 */
describe('Restricted Mode', function () {
  before(function () {
    if (vscode.workspace.isTrusted) this.skip();
  });
  afterEach(resetEditors);

  it('runs the extension and its checks in an untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive || (await vscode.extensions.getExtension(EXTENSION_ID)?.activate(), true));
    const fr = workspaceUri('toolkit', 'governance.fr.md');
    await open(fr);
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
  });

  it('declares clause folders and the pairs file restricted: their workspace values are not used', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.sort(), ['openDataToolkit.clauseFolders', 'openDataToolkit.pairs']);
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const hadSettings = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const restore = hadSettings ? await vscode.workspace.fs.readFile(settingsFile) : undefined;
    try {
      // Written as a cloned repository would bring it: VS Code itself refuses to write restricted settings here.
      await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(JSON.stringify({ 'openDataToolkit.clauseFolders': ['/etc'], 'openDataToolkit.pairs': '/etc/passwd', 'openDataToolkit.include': ['**/*.md'] })));
      const deadline = Date.now() + 10000;
      let config = vscode.workspace.getConfiguration('openDataToolkit');
      while (config.inspect('include')?.workspaceValue === undefined && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        config = vscode.workspace.getConfiguration('openDataToolkit');
      }
      assert.deepEqual(config.inspect('include')?.workspaceValue, ['**/*.md'], 'the settings file was read');
      assert.deepEqual(config.get('clauseFolders'), [], 'the workspace’s clause folders are ignored');
      assert.deepEqual(config.get('pairs'), {}, 'the workspace’s pairs file is ignored');
    } finally {
      if (restore) await vscode.workspace.fs.writeFile(settingsFile, restore);
      else await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
