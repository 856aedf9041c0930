import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { ours, waitForDiagnostics, workspaceUri, withFilesPerTest } from './helpers';

const EN = '---\ntitle: Open data\nlang: en\n---\n\n# Open data\n\nThe city published **2024** datasets in [the portal](https://example.com/data).\n\n## Scope\n\nThis policy applies to all departments.\n';
const FR = '---\ntitle: Données ouvertes\nlang: fr\n---\n\n# Données ouvertes\n\nLa Ville a publié **2024** jeux de données dans [le portail](https://example.com/fr/donnees).\n\n## Portée\n\nCette politique s’applique à tous les services.\n';

type Outcome = { ok: true; changed: boolean; warnings: string[] } | { ok: false; problems: string[] };

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('XLIFF export and import', function () {
  this.timeout(150000);
  const en = workspaceUri('toolkit', 'tmp-xliff.en.md');
  const fr = workspaceUri('toolkit', 'tmp-xliff.fr.md');
  const xlf = workspaceUri('toolkit', 'tmp-xliff.xlf');
  withFilesPerTest([[en, EN], [fr, FR], [xlf, '']]);

  it('exports the pair, imports an edited target as an undoable edit of the French file, then checks the pair', async () => {
    assert.equal(await vscode.commands.executeCommand('openDataToolkit.exportXliffTo', en, xlf, '2.1'), 5);
    const xml = await read(xlf);
    assert.match(xml, /<xliff [^>]*version="2\.1"/);
    assert.match(xml, /original="tmp-xliff\.en\.md" odt:target="tmp-xliff\.fr\.md"/);
    // As a CAT tool would: a translator changes the words of one target.
    await vscode.workspace.fs.writeFile(xlf, new TextEncoder().encode(xml.replace(/(<target[^>]*>La Ville a publié <ph [^>]*\/>)2024/, '$12025').replace(/(<target[^>]*>Cette politique s’applique à )tous les services/, '$1l’ensemble des services')));
    const outcome = await vscode.commands.executeCommand<Outcome>('openDataToolkit.importXliffFrom', xlf);
    assert.ok(outcome.ok && outcome.changed, JSON.stringify(outcome));
    const doc = await vscode.workspace.openTextDocument(fr);
    assert.equal(doc.getText(), FR.replace('**2024**', '**2025**').replace('tous les services', 'l’ensemble des services'));
    assert.ok(doc.isDirty, 'an ordinary edit, not saved behind the user');
    assert.equal(await read(fr), FR);
    // The parity check ran on the imported text: the number no longer matches the English.
    // Generous: the start-up check of the whole workspace may hold the workers first on a busy machine.
    await waitForDiagnostics(fr, (d) => ours(d, 'numbers').length === 1, 60000);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), FR);
  });

  it('refuses a target that lost a tag, naming the unit, and leaves the French file alone; reads XLIFF 1.2 too', async () => {
    assert.equal(await vscode.commands.executeCommand('openDataToolkit.exportXliffTo', en, xlf, '1.2'), 5);
    const xml = await read(xlf);
    assert.match(xml, /<xliff version="1\.2"[^>]* xmlns="urn:oasis:names:tc:xliff:document:1\.2">/);
    assert.match(xml, /<file original="tmp-xliff\.en\.md" source-language="en" target-language="fr" datatype="x-markdown"/);
    // The target's closing `**` is gone: the Markdown would break.
    const broken = xml.replace(/(<target state="translated">La Ville a publié <ph id="1"[^>]*>\*\*<\/ph>2024)<ph id="2"[^>]*>\*\*<\/ph>/, '$1');
    assert.notEqual(broken, xml);
    await vscode.workspace.fs.writeFile(xlf, new TextEncoder().encode(broken));
    const outcome = await vscode.commands.executeCommand<Outcome>('openDataToolkit.importXliffFrom', xlf);
    assert.ok(!outcome.ok);
    assert.match(outcome.problems[0], /unit b\d+: the target lost tags 2/);
    assert.equal((await vscode.workspace.openTextDocument(fr)).getText(), FR);
    // The same file unbroken imports unchanged.
    await vscode.workspace.fs.writeFile(xlf, new TextEncoder().encode(xml));
    const same = await vscode.commands.executeCommand<Outcome>('openDataToolkit.importXliffFrom', xlf);
    assert.ok(same.ok && !same.changed, JSON.stringify(same));
  });
});
