import type { Lang } from '../../core/messages/catalog';
import { UsageError } from '../args';

export type XliffArgs =
  | { command: 'export'; en: string; out?: string; fr?: string; version: string; lang?: Lang }
  | { command: 'import'; file: string; write: boolean; lang?: Lang };

/** Whether the arguments are the `xliff export|import` subcommand rather than paths to check (`-- xliff` still checks a folder named so). */
export function isXliffCommand(argv: string[]): boolean {
  return argv[0] === 'xliff' && (argv[1] === 'export' || argv[1] === 'import');
}

/** Parses `xliff export EN_FILE [--out FILE] [--fr FILE] [--xliff 2.1|1.2]` or `xliff import FILE.xlf [--write]` (both with `--lang en|fr`). */
export function parseXliffArgs(argv: string[]): XliffArgs {
  const command = argv[1] as 'export' | 'import';
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  const allowed = command === 'export' ? ['--out', '--fr', '--xliff', '--lang'] : ['--write', '--lang'];
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') {
        positional.push(arg);
        continue;
      }
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!allowed.includes(flag)) throw new UsageError('cliUnknownOption', { option: arg });
    if (flag === '--write') flags[flag] = true;
    else {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError('cliNeedsValue', { flag });
      flags[flag] = v;
    }
  }
  if (positional.length !== 1) throw new UsageError(command === 'export' ? 'xliffNeedsEnglishFile' : 'xliffNeedsXliffFile');
  const lang = flags['--lang'] === undefined ? undefined : String(flags['--lang']).toLowerCase();
  if (lang !== undefined && lang !== 'en' && lang !== 'fr') throw new UsageError('cliBadLang', { value: lang });
  if (command === 'import') return { command, file: positional[0], write: flags['--write'] === true, lang };
  return { command, en: positional[0], out: flags['--out'] as string | undefined, fr: flags['--fr'] as string | undefined, version: (flags['--xliff'] as string | undefined) ?? '2.1', lang };
}
