import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spellingCacheContext } from '../speller/projectWordsFile';
import { checkProjectInParallel } from './parallelCheck';
import { createFileFilter, createFolderFilter } from '../core/project/fileFilter';
import { languageFromLocale, type Lang } from '../core/messages/catalog';
import { formatMessage } from './cliFormat';
import { parseArgs, requestedFormat, USAGE, UsageError, type OutputFormat } from './args';
import { collectFiles } from './collectFiles';
import { findConfigFile, loadConfigFile } from './loadConfigFile';
import { failedReport, pathMapper, toOutput, type OutputError, type OutputReport } from './report';
import { parseWorkersSetting } from './workersSetting';
import { DEFAULT_IGNORE } from '../core/config/configTypes';
import { formatText } from './formatText';
import { formatSarif } from './formatSarif';
import { terminalSafe } from './terminalText';
import { readClauseFolders } from './readClauseFolders';
import { loadClauseCatalogue } from '../core/clauses/clauseCatalogue';
import { Confinement } from './fs/confinement';
import { isFolder } from './fs/isFolder';
import { quickFrontMatter } from '../core/project/quickFrontMatter';
import { cacheFilePath, engineIdentity, TaskCacheFile } from './taskCacheFile';
import { isXliffCommand, parseXliffArgs } from './xliff/xliffArgs';
import { runXliff } from './xliff/runXliff';
import { runReview } from './reviewCommand';
import { formatHtml } from './formatHtml';
import { addStaleHistory } from './staleHistory';
import { buildDashboard, type Dashboard } from '../core/report/dashboard';
import { runChecklistCli } from './checklist/checklistMain';
import { writeFixes, type FileFixes } from './fixFiles';
import { countByRule, type RuleFix } from '../core/fix/chooseFixes';

declare const TOOLKIT_VERSION: string | undefined;
const VERSION = typeof TOOLKIT_VERSION === 'string' ? TOOLKIT_VERSION : '0.0.0-dev';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  isTty: boolean;
}

/**
 * Runs `toolkit-check`; returns the exit code (0 clean, 1 errors found, 2 usage, config, I/O or
 * internal error). Under `--format json|sarif` stdout always holds exactly one document, even
 * when the run stops early: its `errors` (JSON) or `executionSuccessful: false` (SARIF) say why.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const session: Session = { lang: languageFromLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || io.env.LANGUAGE), format: requestedFormat(argv), color: false };
  try {
    if (isXliffCommand(argv)) return await xliff(argv, io, session);
    // `review` as the first word is the review command (`toolkit-check -- review` checks a path named so).
    if (argv[0] === 'review') return runReviewCommand(argv.slice(1), io, session.lang);
    if (argv[0] === 'checklist') return await runChecklistCli(argv.slice(1), io, session.lang);
    return await check(argv, io, session);
  } catch (e) {
    io.stderr(formatMessage('cliInternalError', { reason: (e as Error).stack ?? String(e) }, session.lang) + '\n');
    emit(failedReport([{ message: formatMessage('cliInternalError', { reason: (e as Error).message ?? String(e) }, session.lang) }]), io, session);
    return 2;
  }
}

function runReviewCommand(argv: string[], io: CliIo, lang: Lang): number {
  try {
    return runReview(argv, io, lang);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`toolkit-check review: ${e.message}\n`);
    return 2;
  }
}

interface Session {
  lang: Lang;
  format: OutputFormat;
  color: boolean;
}

async function check(argv: string[], io: CliIo, session: Session): Promise<number> {
  const fail = (errors: OutputError[]) => {
    emit(failedReport(errors), io, session);
    return 2;
  };
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const message = `toolkit-check: ${formatMessage(e.messageId, e.args, session.lang)}`;
    io.stderr(`${terminalSafe(message)}\n\n${USAGE[session.lang]}\n`);
    return fail([{ message }]);
  }
  const lang = (session.lang = args.lang ?? session.lang);
  session.format = args.format;
  session.color = args.color ?? (io.isTty && !io.env.NO_COLOR);
  if (args.help) {
    io.stdout(USAGE[lang] + '\n');
    return 0;
  }
  if (args.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const workers = parseWorkersSetting(io.env.TOOLKIT_CHECK_WORKERS);
  if (!workers.ok) {
    const message = formatMessage('cliBadWorkers', { value: workers.value }, lang);
    io.stderr(message + '\n');
    return fail([{ message }]);
  }
  const targets = args.paths.length ? args.paths.map((p) => path.resolve(io.cwd, p)) : [io.cwd];
  const configFile = args.config ? path.resolve(io.cwd, args.config) : findConfigFile(targets[0]);
  const allowOutside = args.allowOutside.map((p) => path.resolve(io.cwd, p));
  const { config, problems } = loadConfigFile(configFile, io.cwd, allowOutside);
  if (problems.length) {
    const errors = problems.map((p) => ({
      file: path.relative(io.cwd, p.file).split(path.sep).join('/') || p.file,
      line: p.range.start.line + 1,
      column: p.range.start.column + 1,
      message: formatMessage(p.messageId, p.args, lang),
    }));
    for (const e of errors) io.stderr(`${terminalSafe(`${e.file}:${e.line}:${e.column}`)}  ${terminalSafe(e.message)}\n`);
    io.stderr(formatMessage('cliConfigInvalid', undefined, lang) + '\n');
    return fail(errors);
  }
  const isIncluded = createFileFilter(config);
  const isIgnoredFolder = createFolderFilter(config);
  // Files met while walking stay in the configuration's folder, the folders named here and those allowed.
  const confinement = new Confinement([config.root, ...targets.filter(isFolder), ...allowOutside]);
  const { files, missing } = collectFiles(targets, { root: config.root, isIncluded, isIgnoredFolder, maxFileSize: config.maxFileSize, confinement });
  const errors: OutputError[] = missing.map((m) => ({ message: formatMessage('cliPathMissing', { path: m }, lang) }));
  for (const e of errors) io.stderr(terminalSafe(e.message) + '\n');
  if (!files.length) {
    // Never an empty summary that passes: a glob that matches nothing or a folder without Markdown is a mistake to report.
    const message = formatMessage('cliNothingChecked', nothingCheckedArgs(args.paths, config.include, config.ignore), lang);
    io.stderr(terminalSafe(message) + '\n');
    return fail([...errors, { message }]);
  }
  const cache = args.cache || config.cache ? new TaskCacheFile(cacheFilePath(config.root), engineIdentity(VERSION, engineCodeFile())) : undefined;
  if (cache?.note) io.stderr(terminalSafe(formatMessage(cache.note === 'corrupt' ? 'cliCacheCorrupt' : 'cliCacheForeign', { file: mapCachePath(cache.file, io.cwd) }, lang)) + '\n');
  const runCheck = () =>
    checkProjectInParallel(files, config, {
      workers: workers.workers,
      clauses: () => loadClauseCatalogue(readClauseFolders(config), { configFile: config.file }),
      store: cache && ((plan, catalogue) => cache.storeFor(plan, config, catalogue, spellingCacheContext(config))),
      frontMatter: cache?.frontMatterReader(quickFrontMatter),
    });
  let result = await runCheck();
  const mapPath = pathMapper(config.root, io.cwd);
  // --fix: the safe fixes written, then a check of what was written (again while overlapping fixes were held back).
  const fixed: FileFixes[] = [];
  for (let pass = 0; args.fix && pass < FIX_PASSES; pass++) {
    const { written, failed } = writeFixes(result.findings, files, config.root);
    for (const f of failed) errors.push({ file: mapPath(f.path), message: formatMessage('cliFixWriteFailed', { file: mapPath(f.path), reason: f.reason }, lang) });
    if (!written.length) break;
    fixed.push(...written);
    result = await runCheck();
  }
  cache?.save();
  addStaleHistory(result.findings, config.root);
  if (result.ioError) errors.push({ message: formatMessage('cliIoError', undefined, lang) });
  const report: OutputReport = {
    version: 1,
    files: result.files,
    pairs: result.pairs.map((p) => ({ en: mapPath(p.en), fr: mapPath(p.fr), pairedBy: p.pairedBy, ...(p.confidence === undefined ? {} : { confidence: p.confidence }) })),
    unpaired: result.unpaired.map(mapPath),
    diagnostics: result.findings.map((f) => toOutput(f, lang, mapPath)),
    errors,
    ...(args.fix ? { fixed: fixSummary(fixed, mapPath) } : {}),
  };
  if (args.fix) tellFixes(report.fixed!, io, session);
  if (args.debug) for (const f of result.failures) io.stderr(`${mapPath(f.path)}: ${f.stack}\n`);
  if (result.ioError) io.stderr(formatMessage('cliIoError', undefined, lang) + '\n');
  for (const e of errors) if (e.file) io.stderr(terminalSafe(e.message) + '\n');
  emit(report, io, session, { dashboard: buildDashboard(result.pairs, result.unpaired, result.findings), showPath: mapPath });
  if (errors.length) return 2;
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** Passes of --fix: a fix held back because it overlapped another is applied by the next one. */
const FIX_PASSES = 3;

/** Each file changed by --fix with its count of fixes per rule (passes added up), in the order files were checked. */
function fixSummary(fixed: FileFixes[], mapPath: (p: string) => string): NonNullable<OutputReport['fixed']> {
  const byFile = new Map<string, RuleFix[]>();
  for (const f of fixed) byFile.set(f.path, [...(byFile.get(f.path) ?? []), ...f.fixes]);
  return [...byFile].map(([file, fixes]) => ({ file: mapPath(file), fixes: fixes.length, rules: Object.fromEntries(countByRule(fixes)) }));
}

/** What --fix changed: in the text report (stdout, before the findings), or on stderr beside a JSON, SARIF or HTML document (JSON also has it as `fixed`). */
function tellFixes(fixed: NonNullable<OutputReport['fixed']>, io: CliIo, session: Session): void {
  if (session.format === 'json') return;
  const lines = fixed.length
    ? fixed.map((f) => formatMessage('cliFixedFile', { file: f.file, count: f.fixes, rules: Object.entries(f.rules).map(([rule, n]) => `${rule} ${n}`).join(', ') }, session.lang))
    : [formatMessage('cliFixedNone', undefined, session.lang)];
  const text = lines.map((l) => terminalSafe(l)).join('\n') + '\n';
  if (session.format === 'text') io.stdout(text + '\n');
  else io.stderr(text);
}

/** `toolkit-check xliff export|import …`: a usage error exits 2 like the main command's; an import ends by checking the pair. */
async function xliff(argv: string[], io: CliIo, session: Session): Promise<number> {
  let args;
  try {
    args = parseXliffArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${formatMessage('xliffCliUsage', { message: formatMessage(e.messageId, e.args, session.lang) }, session.lang)}\n\n${USAGE[session.lang]}\n`);
    return 2;
  }
  const lang = (session.lang = args.lang ?? session.lang);
  // The same check, its JSON captured: notes and pairs are a help, so a run that fails gives none.
  const report = async (paths: string[]): Promise<OutputReport | undefined> => {
    let json = '';
    const quiet: CliIo = { ...io, stdout: (t) => (json += t), stderr: () => {}, isTty: false };
    await check([...paths, '--format', 'json', '--lang', lang], quiet, { lang, format: 'json', color: false });
    try {
      return JSON.parse(json) as OutputReport;
    } catch {
      return undefined;
    }
  };
  return runXliff(args, io, lang, {
    check: (paths) => check([...paths, '--lang', lang], io, session),
    findings: async (paths) => (await report(paths))?.diagnostics ?? [],
    pairs: async () => (await report([]))?.pairs ?? [],
  });
}

/** Writes the one document of the run; a text run that failed before checking prints nothing on stdout (stderr said why). */
function emit(report: OutputReport, io: CliIo, session: Session, html?: { dashboard: Dashboard; showPath: (p: string) => string }): void {
  if (session.format === 'html') io.stdout(formatHtml(html?.dashboard ?? buildDashboard([], [], []), report.errors, session.lang, html?.showPath ?? ((p) => p)));
  else if (session.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (session.format === 'sarif') io.stdout(formatSarif(report, session.lang, VERSION, pathToFileURL(io.cwd).href));
  else if (report.files > 0) io.stdout(formatText(report, session.lang, session.color));
}

function nothingCheckedArgs(paths: string[], include: string[], ignore: string[]) {
  const user = ignore.filter((g) => !DEFAULT_IGNORE.includes(g));
  return { paths: paths.length ? paths.join(', ') : '.', include: include.join(', '), ignore: user.length ? user.join(', ') : '—' };
}

/** The running bundle (dist/cli.js), whose bytes say which engine made a cached result. */
function engineCodeFile(): string | undefined {
  return typeof __filename === 'string' ? __filename : undefined;
}

function mapCachePath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || file;
}
