import { createFormatter } from '../core/messages/format';
import type { MessageArgs } from '../core/findings';
import type { Lang } from '../core/lang';
import { cliMessages } from './cliMessages';
import { policyMessages } from './policy/policyMessages';
import { reviewMessages } from './reviewMessages';
import { htmlMessages } from './htmlMessages';
import { checklistCliMessages } from './checklist/checklistCliMessages';
import { fixMessages } from './fixMessages';

/** The command line's own catalogues, beside the engine's. */
export const CLI_CATALOGS = [cliMessages, policyMessages, reviewMessages, htmlMessages, checklistCliMessages, fixMessages];

const formatter = createFormatter(CLI_CATALOGS);

/** A message of the engine or of the command line in `lang`. */
export function formatMessage(id: string, args: MessageArgs | undefined, lang: Lang): string {
  return formatter.format(id, args, lang);
}
