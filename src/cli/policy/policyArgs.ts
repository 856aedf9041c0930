import type { MessageArgs } from '../../core/findings';
import type { Lang } from '../../core/messages/catalog';
import { flagWords, langValue } from '../flagWords';

/** Bad usage, told in the user's language (ids from policyMessages). */
export class PolicyUsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly args?: MessageArgs,
  ) {
    super(messageId);
  }
}

/** An answer that does not fit its type: the message says what it takes, without the whole usage. */
export class PolicyAnswerError extends PolicyUsageError {}

export interface AssembleArgs {
  command: 'assemble';
  profile?: string;
  municipality?: string;
  municipalityFr?: string;
  province?: string;
  lead?: string;
  leadFr?: string;
  /** `--answer name=value` (or `name.fr=value` for the French file only), in the order given. */
  answers: Array<{ name: string; lang?: Lang; value: string }>;
  out?: string;
  name: string;
}

export interface ListArgs {
  command: 'list';
}

export type PolicyArgs = (AssembleArgs | ListArgs | { command: 'help' } | { command: 'version' }) & { config?: string; lang?: Lang; allowOutside?: string[] };

const ASSEMBLE_FLAGS: Record<string, keyof AssembleArgs> = {
  '--profile': 'profile',
  '--municipality': 'municipality',
  '--municipality-fr': 'municipalityFr',
  '--province': 'province',
  '--lead': 'lead',
  '--lead-fr': 'leadFr',
  '--out': 'out',
  '--name': 'name',
};

/**
 * `toolkit-policy assemble --profile ID --municipality NAME --province CODE --lead TITLE [...]`,
 * `toolkit-policy list`, `--help`, `--version`. Throws PolicyUsageError.
 */
export function parsePolicyArgs(argv: string[]): PolicyArgs {
  let command: string | undefined;
  let config: string | undefined;
  let lang: Lang | undefined;
  const allowOutside: string[] = [];
  const assemble: AssembleArgs = { command: 'assemble', answers: [], name: 'open-data-policy' };
  for (const { arg, flag, value } of flagWords(argv, (flag) => new PolicyUsageError('policy.needsValue', { flag }))) {
    if (flag === '--help' || flag === '-h') command = 'help';
    else if (flag === '--version' || flag === '-v') command ??= 'version';
    else if (flag === '--config' || flag === '-c') config = value();
    else if (flag === '--allow-outside') allowOutside.push(value());
    else if (flag === '--lang') {
      const v = value();
      lang = langValue(v);
      if (!lang) throw new PolicyUsageError('policy.badLang', { value: v.toLowerCase() });
    } else if (flag === '--answer') assemble.answers.push(parseAnswer(value()));
    else if (flag in ASSEMBLE_FLAGS) (assemble as unknown as Record<string, string>)[ASSEMBLE_FLAGS[flag]] = value();
    else if (arg.startsWith('-')) throw new PolicyUsageError('policy.unknownOption', { option: arg });
    else if (command === undefined && (arg === 'assemble' || arg === 'list')) command = arg;
    else throw new PolicyUsageError('policy.unexpectedArgument', { arg });
  }
  if (command === 'help' || command === 'version') return { command, config, lang, allowOutside };
  if (command === undefined) throw new PolicyUsageError('policy.noCommand');
  const given = Object.keys(ASSEMBLE_FLAGS).filter((f) => (assemble as unknown as Record<string, unknown>)[ASSEMBLE_FLAGS[f]] !== undefined && f !== '--name');
  if (command === 'list') {
    if (given.length || assemble.answers.length) throw new PolicyUsageError('policy.notForList', { flag: given[0] ?? '--answer' });
    return { command: 'list', config, lang, allowOutside };
  }
  return { ...assemble, config, lang, allowOutside };
}

function parseAnswer(text: string): { name: string; lang?: Lang; value: string } {
  const m = /^([A-Za-z][\w-]*)(?:\.(en|fr))?=(.*)$/s.exec(text);
  if (!m) throw new PolicyUsageError('policy.badAnswerSyntax', { text });
  return { name: m[1], lang: m[2] as Lang | undefined, value: m[3] };
}
