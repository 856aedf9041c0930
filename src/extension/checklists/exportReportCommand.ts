import * as vscode from 'vscode';
import type { Lang } from '../../core/engineApi';
import type { ChecklistReport } from '../../core/checklists/index';
import type { Finding } from '../../core/findings';
import { COMMANDS } from '../commands';
import { getEngine } from '../engine/engine';
import type { CheckService } from '../checks/checkService';
import type { ClauseLibraryService } from '../clauses/clauseLibraryService';
import { uiLanguage } from '../util/uiLanguage';
import { readText, type FolderState, type WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ChecklistLibraryService } from './checklistLibraryService';

/** What the report covers, how it is written and where it goes; each part asked when not given. */
export interface ExportChoice {
  scope?: 'file' | 'workspace';
  format?: 'markdown' | 'html';
  lang?: Lang;
  /** A new untitled document (the default), or the file the user picked in a save dialog. */
  target?: 'untitled' | vscode.Uri;
}

/**
 * “Export checklist report…”: the checklists of the active file or of every file of the
 * workspace, as Markdown or as the same standalone HTML page as `toolkit-check checklist
 * --format html`, in English or French. It opens as a new untitled document, or is written to
 * a file chosen in a save dialog (which asks before replacing one): never over a file silently.
 * Resolves with the document opened or the file written.
 */
export function registerExportChecklistReport(index: WorkspaceIndex, checks: CheckService, lists: ChecklistLibraryService, clauses: ClauseLibraryService): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.exportChecklistReport, async (given: ExportChoice = {}) => {
    const active = vscode.window.activeTextEditor?.document;
    const scope = given.scope ?? (await ask([{ label: vscode.l10n.t('The active file'), value: 'file' as const, when: active?.languageId === 'markdown' }, { label: vscode.l10n.t('Every file of the workspace'), value: 'workspace' as const }], vscode.l10n.t('Report on')));
    if (!scope) return undefined;
    const format = given.format ?? (await ask([{ label: 'Markdown', value: 'markdown' as const }, { label: 'HTML', value: 'html' as const }], vscode.l10n.t('Format of the report')));
    if (!format) return undefined;
    const ui = uiLanguage();
    const languages = [{ label: 'English', value: 'en' as const }, { label: 'Français', value: 'fr' as const }];
    const lang = given.lang ?? (await ask(ui === 'fr' ? languages.reverse() : languages, vscode.l10n.t('Language of the report')));
    if (!lang) return undefined;
    let report: ChecklistReport | undefined;
    if (scope === 'file') {
      if (!active || active.languageId !== 'markdown') {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown file first, or report on the whole workspace.'));
        return undefined;
      }
      const folder = await index.folderOf(active.uri);
      const path = folder && index.relativePath(folder.root, active.uri);
      if (!folder || path === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} is in no workspace folder, so no checklist applies to it: save it in the workspace, or report on the whole workspace.', active.isUntitled ? active.uri.path : vscode.workspace.asRelativePath(active.uri)));
        return undefined;
      }
      report = await reportOn([{ folder, paths: [path] }], lang, { index, checks, lists, clauses }, false);
    } else {
      report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking every pair for the checklist report…'), cancellable: true }, async (_, token) => {
        if (!checks.hasCheckedAll()) await checks.checkAll(token);
        if (token.isCancellationRequested) return undefined;
        const folders = await index.allFolders();
        return reportOn(folders.map((folder) => ({ folder, paths: folder.files })), lang, { index, checks, lists, clauses }, folders.length > 1);
      });
    }
    if (!report) return undefined;
    const engine = getEngine();
    const text = format === 'html' ? engine.checklists.formatChecklistHtml(report) : engine.checklists.formatChecklistMarkdown(report);
    const target = given.target ?? (await askTarget(format));
    if (!target) return undefined;
    if (target === 'untitled') {
      const document = await vscode.workspace.openTextDocument({ language: format, content: text });
      await vscode.window.showTextDocument(document, { preview: false });
      return document.uri;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(vscode.l10n.t('Checklist report written to {0}.', vscode.workspace.asRelativePath(target)));
    return target;
  });
}

interface Services {
  index: WorkspaceIndex;
  checks: CheckService;
  lists: ChecklistLibraryService;
  clauses: ClauseLibraryService;
}

/** The report of the files named in each folder, with the same pure code as the command line (their counterparts read for ticks). */
async function reportOn(parts: ReadonlyArray<{ folder: FolderState; paths: readonly string[] }>, lang: Lang, s: Services, prefixFolder: boolean): Promise<ChecklistReport> {
  const engine = getEngine();
  const files: ChecklistReport['files'] = [];
  const errors: ChecklistReport['errors'] = [];
  let missing = 0;
  for (const { folder, paths } of parts) {
    const { pairs } = folder.pairing;
    const counterpartOf = new Map(pairs.flatMap((p) => [[p.en, p.fr], [p.fr, p.en]] as const));
    const wanted = new Set(paths.flatMap((p) => [p, counterpartOf.get(p)].filter((x): x is string => x !== undefined)));
    const texts = new Map<string, string>();
    const findings: Finding[] = [];
    for (const path of wanted) {
      const uri = s.index.uriOf(folder.root, path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open?.getText() ?? (await readText(uri));
      if (text !== undefined) texts.set(path, text);
      findings.push(...s.checks.findingsOf(uri));
    }
    const [library, catalogue] = await Promise.all([s.lists.libraryFor(folder.root), s.clauses.libraryFor(folder.root)]);
    const evaluated = engine.checklists.runChecklists({ texts, report: paths, pairs, findings, library, clauses: catalogue, sourceLanguage: folder.config.sourceLanguage, selection: folder.config });
    const name = prefixFolder ? (p: string) => `${vscode.workspace.getWorkspaceFolder(folder.root)?.name ?? ''}/${p}` : (p: string) => p;
    const part = engine.checklists.buildReport(evaluated, lang, name, []);
    files.push(...part.files);
    missing += part.missingRequired;
    for (const p of library.problems) errors.push({ file: name(p.file), line: p.range.start.line + 1, column: p.range.start.column + 1, message: engine.formatMessage(p.messageId, p.args, lang) });
  }
  return { version: 1, lang, files, errors, missingRequired: missing };
}

async function ask<T>(options: Array<{ label: string; value: T; when?: boolean }>, title: string): Promise<T | undefined> {
  const shown = options.filter((o) => o.when !== false);
  if (shown.length === 1) return shown[0].value;
  return (await vscode.window.showQuickPick(shown, { title }))?.value;
}

async function askTarget(format: 'markdown' | 'html'): Promise<'untitled' | vscode.Uri | undefined> {
  const where = await ask([{ label: vscode.l10n.t('Open as a new untitled document'), value: 'untitled' as const }, { label: vscode.l10n.t('Save to a file…'), value: 'file' as const }], vscode.l10n.t('Where the report goes'));
  if (where !== 'file') return where;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = format === 'html' ? 'checklist-report.html' : 'checklist-report.md';
  // The save dialog itself asks before replacing a file that exists.
  return vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters: format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] } });
}
