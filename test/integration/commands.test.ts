import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { lineOf, open, ours, resetEditors, sleep, waitForDiagnostics, workspaceUri, writeTemporarily } from './helpers';

describe('commands', () => {
  const en = workspaceUri('toolkit', 'governance.en.md');
  const fr = workspaceUri('toolkit', 'governance.fr.md');
  afterEach(resetEditors);

  async function activeAfter(command: string, ...args: unknown[]): Promise<vscode.TextEditor> {
    await vscode.commands.executeCommand(command, ...args);
    for (let i = 0; i < 100; i++) {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() !== en.toString()) return editor;
      await sleep(50);
    }
    assert.fail(`${command} did not open another editor`);
  }

  it('opens the counterpart beside, at the matching block', async () => {
    const editor = await open(en);
    const line = lineOf(editor.document, 'A first-year budget');
    editor.selection = new vscode.Selection(line, 3, line, 3);
    const counterpart = await activeAfter('openDataToolkit.openCounterpart');
    assert.equal(counterpart.document.uri.toString(), fr.toString());
    assert.equal(counterpart.viewColumn, vscode.ViewColumn.Two);
    assert.equal(counterpart.selection.active.line, lineOf(counterpart.document, 'Un budget de'));
  });

  it('goes to the counterpart of the current section', async () => {
    const editor = await open(en);
    const line = lineOf(editor.document, 'The open data lead coordinates');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    const counterpart = await activeAfter('openDataToolkit.goToCounterpartSection');
    assert.equal(counterpart.document.uri.toString(), fr.toString());
    assert.equal(counterpart.selection.active.line, lineOf(counterpart.document, '## Rôles'));
  });

  it('creates the missing counterpart of a file as a skeleton, never overwriting', async () => {
    const source = workspaceUri('toolkit', 'tmp-standards.en.md');
    const target = workspaceUri('toolkit', 'tmp-standards.fr.md');
    const restore = await writeTemporarily(source, '---\ntitle: Standards\nlang: en\n---\n\n# Standards\n\nUse open formats such as CSV and JSON for 100% of datasets.\n\n| Format | Use |\n| --- | --- |\n| CSV | Tables |\n');
    try {
      await open(source);
      await waitForDiagnostics(source, (d) => ours(d, 'unpaired').length === 1);
      const created = (await vscode.commands.executeCommand('openDataToolkit.createCounterpart', source)) as vscode.Uri;
      assert.equal(created?.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /^---\ntitle: Standards # À TRADUIRE\nlang: fr\n---/);
      assert.match(text, /# Standards <!-- À TRADUIRE -->/);
      assert.match(text, /\| Format \| Use \|/);
      // Now paired: the structure matches, only the untranslated text is left to do.
      await waitForDiagnostics(target, (d) => ours(d, 'untranslated').length > 0 && ours(d).every((x) => ['untranslated', 'number-format', 'typography'].includes(String(x.code))));
      await waitForDiagnostics(source, (d) => ours(d, 'unpaired').length === 0);
      // A second run finds the pair and writes nothing.
      const again = await vscode.commands.executeCommand('openDataToolkit.createCounterpart', source);
      assert.equal(again, undefined);
    } finally {
      await resetEditors();
      await restore();
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('offers safe quick fixes that are ordinary undoable edits', async () => {
    const editor = await open(fr);
    const [numbers] = ours(await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1), 'numbers');
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', fr, numbers.range)) as vscode.CodeAction[];
    const fix = actions.find((a) => a.title === 'Replace with 150\u00A0000');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.title.startsWith('Go to the counterpart in toolkit/governance.en.md (line 34)')));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /Un budget de 150\u00A0000 \$/);
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 0);
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /Un budget de 15 000 \$/);
  });

  it('pairs an unpaired file with its probable counterpart by writing the same translationKey into both', async () => {
    // Two English look-alikes and one French page: too ambiguous to pair by content, so the
    // French file names a probable counterpart and offers the quick fix.
    const twin = (title: string) => `---\ntitle: ${title}\nlang: en\n---\n\n# Formats\n\nSee https://example.org/tmp-formats/2031 for the 2031 list.\n`;
    const enA = workspaceUri('toolkit', 'tmp-formats-a.md');
    const enB = workspaceUri('toolkit', 'tmp-formats-b.md');
    const frC = workspaceUri('toolkit', 'tmp-formats-ouverts.md');
    const restore = [
      await writeTemporarily(enA, twin('Formats A')),
      await writeTemporarily(enB, twin('Formats B')),
      await writeTemporarily(frC, '---\ntitle: Formats ouverts\nlang: fr\n---\n\n# Formats\n\nVoir https://example.org/tmp-formats/2031 pour la liste de 2031.\n'),
    ];
    try {
      await open(frC);
      const [unpaired] = ours(await waitForDiagnostics(frC, (d) => ours(d, 'unpaired').length === 1 && /probably/.test(ours(d, 'unpaired')[0].message)), 'unpaired');
      const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', frC, unpaired.range)) as vscode.CodeAction[];
      const fix = actions.find((a) => a.title.startsWith('Pair with toolkit/tmp-formats-'));
      assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
      assert.equal(fix.edit.entries().length, 2, 'one edit, both files');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const texts = await Promise.all([enA, enB, frC].map(async (u) => (await vscode.workspace.openTextDocument(u)).getText()));
      assert.match(texts[2], /^---\ntranslationKey: "toolkit-tmp-formats-[ab]"\ntitle: Formats ouverts/);
      assert.equal(texts.filter((t) => /translationKey: "toolkit-tmp-formats-[ab]"/.test(t)).length, 2);
    } finally {
      await resetEditors();
      for (const r of restore.reverse()) await r();
    }
  });

  it('fixes Canadian French typography with an undoable quick fix', async () => {
    const editor = await open(fr);
    const typo = ours(await waitForDiagnostics(fr, (d) => ours(d, 'typography').length > 0), 'typography').find((d) => /before the colon/.test(d.message));
    assert.ok(typo, 'the colon after “vous serez en mesure de” lacks its no-break space');
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', fr, typo.range)) as vscode.CodeAction[];
    const fix = actions.find((a) => a.title === 'Use a no-break space');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /vous serez en mesure de\u00A0:/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('applies every safe fix of a file (typography, month names, apostrophes, terms) in one undoable edit, as source.fixAll too, and offers to create the counterpart of an unpaired file', async () => {
    const draft = workspaceUri('toolkit', 'tmp-typography.fr.md');
    const counterpart = workspaceUri('toolkit', 'tmp-typography.en.md');
    const restore = await writeTemporarily(draft, '---\nlang: fr\ntranslationKey: tmp-typography\n---\n\n# Titre\n\nNote : voici un « mot » et 20% des données : fin.\n\nL’avis part par e-mail le 15 Mars 2026, c’est l\'usage.\n');
    try {
      const editor = await open(draft);
      const diagnostics = await waitForDiagnostics(draft, (d) => ours(d, 'typography').length >= 3 && ours(d, 'unpaired').length === 1);
      const typo = ours(diagnostics, 'typography')[0];
      const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft, typo.range)) as vscode.CodeAction[];
      const all = actions.find((a) => a.title.startsWith('Apply all safe fixes in this file'));
      assert.ok(all?.edit, actions.map((a) => a.title).join(' | '));
      const before = editor.document.getText();
      assert.ok(await vscode.workspace.applyEdit(all.edit));
      const fixed = /Note\u00A0: voici un «\u00A0mot\u00A0» et 20\u00A0% des données\u00A0: fin\.\n\nL’avis part par courriel le 15 mars 2026, c’est l’usage\./;
      assert.match(editor.document.getText(), fixed);
      await waitForDiagnostics(draft, (d) => ours(d, 'typography').length === 0);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before, 'one undo restores the file');
      await waitForDiagnostics(draft, (d) => ours(d, 'typography').length >= 3);
      const fixAll = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft, new vscode.Range(0, 0, 0, 0), 'source.fixAll.openDataToolkit')) as vscode.CodeAction[];
      assert.equal(fixAll.length, 1, 'also offered as source.fixAll, for editor.codeActionsOnSave');
      assert.equal(fixAll[0].title, all.title, 'the same fixes');
      assert.ok(fixAll[0].edit && (await vscode.workspace.applyEdit(fixAll[0].edit)));
      assert.match(editor.document.getText(), fixed);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before, 'one undo restores the file');
      const unpaired = ours(await waitForDiagnostics(draft, (d) => ours(d, 'unpaired').length === 1), 'unpaired')[0];
      const create = ((await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft, unpaired.range)) as vscode.CodeAction[]).find((a) => a.title === 'Create the counterpart of this file');
      assert.ok(create?.command, 'a quick fix on the unpaired finding');
      await vscode.commands.executeCommand(create.command.command, ...(create.command.arguments ?? []));
      for (let i = 0; i < 100 && !(await vscode.workspace.fs.stat(counterpart).then(() => true, () => false)); i++) await sleep(50);
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(counterpart)), /translationKey: tmp-typography/);
    } finally {
      await resetEditors();
      await restore();
      await vscode.workspace.fs.delete(counterpart).then(undefined, () => undefined);
    }
  });

  it('creates a new toolkit chapter pair without overwriting', async () => {
    const folder = workspaceUri('toolkit');
    const uris = (await vscode.commands.executeCommand('openDataToolkit.newChapterWith', folder, { type: 'standards', slug: 'tmp-new-chapter', layout: 'suffix' })) as vscode.Uri[];
    try {
      assert.equal(uris.length, 2);
      const [enText, frText] = await Promise.all(uris.map(async (u) => new TextDecoder().decode(await vscode.workspace.fs.readFile(u))));
      assert.match(enText, /translationKey: tmp-new-chapter/);
      assert.match(frText, /lang: fr/);
      await waitForDiagnostics(uris[1], (d) => ours(d).filter((x) => x.severity === vscode.DiagnosticSeverity.Error).length === 0, 5000);
      const again = await vscode.commands.executeCommand('openDataToolkit.newChapterWith', folder, { type: 'standards', slug: 'tmp-new-chapter', layout: 'suffix' });
      assert.equal(again, undefined, 'existing files are not overwritten');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uris[0])), enText);
    } finally {
      await resetEditors();
      for (const u of uris ?? []) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
  });

  /** Runs a command as a menu does and accepts every proposal (the default of each step) until it resolves. */
  async function runAcceptingDefaults(command: string, ...args: unknown[]): Promise<unknown> {
    let done = false;
    const result = Promise.resolve(vscode.commands.executeCommand(command, ...args)).finally(() => (done = true));
    for (let i = 0; i < 200 && !done; i++) {
      await sleep(150);
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    return result;
  }

  it('from the explorer, creates the chapter in the clicked folder, with a name not taken yet', async () => {
    const folder = workspaceUri('toolkit');
    // What VS Code passes from an explorer context menu: the clicked resource and the selection.
    const uris = (await runAcceptingDefaults('openDataToolkit.newChapter', folder, [folder])) as vscode.Uri[] | undefined;
    try {
      assert.ok(uris, 'the chapter was created');
      assert.deepEqual(uris.map((u) => vscode.workspace.asRelativePath(u).split('/')[0]), ['toolkit', 'toolkit']);
      const again = (await runAcceptingDefaults('openDataToolkit.newChapter', folder, [folder])) as vscode.Uri[] | undefined;
      try {
        assert.ok(again, 'a second chapter of the same type was created beside the first');
        assert.notEqual(again[0].toString(), uris[0].toString());
        assert.match(again[0].path, /-2\.en\.md$/);
      } finally {
        for (const u of again ?? []) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
      }
    } finally {
      await resetEditors();
      for (const u of uris ?? []) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
  });

  it('from the explorer, assembles a policy in the clicked folder without proposing the name of an existing policy', async () => {
    const folder = workspaceUri('policy');
    const uris = (await runAcceptingDefaults('openDataToolkit.assemblePolicy', folder, [folder])) as vscode.Uri[] | undefined;
    try {
      assert.ok(uris, 'the policy was created');
      assert.deepEqual(uris.map((u) => vscode.workspace.asRelativePath(u)), ['policy/open-data-policy-2.en.md', 'policy/open-data-policy-2.fr.md']);
    } finally {
      await resetEditors();
      for (const u of uris ?? []) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
  });

  it('offers the snippets of the language of the file, once each, filled from the configuration, and inserts them', async () => {
    const draft = workspaceUri('toolkit', 'tmp-snippets.fr.md');
    const restore = await writeTemporarily(draft, '---\nlang: fr\n---\n\ntk-');
    try {
      const editor = await open(draft);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft, end, '-');
      const labels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('tk-astuce') && labels.includes('tk-jalon'), labels.join(' '));
      assert.ok(!labels.includes('tk-tip') && !labels.includes('tk-fr-tip') && !labels.includes('tk-fr-astuce'), 'no English snippet, no duplicate under two names');
      assert.equal(new Set(labels).size, labels.length);
      const milestone = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'tk-jalon')!;
      const body = (milestone.insertText as vscode.SnippetString).value;
      assert.match(body, /responsable des données ouvertes/, 'the lead title of the configuration');
      await editor.insertSnippet(milestone.insertText as vscode.SnippetString, milestone.range as vscode.Range);
      assert.match(editor.document.getText(), /\*\*Responsable\u00a0:\*\* responsable des données ouvertes/);
      assert.doesNotMatch(editor.document.getText(), /tk-$/m, 'the typed prefix is replaced');
    } finally {
      await resetEditors();
      await restore();
    }
  });
});
