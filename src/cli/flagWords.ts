import type { Lang } from '../core/lang';

/** One word of a command line, read as a flag: `--name=value` split; the value may also be the next word. */
export interface FlagWord {
  arg: string;
  flag: string;
  /** The flag's value (inline, or the next word, which is then consumed); `missing` is thrown when there is none. */
  value(): string;
  /** Every word after this one, consumed (what follows `--`). */
  rest(): string[];
}

/**
 * The words of `argv` from `from` on, as every command of the package reads them: `--flag=value`
 * or `--flag value`, a value never starting with `--`. `missing(flag)` is the error for a flag
 * given no value.
 */
export function* flagWords(argv: readonly string[], missing: (flag: string) => Error, from = 0): Generator<FlagWord> {
  for (let i = from; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    yield {
      arg,
      flag,
      value: () => {
        const v = inline ?? argv[++i];
        if (v === undefined || (inline === undefined && v.startsWith('--'))) throw missing(flag);
        return v;
      },
      rest: () => {
        const words = argv.slice(i + 1);
        i = argv.length;
        return words;
      },
    };
  }
}

/** `--lang` as given (any case): `en`, `fr`, or undefined for anything else. */
export function langValue(value: string): Lang | undefined {
  const v = value.toLowerCase();
  return v === 'en' || v === 'fr' ? v : undefined;
}
