import type { Lang } from '../../core/lang';
import { UsageError } from '../args';
import { flagWords, langValue } from '../flagWords';

export type ChecklistFormat = 'text' | 'json' | 'html' | 'markdown';

export interface ChecklistArgs {
  paths: string[];
  format: ChecklistFormat;
  config?: string;
  lang?: Lang;
  allowOutside: string[];
  help: boolean;
}

/** Parses `toolkit-check checklist [paths...] [--format text|json|html|markdown] [--config FILE] [--lang en|fr] [--allow-outside DIR]`. */
export function parseChecklistArgs(argv: string[]): ChecklistArgs {
  const args: ChecklistArgs = { paths: [], format: 'text', allowOutside: [], help: false };
  for (const { arg, flag, value, rest } of flagWords(argv, (flag) => new UsageError('cliNeedsValue', { flag }))) {
    switch (flag) {
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'html' && v !== 'markdown') throw new UsageError('checklistBadFormat', { value: v });
        args.format = v;
        break;
      }
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--lang': {
        const v = value();
        args.lang = langValue(v);
        if (!args.lang) throw new UsageError('cliBadLang', { value: v.toLowerCase() });
        break;
      }
      case '--allow-outside':
        args.allowOutside.push(value());
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--':
        args.paths.push(...rest());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError('cliUnknownOption', { option: arg });
        args.paths.push(arg);
    }
  }
  return args;
}
