import * as path from 'node:path';
import { loadClauseCatalogue } from '../../core/clauses/clauseCatalogue';
import { languageFromLocale, type Lang } from '../../core/messages/catalog';
import { formatMessage } from '../cliFormat';
import { terminalSafe } from '../terminalText';
import type { CliIo } from '../main';
import { findConfigFile, loadConfigFile } from '../loadConfigFile';
import { readClauseFolders } from '../readClauseFolders';
import { parsePolicyArgs, PolicyAnswerError, PolicyUsageError, type PolicyArgs } from './policyArgs';
import { POLICY_USAGE } from './policyMessages';
import { printFindings, say } from './policyOutput';
import { runAssemble } from './assembleCommand';
import { runList } from './listCommand';

declare const TOOLKIT_VERSION: string | undefined;
const VERSION = typeof TOOLKIT_VERSION === 'string' ? TOOLKIT_VERSION : '0.0.0-dev';

/**
 * Runs `toolkit-policy`; returns the exit code: 0 written or listed, 1 written but the pair does
 * not pass toolkit-check (its errors printed), 2 bad usage, an invalid
 * configuration, a policy that cannot be assembled, or files that already exist.
 */
export async function runPolicyCli(argv: string[], io: CliIo): Promise<number> {
  // --lang counts even when another argument is wrong: the complaint is then in that language.
  let lang: Lang = requestedLang(argv) ?? languageFromLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || io.env.LANGUAGE);
  const usageError = (e: PolicyUsageError) => {
    io.stderr(say(e.messageId, e.args ?? {}, lang) + (e instanceof PolicyAnswerError ? '' : '\n' + POLICY_USAGE[lang] + '\n'));
    return 2;
  };
  let args: PolicyArgs;
  try {
    args = parsePolicyArgs(argv);
  } catch (e) {
    if (e instanceof PolicyUsageError) return usageError(e);
    throw e;
  }
  lang = args.lang ?? lang;
  if (args.command === 'help') {
    io.stdout(POLICY_USAGE[lang] + '\n');
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(VERSION + '\n');
    return 0;
  }

  // The configuration of the folder the policy goes to (or of the working folder).
  const from = args.command === 'assemble' && args.out ? path.resolve(io.cwd, args.out) : io.cwd;
  const configFile = args.config ? path.resolve(io.cwd, args.config) : findConfigFile(from);
  const { config, problems } = loadConfigFile(configFile, io.cwd, (args.allowOutside ?? []).map((p) => path.resolve(io.cwd, p)));
  if (problems.length) {
    for (const p of problems) {
      const where = `${path.relative(io.cwd, p.file).split(path.sep).join('/') || p.file}:${p.range.start.line + 1}:${p.range.start.column + 1}`;
      io.stderr(`${terminalSafe(where)}  ${terminalSafe(formatMessage(p.messageId, p.args, lang))}\n`);
    }
    io.stderr(say('policy.configInvalid', {}, lang));
    return 2;
  }
  const catalogue = loadClauseCatalogue(readClauseFolders(config), { configFile: config.file });
  if (catalogue.problems.length) {
    printFindings(catalogue.problems, config.root, io, lang);
    io.stderr(say('policy.libraryProblems', {}, lang));
  }
  try {
    return args.command === 'list' ? runList(catalogue, io, lang) : await runAssemble(args, config, catalogue, io, lang);
  } catch (e) {
    if (e instanceof PolicyUsageError) return usageError(e);
    throw e;
  }
}

function requestedLang(argv: string[]): Lang | undefined {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice(7) : argv[at + 1];
  const lower = value?.toLowerCase();
  return lower === 'en' || lower === 'fr' ? lower : undefined;
}
