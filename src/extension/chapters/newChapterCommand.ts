import { COMMANDS, INTERNAL_COMMANDS } from '../commands';
import * as vscode from 'vscode';
import { fileExists } from '../util/fileExists';
import type { ChapterTemplateLibrary } from '../../core/templates/index';
import { getEngine } from '../engine/engine';
import { uiLanguage } from '../util/uiLanguage';
import { relativeTo, rootOf } from '../util/paths';
import { askTargetFolder, freeName } from '../util/askTargetFolder';
import { plural } from '../util/plural';
import type { TemplateLibraryService } from './templateLibraryService';

/**
 * "New toolkit chapter…": pick the folder (the clicked one first), a chapter type, a file name
 * that is not taken and a layout; both language files are created together, paired by
 * translationKey, and opened side by side. Existing files are never overwritten. Menus pass
 * the clicked resource (and the selection): only the first argument is read, as a place.
 * Tests and other extensions pass their answers through the internal command instead. The
 * chapter types are data (templates/ and the configuration's `templateFolders`).
 */
export function registerNewChapterCommand(templates: TemplateLibraryService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.newChapter, async (resource?: unknown) => {
      const folderUri = await askTargetFolder({
        title: vscode.l10n.t('New toolkit chapter'),
        clicked: resource instanceof vscode.Uri ? resource : undefined,
        holdsKind: (text) => getEngine().quickFrontMatter(text)?.chapter !== undefined,
        noFolderMessage: vscode.l10n.t('Open a folder first: the chapter files are created in it.'),
      });
      if (!folderUri) return undefined;
      const library = await templates.libraryFor(rootOf(folderUri));
      const choice = await askChoice(uiLanguage(), folderUri, library);
      return choice && createChapter(folderUri, choice, library);
    }),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.newChapterWith, async (folderUri: vscode.Uri, choice: ChapterChoice) => createChapter(folderUri, choice, await templates.libraryFor(rootOf(folderUri)))),
  ];
}

async function createChapter(folderUri: vscode.Uri, choice: ChapterChoice, library: ChapterTemplateLibrary): Promise<vscode.Uri[] | undefined> {
  const engine = getEngine();
  const root = rootOf(folderUri);
  const folder = relativeTo(root, folderUri) ?? '';
  if (!library.byId.has(choice.type)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('There is no chapter type “{0}”: check the chapter template files (their problems are in the Problems panel).', choice.type));
    return undefined;
  }
  const pair = engine.templates.createChapterPair({ type: choice.type, slug: choice.slug, folder, layout: choice.layout }, library);
  const uriOf = (path: string) => vscode.Uri.joinPath(root, ...path.split('/'));
  const existing: string[] = [];
  for (const file of [pair.en, pair.fr]) if (await fileExists(uriOf(file.path))) existing.push(file.path);
  if (existing.length) {
    void vscode.window.showErrorMessage(plural(existing.length, vscode.l10n.t('Not created: {0} already exists.', existing.join(', ')), vscode.l10n.t('Not created: {0} already exist.', existing.join(', '))));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const file of [pair.en, pair.fr]) edit.createFile(uriOf(file.path), { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(file.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', `${pair.en.path}, ${pair.fr.path}`));
    return undefined;
  }
  await vscode.window.showTextDocument(uriOf(pair.en.path), { viewColumn: vscode.ViewColumn.One });
  await vscode.window.showTextDocument(uriOf(pair.fr.path), { viewColumn: vscode.ViewColumn.Beside });
  return [uriOf(pair.en.path), uriOf(pair.fr.path)];
}

/** What the command asks; a caller (a test, another extension) may pass it to skip the questions. */
export interface ChapterChoice {
  /** A chapter type's id (`governance`). */
  type: string;
  slug: string;
  layout: 'suffix' | 'parallel';
}

async function askChoice(lang: 'en' | 'fr', folderUri: vscode.Uri, library: ChapterTemplateLibrary): Promise<ChapterChoice | undefined> {
  const engine = getEngine();
  const type = await vscode.window.showQuickPick(
    engine.templates.chapterTypeChoices(lang, library).map((c) => ({ label: c.label, description: c.description, id: c.id })),
    { title: vscode.l10n.t('New toolkit chapter'), placeHolder: vscode.l10n.t('Chapter type'), matchOnDescription: true },
  );
  if (!type) return undefined;
  // Proposes a name that neither layout uses yet in that folder.
  const taken = async (name: string) => (await Promise.all([`${name}.en.md`, `${name}.fr.md`, `en/${name}.md`, `fr/${name}.md`].map((p) => fileExists(vscode.Uri.joinPath(folderUri, ...p.split('/')))))).some(Boolean);
  const slug = await vscode.window.showInputBox({
    title: vscode.l10n.t('New toolkit chapter'),
    prompt: vscode.l10n.t('File name (without .en.md / .fr.md)'),
    value: await freeName(engine.templates.slugify(type.label), taken),
    validateInput: (value) => {
      const problem = engine.templates.validateSlug(value);
      return problem ? engine.templates.slugProblemMessage(problem, lang) : undefined;
    },
  });
  if (!slug) return undefined;
  const layout = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Side by side'), description: `${slug}.en.md · ${slug}.fr.md`, id: 'suffix' as const },
      { label: vscode.l10n.t('Parallel folders'), description: `en/${slug}.md · fr/${slug}.md`, id: 'parallel' as const },
    ],
    { title: vscode.l10n.t('New toolkit chapter'), placeHolder: vscode.l10n.t('Where the two files go') },
  );
  return layout ? { type: type.id, slug, layout: layout.id } : undefined;
}
