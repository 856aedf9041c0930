import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadClauseCatalogue } from '../../core/clauses/clauseCatalogue';
import { CHECKLIST_LIBRARY } from '../../core/checklists/checklistLibrarySpec';
import { loadChecklists } from '../../core/checklists/loadChecklists';
import { createFileFilter, createFolderFilter } from '../../core/project/fileFilter';
import { counterpartPath } from '../../core/skeleton/counterpartSkeleton';
import { fileLanguage } from '../../core/pairing/fileLanguage';
import { quickFrontMatter } from '../../core/project/quickFrontMatter';
import { decodeMarkdownBytes } from '../../core/text/decode';
import type { SourceFile } from '../../core/project/loadSource';
import type { Lang } from '../../core/lang';
import { UsageError } from '../args';
import { formatMessage } from '../cliFormat';
import { collectFiles } from '../collectFiles';
import { Confinement } from '../fs/confinement';
import { isFolder } from '../fs/isFolder';
import { findConfigFile, loadConfigFile } from '../loadConfigFile';
import type { CliIo } from '../main';
import { checkProjectInParallel } from '../parallelCheck';
import { readClauseFolders } from '../readClauseFolders';
import { bundledLibraryFolder, readLibraryFolders } from '../readLibraryFolders';
import { pathMapper } from '../report';
import { terminalSafe } from '../terminalText';
import { parseWorkersSetting } from '../workersSetting';
import { parseChecklistArgs, type ChecklistArgs } from './checklistArgs';
import { CHECKLIST_USAGE } from './checklistCliMessages';
import { buildReport, type ChecklistReport } from '../../core/checklists/report/checklistReport';
import { runChecklists } from '../../core/checklists/report/runChecklists';
import { formatChecklistHtml, formatChecklistMarkdown, formatChecklistText } from './formatChecklist';

/** The bundled checklists (the folder that holds the policy list), found from the command line's place (see bundledLibraryFolder). */
export function bundledChecklistsFolder(fromDir?: string): string {
  return bundledLibraryFolder('checklists', 'policy-completeness.yaml', fromDir);
}

/**
 * `toolkit-check checklist [paths...]`: the checklists of each file. Exit 0 when every required
 * item is ticked, 1 when one is missing, 2 for bad usage, an invalid configuration, a path that
 * names nothing, or an internal error. Invalid checklist files are reported on stderr (and in
 * the JSON's `errors`) but do not stop the valid lists.
 */
export async function runChecklistCli(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  let args: ChecklistArgs;
  try {
    args = parseChecklistArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`toolkit-check checklist: ${formatMessage(e.messageId, e.args, lang)}\n\n${CHECKLIST_USAGE[lang]}\n`);
    return 2;
  }
  lang = args.lang ?? lang;
  if (args.help) {
    io.stdout(CHECKLIST_USAGE[lang] + '\n');
    return 0;
  }
  const targets = args.paths.length ? args.paths.map((p) => path.resolve(io.cwd, p)) : [io.cwd];
  const configFile = args.config ? path.resolve(io.cwd, args.config) : findConfigFile(targets[0]);
  const allowOutside = args.allowOutside.map((p) => path.resolve(io.cwd, p));
  const { config, problems } = loadConfigFile(configFile, io.cwd, allowOutside);
  const mapPath = pathMapper(config.root, io.cwd);
  if (problems.length) {
    for (const p of problems) io.stderr(`${terminalSafe(`${mapPath(p.file)}:${p.range.start.line + 1}:${p.range.start.column + 1}`)}  ${terminalSafe(formatMessage(p.messageId, p.args, lang))}\n`);
    io.stderr(formatMessage('cliConfigInvalid', undefined, lang) + '\n');
    return 2;
  }
  const workers = parseWorkersSetting(io.env.TOOLKIT_CHECK_WORKERS);
  const isIncluded = createFileFilter(config);
  const confinement = new Confinement([config.root, ...targets.filter(isFolder), ...allowOutside]);
  const collect = (paths: string[]) => collectFiles(paths, { root: config.root, isIncluded, isIgnoredFolder: createFolderFilter(config), maxFileSize: config.maxFileSize, confinement });
  const { files, missing } = collect(targets);
  for (const m of missing) io.stderr(terminalSafe(formatMessage('cliPathMissing', { path: m }, lang)) + '\n');
  if (missing.length) return 2;
  if (!files.length) {
    io.stderr(terminalSafe(formatMessage('cliNothingChecked', { paths: args.paths.join(', ') || '.', include: config.include.join(', '), ignore: '—' }, lang)) + '\n');
    return 2;
  }
  // A file named alone is still checked in its pair: its counterpart, where it exists, is read too.
  const all = withCounterparts(files, config.root, config.sourceLanguage, collect);
  const catalogue = () => loadClauseCatalogue(readClauseFolders(config), { configFile: config.file });
  const clauses = catalogue();
  const result = await checkProjectInParallel(all, config, { workers: workers.ok ? workers.workers : undefined, clauses: () => clauses });
  const library = loadChecklists(readLibraryFolders(CHECKLIST_LIBRARY, config, bundledChecklistsFolder()), { configFile: config.file });
  const errors: ChecklistReport['errors'] = library.problems.map((p) => ({ file: mapPath(p.file), line: p.range.start.line + 1, column: p.range.start.column + 1, message: formatMessage(p.messageId, p.args, lang) }));
  for (const e of errors) io.stderr(`${terminalSafe(`${e.file}:${e.line}:${e.column}`)}  ${terminalSafe(e.message)}\n`);
  if (errors.length) io.stderr(formatMessage('checklistCli.libraryInvalid', undefined, lang) + '\n');
  const texts = new Map<string, string>();
  for (const f of all) {
    if (f.text !== undefined) texts.set(f.path, f.text);
    else if (f.bytes) {
      const decoded = decodeMarkdownBytes(f.bytes);
      if (decoded.ok) texts.set(f.path, decoded.text);
    }
  }
  const evaluated = runChecklists({ texts, report: files.map((f) => f.path), pairs: result.pairs, findings: result.findings, library, clauses, sourceLanguage: config.sourceLanguage, selection: config });
  const report = buildReport(evaluated, lang, mapPath, errors);
  if (args.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (args.format === 'html') io.stdout(formatChecklistHtml(report));
  else if (args.format === 'markdown') io.stdout(formatChecklistMarkdown(report));
  else io.stdout(formatChecklistText(report));
  return report.missingRequired > 0 ? 1 : 0;
}

/** The files given, and the counterpart of each where one exists on disk under the usual name. */
function withCounterparts(files: SourceFile[], root: string, sourceLanguage: Lang, collect: (paths: string[]) => { files: SourceFile[] }): SourceFile[] {
  const have = new Set(files.map((f) => f.path));
  const extra: string[] = [];
  for (const f of files) {
    const text = f.bytes ? (decodeMarkdownBytes(f.bytes) as { ok: boolean; text?: string }).text : f.text;
    const lang = fileLanguage(f.path, text ? quickFrontMatter(text) : undefined)?.lang ?? sourceLanguage;
    const other = counterpartPath(f.path, lang === 'en' ? 'fr' : 'en');
    if (!have.has(other) && fs.existsSync(path.join(root, other))) {
      have.add(other);
      extra.push(path.join(root, other));
    }
  }
  return extra.length ? [...files, ...collect(extra).files] : files;
}
