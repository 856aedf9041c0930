import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, lineOf, open, ours, replaceText, resetEditors, sleep, waitForDiagnostics, workspaceUri, writeTemporarily } from './helpers';

const PREVIEW = 'openDataToolkit.clausePreview';
const INSERT_WITH = 'openDataToolkit.insertClauseWith';

/** A throw-away French policy draft: front matter, a title, an empty line for the cursor. */
const DRAFT_FR = '---\ntitle: Brouillon\nlang: fr\nclauseProfile: starter\n---\n\n# Brouillon\n\n\n';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** Checks every pair now; when it resolves, the diagnostics are those of the files as they are. */
async function checkWorkspace(): Promise<void> {
  const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { checkWorkspace(): Promise<number> };
  await api.checkWorkspace();
}

describe('policy clauses', () => {
  // One file per test: a document closed by the previous test may linger with its old text.
  const draftFile = (name: string) => workspaceUri('policy', `tmp-${name}.fr.md`);
  const policyEn = workspaceUri('policy', 'bancroft-policy.en.md');
  const policyFr = workspaceUri('policy', 'bancroft-policy.fr.md');
  afterEach(resetEditors);

  /** A draft written for one test and opened, the cursor on its empty line; put back after. */
  async function inDraft(name: string, body: (editor: vscode.TextEditor, draft: vscode.Uri) => Promise<void>, text = DRAFT_FR): Promise<void> {
    const draft = draftFile(name);
    const restore = await writeTemporarily(draft, text);
    try {
      const editor = await open(draft);
      editor.selection = new vscode.Selection(8, 0, 8, 0);
      await body(editor, draft);
    } finally {
      await resetEditors();
      await restore();
    }
  }

  it('inserts a clause with its markers, tab stops filled from the configuration; an edit inside it is reported as drift', async () => {
    await inDraft('insert', async (editor, draft) => {
      const inserted = await vscode.commands.executeCommand<{ id: string; version: string }>('openDataToolkit.insertClause', 'definitions');
      assert.deepEqual(inserted, { id: 'definitions', version: '1.0.0' });
      const text = editor.document.getText();
      assert.match(text, /\n<!-- clause:definitions@1\.0\.0 -->\nDans la présente politique\u00A0:\n/);
      assert.match(text, /- \*\*Municipalité\*\*\u00A0: Ville de Bancroft\.\n/);
      assert.match(text, /\n<!-- \/clause -->\n/);
      // The first tab stop is selected, filled from the configuration's policy.municipality (French).
      assert.equal(editor.document.getText(editor.selection), 'Ville de Bancroft');
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.equal(editor.document.getText(editor.selection), 'responsable des données ouvertes');
      await vscode.commands.executeCommand('leaveSnippet');

      await replaceText(editor, 'librement consulter', 'parfois consulter');
      const [drift] = ours(await waitForDiagnostics(draft, (d) => ours(d, 'clause-drift').length === 1), 'clause-drift');
      assert.equal(drift.severity, vscode.DiagnosticSeverity.Information);
      assert.ok(drift.range.contains(new vscode.Position(lineOf(editor.document, 'parfois consulter'), 0)), `${drift.range.start.line}`);
      await vscode.commands.executeCommand('undo');
      await waitForDiagnostics(draft, (d) => ours(d, 'clause-drift').length === 0 && ours(d, 'unpaired').length === 1);
    });
  });

  it('asks for the dates nothing answers before inserting, and writes them out in the clause’s language', async function () {
    // Several edits, each waiting for the live check, on a machine that may be busy.
    this.timeout(90000);
    const draftFr = draftFile('dates');
    const draftEn = workspaceUri('policy', 'tmp-dates.en.md');
    const restoreFr = await writeTemporarily(draftFr, DRAFT_FR);
    const restoreEn = await writeTemporarily(draftEn, DRAFT_FR.replace('lang: fr', 'lang: en').replace(/Brouillon/g, 'Draft'));
    try {
      const dates = { approval_date: '2027-03-15', effective_date: '2027-04-01' };
      const fr = await open(draftFr);
      fr.selection = new vscode.Selection(8, 0, 8, 0);
      const answer = await vscode.commands.executeCommand<{ inserted?: { id: string }; asked: string[] }>(INSERT_WITH, 'effective-date', { dates });
      assert.deepEqual(answer, { inserted: { id: 'effective-date', version: '1.0.0' }, asked: ['date:approval_date', 'date:effective_date'] });
      assert.match(fr.document.getText(), /\nLe conseil a adopté la présente politique le 15 mars 2027\. Elle entre en vigueur le 1er avril 2027\.\n<!-- \/clause -->/);
      await vscode.commands.executeCommand('leaveSnippet');
      await checkWorkspace();
      assert.deepEqual(ours(vscode.languages.getDiagnostics(draftFr), 'clause-drift'), [], 'the written-out dates are values of the template');

      const en = await open(draftEn);
      en.selection = new vscode.Selection(8, 0, 8, 0);
      await vscode.commands.executeCommand(INSERT_WITH, 'effective-date', { dates });
      assert.match(en.document.getText(), /\nCouncil approved this policy on March 15, 2027\. It takes effect on April 1, 2027\.\n/);
      await vscode.commands.executeCommand('leaveSnippet');

      // A date the input box refuses (30 February) is refused here too: nothing is inserted.
      const before = en.document.getText();
      const refused = await vscode.commands.executeCommand<{ inserted?: { id: string }; refused?: string }>(INSERT_WITH, 'effective-date', { insertAgain: true, dates: { approval_date: '2027-02-30' } });
      assert.equal(refused.inserted, undefined);
      assert.match(refused.refused ?? '', /real calendar date .*2027-02-30/);
      assert.equal(en.document.getText(), before);
      // A date left empty stays a tab stop with the parameter's label, to fill in later.
      const later = await vscode.commands.executeCommand<{ inserted?: { id: string }; asked: string[] }>(INSERT_WITH, 'effective-date', { insertAgain: true, dates: { effective_date: '2027-04-01' } });
      assert.deepEqual(later.asked, ['insertAgain', 'date:approval_date', 'date:effective_date']);
      assert.equal(en.document.getText(en.selection), 'approval date');
      await vscode.commands.executeCommand('leaveSnippet');

      // Typed in ISO form into the French tab stop after all: a quick fix on it writes it out.
      const frAgain = await open(draftFr);
      frAgain.selection = new vscode.Selection(frAgain.document.lineCount - 1, 0, frAgain.document.lineCount - 1, 0);
      const typed = await vscode.commands.executeCommand<{ inserted?: { id: string } }>(INSERT_WITH, 'effective-date', { insertAgain: true, dates: { effective_date: '2027-04-01' } });
      assert.ok(typed.inserted);
      const stop = frAgain.selection;
      assert.equal(frAgain.document.getText(stop), 'date d’adoption');
      assert.ok(await frAgain.edit((b) => b.replace(stop, '2027-03-15')));
      await vscode.commands.executeCommand('leaveSnippet');
      const iso = new vscode.Range(stop.start, stop.start.translate(0, 10));
      assert.equal(frAgain.document.getText(iso), '2027-03-15');
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftFr, iso)) ?? [];
      const rewrite = actions.find((a) => a.title === 'Write 2027-03-15 as “15 mars 2027”');
      assert.ok(rewrite?.edit, actions.map((a) => a.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
      assert.equal(frAgain.document.lineAt(stop.start.line).text, 'Le conseil a adopté la présente politique le 15 mars 2027. Elle entre en vigueur le 1er avril 2027.');
    } finally {
      await resetEditors();
      await restoreFr();
      await restoreEn();
    }
  });

  it('warns before inserting a clause the document already holds: “Insert it again” inserts, any other answer does not', async function () {
    // Several edits, each waiting for the live check, on a machine that may be busy.
    this.timeout(60000);
    await inDraft('twice', async (editor) => {
      const first = await vscode.commands.executeCommand<{ inserted?: { id: string }; asked: string[] }>(INSERT_WITH, 'definitions', {});
      assert.deepEqual(first.asked, [], 'no warning the first time');
      await vscode.commands.executeCommand('leaveSnippet');
      const markers = () => editor.document.getText().split('<!-- clause:definitions@').length - 1;
      assert.equal(markers(), 1);
      const declined = await vscode.commands.executeCommand<{ inserted?: { id: string }; asked: string[] }>(INSERT_WITH, 'definitions', { insertAgain: false });
      assert.deepEqual(declined, { inserted: undefined, asked: ['insertAgain'] });
      assert.equal(markers(), 1, 'declined: nothing inserted');
      const accepted = await vscode.commands.executeCommand<{ inserted?: { id: string }; asked: string[] }>(INSERT_WITH, 'definitions', { insertAgain: true });
      assert.deepEqual(accepted, { inserted: { id: 'definitions', version: '1.0.0' }, asked: ['insertAgain'] });
      assert.equal(markers(), 2, 'accepted: inserted again');
      await vscode.commands.executeCommand('leaveSnippet');
    });
  });

  it('offers on a drifted clause to put the library’s text back, or to keep the wording marked adapted; undo takes each back', async function () {
    // Several edits, each waiting for the live check, on a machine that may be busy.
    this.timeout(60000);
    await inDraft('drift-fix', async (editor, draft) => {
      await vscode.commands.executeCommand('openDataToolkit.insertClause', 'definitions');
      await vscode.commands.executeCommand('leaveSnippet');
      await replaceText(editor, 'librement consulter', 'parfois consulter');
      const driftOf = async () => ours(await waitForDiagnostics(draft, (d) => ours(d, 'clause-drift').length === 1), 'clause-drift')[0];
      const actionsOn = async (range: vscode.Range) => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, range)) ?? [];

      const update = (await actionsOn((await driftOf()).range)).find((a) => /^Update “.+” to the library’s text$/.test(a.title));
      assert.ok(update?.edit, 'the update action');
      assert.ok(await vscode.workspace.applyEdit(update.edit));
      assert.match(editor.document.getText(), /librement consulter/);
      assert.match(editor.document.getText(), /- \*\*Municipalité\*\*\u00A0: Ville de Bancroft\./, 'values from the configuration');
      await waitForDiagnostics(draft, (d) => ours(d, 'clause-drift').length === 0);
      await vscode.commands.executeCommand('undo');
      assert.match(editor.document.getText(), /parfois consulter/);

      const keep = (await actionsOn((await driftOf()).range)).find((a) => a.title.startsWith('Keep my wording'));
      assert.ok(keep?.edit, 'the keep action');
      assert.ok(await vscode.workspace.applyEdit(keep.edit));
      assert.match(editor.document.getText(), /<!-- clause:definitions@1\.0\.0 adapted -->\n/);
      assert.match(editor.document.getText(), /parfois consulter/, 'the wording is kept');
      await waitForDiagnostics(draft, (d) => ours(d, 'clause-drift').length === 0);
      await vscode.commands.executeCommand('undo');
      assert.match(editor.document.getText(), /<!-- clause:definitions@1\.0\.0 -->\n/);
      await driftOf();
    });
  });

  it('picks a clause from the quick pick, with a preview beside it, and inserts it', async () => {
    await inDraft('pick', async (editor) => {
      const running = vscode.commands.executeCommand<{ id: string }>('openDataToolkit.insertClause');
      const previewShown = () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PREVIEW)));
      for (let i = 0; i < 200 && !previewShown(); i++) await sleep(50);
      assert.ok(previewShown(), 'the preview opened beside the picker');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const inserted = await running;
      assert.equal(inserted?.id, 'purpose', 'the first clause of the first category');
      assert.match(editor.document.getText(), /<!-- clause:purpose@1\.0\.0 -->\nLa présente politique établit/);
      for (let i = 0; i < 100 && previewShown(); i++) await sleep(50);
      assert.ok(!previewShown(), 'the preview closed with the picker');
    });
  });

  it('completes clauses after “clause” at the start of a line in a policy, in the document’s language', async () => {
    await inDraft('complete', async (_editor, draft) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft, new vscode.Position(8, 6));
      const purpose = list.items.find((i) => typeof i.label === 'object' && i.label.description === 'purpose@1.0.0');
      assert.ok(purpose, JSON.stringify(list.items.slice(0, 8).map((i) => i.label)));
      assert.equal((purpose.label as vscode.CompletionItemLabel).label, 'Objet');
      assert.match((purpose.insertText as vscode.SnippetString).value, /^<!-- clause:purpose@1\.0\.0 -->\nLa présente politique/);
      assert.deepEqual([(purpose.range as vscode.Range).start.character, (purpose.range as vscode.Range).end.character], [0, 6]);
    }, DRAFT_FR.replace('\n\n\n', '\n\nclause\n'));
  });

  it('hovers an inserted clause with its title, version, sources and guidance in the document’s language, and the diff when it drifted', async () => {
    const fr = await open(policyFr);
    const onMarker = new vscode.Position(lineOf(fr.document, '<!-- clause:purpose@1.0.0 -->'), 5);
    const frHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', policyFr, onMarker));
    assert.match(frHover, /\*\*Objet\*\* — Version 1\.0\.0/);
    assert.match(frHover, /Sources\u00A0:/);
    assert.match(frHover, /Conseils\u00A0: Nommez le plan adopté par le conseil/);
    assert.match(frHover, /`sunlight-v3:3`/);

    // The English sample has one deliberate edit in its open-by-default clause.
    const en = await open(policyEn, vscode.ViewColumn.Two);
    const [drift] = ours(await waitForDiagnostics(policyEn, (d) => ours(d, 'clause-drift').length === 1), 'clause-drift');
    assert.equal(drift.severity, vscode.DiagnosticSeverity.Information);
    const inside = new vscode.Position(lineOf(en.document, 'at no cost'), 10);
    const enHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', policyEn, inside));
    assert.match(enHover, /\*\*Open by default\*\* — Version 1\.0\.0/);
    assert.match(enHover, /\[-free of charge-\] \{\+at no cost\+\}|\[-free-\] .*\{\+at\+\}/, enHover);
  });

  it('reports a clause in one file of the pair only', async () => {
    const fr = await open(policyFr);
    await waitForDiagnostics(policyEn, (d) => ours(d, 'clause-pairing').length === 0 && ours(d, 'clause-drift').length === 1);
    const start = lineOf(fr.document, '## 4. Licence');
    assert.ok(await fr.edit((b) => b.delete(new vscode.Range(start, 0, fr.document.lineCount, 0))));
    const [pairing] = ours(await waitForDiagnostics(policyEn, (d) => ours(d, 'clause-pairing').length === 1), 'clause-pairing');
    assert.equal(pairing.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(pairing.message, /Clause “licence-ogl-canada” is in this file but not in its counterpart policy\/bancroft-policy\.fr\.md/);
  });

  it('assembles a policy pair from a profile: both files created together, no parity problem, never overwritten', async () => {
    const folder = workspaceUri('policy');
    const en = workspaceUri('policy', 'tmp-assembled.en.md');
    const fr = workspaceUri('policy', 'tmp-assembled.fr.md');
    const choice = { profile: 'starter', name: 'tmp-assembled', answers: { portal_url: 'https://data.bancroft.ca', approval_date: '2027-03-15', effective_date: '2027-04-01' } };
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri[]>('openDataToolkit.assemblePolicyWith', folder, choice);
      assert.deepEqual(created?.map((u) => u.toString()), [en.toString(), fr.toString()]);
      const frText = new TextDecoder().decode(await vscode.workspace.fs.readFile(fr));
      assert.match(frText, /\*\*Municipalité\*\*\u00A0: Ville de Bancroft\./, 'answers from the configuration');
      assert.match(frText, /<!-- clause:privacy-ontario-mfippa@1\.0\.0 -->/, 'the province from the configuration picks the privacy clause');
      assert.equal(vscode.window.visibleTextEditors.filter((e) => [en.toString(), fr.toString()].includes(e.document.uri.toString())).length, 2, 'opened side by side');
      await checkWorkspace();
      for (const uri of [en, fr]) {
        const problems = ours(vscode.languages.getDiagnostics(uri));
        assert.deepEqual(problems.map((d) => `${d.code}: ${d.message}`), [], vscode.workspace.asRelativePath(uri));
      }
      const again = await vscode.commands.executeCommand('openDataToolkit.assemblePolicyWith', folder, choice);
      assert.equal(again, undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(fr)), frText);
    } finally {
      await resetEditors();
      for (const uri of [en, fr]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('reports an invalid organisation clause file at its line and uses the rest of the folder', async () => {
    const draft = draftFile('org');
    const configFile = workspaceUri('opendata-toolkit.json');
    const folder = workspaceUri('tmp-org-clauses');
    const bad = workspaceUri('tmp-org-clauses', 'bad.yaml');
    const good = workspaceUri('tmp-org-clauses', 'good.yaml');
    const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configFile)));
    const restoreDraft = await writeTemporarily(draft, DRAFT_FR);
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(good, new TextEncoder().encode('id: acme.budgets\nversion: 1.0.0\ncategory: acme\ntitle: { en: Budgets, fr: Budgets }\nbody: { en: We publish budgets., fr: Nous publions les budgets. }\nguidance: { en: Ours., fr: La nôtre. }\nsources: [odc:1]\n'));
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('id: acme.broken\nversion: 1.0.0\ncategory: acme\ntitle: { en: Broken, fr: Brisé }\nbody: { en: Text., fr: Texte. }\nguidance: { en: x, fr: x }\nsources: odc:1\n'));
    const restoreConfig = await writeTemporarily(configFile, JSON.stringify({ ...config, clauseFolders: ['tmp-org-clauses'] }, null, 2));
    try {
      const [problem] = await waitForDiagnostics(bad, (d) => d.length === 1);
      assert.equal(problem.code, 'clause-library');
      assert.equal(problem.range.start.line, 6);
      assert.match(problem.message, /“sources” must be of type array/);
      await open(draft);
      const inserted = await vscode.commands.executeCommand<{ id: string }>('openDataToolkit.insertClause', 'acme.budgets');
      assert.equal(inserted?.id, 'acme.budgets', 'the valid clause of the folder loaded');

      // Fixed on disk: the problem goes.
      await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode(new TextDecoder().decode(await vscode.workspace.fs.readFile(bad)).replace('sources: odc:1', 'sources: [odc:1]')));
      await waitForDiagnostics(bad, (d) => d.length === 0);
    } finally {
      await resetEditors();
      await restoreConfig();
      await restoreDraft();
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
