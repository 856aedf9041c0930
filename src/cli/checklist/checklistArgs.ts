import type { Lang } from '../../core/lang';
import { UsageError } from '../args';

export type ChecklistFormat = 'text' | 'json' | 'html';

export interface ChecklistArgs {
  paths: string[];
  format: ChecklistFormat;
  config?: string;
  lang?: Lang;
  allowOutside: string[];
  help: boolean;
}

/** Parses `toolkit-check checklist [paths...] [--format text|json|html] [--config FILE] [--lang en|fr] [--allow-outside DIR]`. */
export function parseChecklistArgs(argv: string[]): ChecklistArgs {
  const args: ChecklistArgs = { paths: [], format: 'text', allowOutside: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError('cliNeedsValue', { flag });
      return v;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'html') throw new UsageError('checklistBadFormat', { value: v });
        args.format = v;
        break;
      }
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--lang': {
        const v = value().toLowerCase();
        if (v !== 'en' && v !== 'fr') throw new UsageError('cliBadLang', { value: v });
        args.lang = v;
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
        args.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError('cliUnknownOption', { option: arg });
        args.paths.push(arg);
    }
  }
  return args;
}
