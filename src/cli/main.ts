import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkProjectInParallel } from './parallelCheck';
import { createFileFilter, createFolderFilter } from '../core/project/fileFilter';
import { languageFromLocale, type Lang } from '../core/messages/catalog';
import { formatMessage } from './cliFormat';
import { parseArgs, USAGE, UsageError } from './args';
import { collectFiles } from './collectFiles';
import { findConfigFile, loadConfigFile } from './loadConfigFile';
import { pathMapper, toOutput, type OutputReport } from './report';
import { formatText } from './formatText';
import { formatSarif } from './formatSarif';
import { readClauseFolders } from './readClauseFolders';
import { loadClauseCatalogue } from '../core/clauses/clauseCatalogue';

declare const TOOLKIT_VERSION: string | undefined;
const VERSION = typeof TOOLKIT_VERSION === 'string' ? TOOLKIT_VERSION : '0.0.0-dev';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  isTty: boolean;
}

/** Runs `toolkit-check`; returns the exit code (0 clean, 1 errors found, 2 usage, config or I/O error). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const localeLang = languageFromLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || io.env.LANGUAGE);
  let lang: Lang = localeLang;
  let args;
  try {
    args = parseArgs(argv);
    lang = args.lang ?? localeLang;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`toolkit-check: ${e.message}\n\n${USAGE[lang]}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE[lang] + '\n');
    return 0;
  }
  if (args.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const targets = args.paths.length ? args.paths.map((p) => path.resolve(io.cwd, p)) : [io.cwd];
  const configFile = args.config ? path.resolve(io.cwd, args.config) : findConfigFile(targets[0]);
  const { config, problems } = loadConfigFile(configFile, io.cwd);
  if (problems.length) {
    for (const p of problems) {
      const where = `${path.relative(io.cwd, p.file).split(path.sep).join('/') || p.file}:${p.range.start.line + 1}:${p.range.start.column + 1}`;
      io.stderr(`${where}  ${formatMessage(p.messageId, p.args, lang)}\n`);
    }
    io.stderr(formatMessage('cliConfigInvalid', undefined, lang) + '\n');
    return 2;
  }
  const isIncluded = createFileFilter(config);
  const isIgnoredFolder = createFolderFilter(config);
  const { files, missing } = collectFiles(targets, { root: config.root, isIncluded, isIgnoredFolder, maxFileSize: config.maxFileSize });
  for (const m of missing) io.stderr(formatMessage('cliPathMissing', { path: m }, lang) + '\n');
  const workers = io.env.TOOLKIT_CHECK_WORKERS === undefined ? undefined : Number(io.env.TOOLKIT_CHECK_WORKERS);
  const result = await checkProjectInParallel(files, config, { workers, clauses: () => loadClauseCatalogue(readClauseFolders(config), { configFile: config.file }) });
  const mapPath = pathMapper(config.root, io.cwd);
  const report: OutputReport = {
    version: 1,
    files: result.files,
    pairs: result.pairs.map((p) => ({ en: mapPath(p.en), fr: mapPath(p.fr) })),
    unpaired: result.unpaired.map(mapPath),
    diagnostics: result.findings.map((f) => toOutput(f, lang, mapPath)),
  };
  if (args.debug) for (const f of result.failures) io.stderr(`${mapPath(f.path)}: ${f.stack}\n`);
  if (result.ioError) io.stderr(formatMessage('cliIoError', undefined, lang) + '\n');
  if (args.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (args.format === 'sarif') io.stdout(formatSarif(report, lang, VERSION, pathToFileURL(io.cwd).href));
  else io.stdout(formatText(report, lang, args.color ?? (io.isTty && !io.env.NO_COLOR)));
  if (missing.length || result.ioError) return 2;
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
