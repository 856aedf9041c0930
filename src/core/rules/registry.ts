import type { Rule, RuleIdInfo } from './rule';
import { fileRule } from '../project/fileRule';
import { frontMatterSyntaxRule } from '../parity/rules/frontMatterSyntaxRule';
import { frontMatterRule } from '../parity/rules/frontMatterRule';
import { sectionsRule } from '../parity/rules/sectionsRule';
import { blocksRule } from '../parity/rules/blocksRule';
import { linksRule } from '../parity/rules/linksRule';
import { imagesRule } from '../parity/rules/imagesRule';
import { numbersRule } from '../parity/rules/numbersRule';
import { placeholdersRule } from '../parity/rules/placeholdersRule';
import { typographyRule } from '../typography/typographyRule';
import { dateNamesRule } from '../typography/dateNamesRule';
import { apostropheRule } from '../typography/apostropheRule';
import { invisibleCharactersRule } from '../invisible/invisibleCharactersRule';
import { untranslatedRule } from '../parity/rules/untranslatedRule';
import { staleRule } from '../review/staleRule';
import { unpairedRule } from '../pairing/unpairedRule';
import { clauseRule } from '../clauses/clauseRule';
import { checklistRule } from '../checklists/checklistRule';
import { templateRule } from '../templates/templateRule';
import { spellingRule } from '../spelling/spellingRule';
import { canadianSpellingRule } from '../spelling/canadianSpellingRule';
import { terminologyRule } from '../terminology/terminologyRule';
import { termConsistencyRule } from '../terminology/termConsistencyRule';

/**
 * Every rule of the engine, in the order they run and are listed (README table, config schema,
 * SARIF). Rule ids are a public contract: the keys of `rules` in opendata-toolkit.json.
 */
export const RULES = [
  fileRule,
  frontMatterSyntaxRule,
  frontMatterRule,
  sectionsRule,
  blocksRule,
  linksRule,
  imagesRule,
  numbersRule,
  placeholdersRule,
  typographyRule,
  dateNamesRule,
  apostropheRule,
  invisibleCharactersRule,
  spellingRule,
  canadianSpellingRule,
  terminologyRule,
  termConsistencyRule,
  untranslatedRule,
  staleRule,
  unpairedRule,
  clauseRule,
  checklistRule,
  templateRule,
] as const;

type RuleIdsOf<R> = R extends Rule<infer Id, string> ? Id : never;
type RuleMessagesOf<R> = R extends Rule<string, infer M> ? M : never;

/** Every rule id, as a type: a misspelt id is a compile error. */
export type RuleId = RuleIdsOf<(typeof RULES)[number]>;
/** Every message id a rule can report. */
export type RuleMessageId = RuleMessagesOf<(typeof RULES)[number]>;

/** Every rule id with its default severity and description, in registry order. */
export const RULE_INFOS: readonly RuleIdInfo<RuleId>[] = RULES.flatMap((r) => r.ids as readonly RuleIdInfo<RuleId>[]);

const byId = new Map<string, RuleIdInfo<RuleId>>(RULE_INFOS.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleIdInfo<RuleId> | undefined {
  return byId.get(id);
}

/** The ids whose fixes `--fix` and the editor's fix-all apply (`fixAll` in their definition). */
export const FIX_ALL_RULE_IDS: ReadonlySet<RuleId> = new Set(RULE_INFOS.filter((r) => r.fixAll).map((r) => r.id));

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}
