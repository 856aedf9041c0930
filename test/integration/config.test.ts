import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { open, ours, resetEditors, waitForDiagnostics, workspaceUri, writeTemporarily } from './helpers';

describe('configuration', () => {
  const fr = workspaceUri('toolkit', 'governance.fr.md');
  const configFile = workspaceUri('opendata-toolkit.json');
  afterEach(resetEditors);

  it('re-checks open documents when the config file changes', async () => {
    await open(fr);
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
    const restore = await writeTemporarily(configFile, JSON.stringify({ rules: { numbers: 'off' } }));
    try {
      await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 0 && ours(d, 'sections').length === 1);
    } finally {
      await restore();
    }
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
  });

  it('reads the team’s term base named by termBase: its entry replaces the built-in one', async function () {
    this.timeout(150_000);
    await open(fr);
    // The built-in base forbids « champion du conseil » (line 28 of the sample). The first check
    // after start-up loads the dictionaries, which takes long on a busy machine.
    await waitForDiagnostics(fr, (d) => ours(d, 'terminology').length === 1, 90_000);
    const teamFile = workspaceUri('team-terms.json');
    const team = { terms: [{ id: 'council-champion', en: 'council champion', fr: { term: 'champion du conseil' } }] };
    const restoreTeam = await writeTemporarily(teamFile, JSON.stringify(team));
    try {
      const restore = await writeTemporarily(configFile, JSON.stringify({ termBase: 'team-terms.json' }));
      try {
        await waitForDiagnostics(fr, (d) => ours(d, 'terminology').length === 0 && ours(d, 'numbers').length === 1);
      } finally {
        await restore();
      }
    } finally {
      await restoreTeam();
    }
    await waitForDiagnostics(fr, (d) => ours(d, 'terminology').length === 1);
  });

  it('lets the config file win over settings', async () => {
    await open(fr);
    // Workspace settings go to samples/.vscode/settings.json: remove it afterwards if it was not there.
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const hadSettings = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const settings = vscode.workspace.getConfiguration('openDataToolkit');
    await settings.update('rules', { sections: 'off', lists: 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(fr, (d) => ours(d, 'sections').length === 0 && ours(d, 'lists')[0]?.severity === vscode.DiagnosticSeverity.Warning);
      const restore = await writeTemporarily(configFile, JSON.stringify({ rules: { sections: 'error' } }));
      try {
        await waitForDiagnostics(fr, (d) => ours(d, 'sections').length === 1 && ours(d, 'lists')[0]?.severity === vscode.DiagnosticSeverity.Warning);
      } finally {
        await restore();
      }
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettings) await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
    await waitForDiagnostics(fr, (d) => ours(d, 'sections').length === 1);
  });

  it('writes diagnostics in the language of the file when asked, in the UI language otherwise', async () => {
    await open(fr);
    const english = await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
    assert.match(ours(english, 'numbers')[0].message, /English/, 'the UI is in English');
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const hadSettings = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const settings = vscode.workspace.getConfiguration('openDataToolkit');
    await settings.update('diagnostics.language', 'file', vscode.ConfigurationTarget.Workspace);
    try {
      const french = await waitForDiagnostics(fr, (d) => /anglais/.test(ours(d, 'numbers')[0]?.message ?? ''));
      assert.doesNotMatch(ours(french, 'numbers')[0].message, /English/);
    } finally {
      await settings.update('diagnostics.language', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettings) await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
    await waitForDiagnostics(fr, (d) => /English/.test(ours(d, 'numbers')[0]?.message ?? ''));
  });

  it('reports an invalid config file at the offending key and keeps working', async () => {
    await open(fr);
    const restore = await writeTemporarily(configFile, '{\n  "rules": { "numbers": "loud" },\n  "colour": "blue"\n}\n');
    try {
      const problems = await waitForDiagnostics(configFile, (d) => d.length === 2);
      assert.deepEqual(problems.map((p) => p.range.start.line).sort(), [1, 2]);
      assert.ok(problems.some((p) => /Unknown key “colour”/.test(p.message)));
      // The rest of the configuration and the defaults still apply.
      await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
    } finally {
      await restore();
    }
    await waitForDiagnostics(configFile, (d) => d.length === 0);
  });

  it('refuses paths outside the workspace in the config file, at their key, and never reads them (any trust)', async () => {
    await open(fr);
    const restore = await writeTemporarily(configFile, '{\n  "pairs": "../../../../../../etc/passwd",\n  "clauseFolders": ["/etc"]\n}\n');
    try {
      const problems = await waitForDiagnostics(configFile, (d) => d.length === 2);
      assert.deepEqual(problems.map((p) => p.range.start.line).sort(), [1, 2]);
      assert.ok(problems.every((p) => /outside the folder of the configuration file; it was not read/.test(p.message)), problems.map((p) => p.message).join('\n'));
      assert.ok(!problems.some((p) => /root:/.test(p.message)));
      await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1);
    } finally {
      await restore();
    }
    await waitForDiagnostics(configFile, (d) => d.length === 0);
  });

  it('reports an invalid setting in the settings file, as for an invalid config file, and does not use it', async () => {
    await open(fr);
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const hadSettings = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const settings = vscode.workspace.getConfiguration('openDataToolkit');
    await settings.update('rules', { numbers: 'loud', lists: 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      const problems = await waitForDiagnostics(settingsFile, (d) => d.length === 1);
      assert.match(problems[0].message, /openDataToolkit\.rules\.numbers/);
      assert.equal(problems[0].source, 'opendata-toolkit');
      // The invalid entry is not used (numbers stays an error); the valid one applies.
      await waitForDiagnostics(fr, (d) => ours(d, 'numbers')[0]?.severity === vscode.DiagnosticSeverity.Error && ours(d, 'lists')[0]?.severity === vscode.DiagnosticSeverity.Warning);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettings) await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
    await waitForDiagnostics(settingsFile, (d) => d.length === 0);
  });
});
