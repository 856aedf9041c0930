import type { MessageCatalog } from '../messages/catalog';
import { defineRule, type RuleIdInfo } from '../rules/rule';

/**
 * The rule of a data library's own problems (invalid YAML, a field the schema refuses, an id
 * used twice): the front ends that read the library report them; registering the rule gives
 * them a severity, a setting and messages.
 */
export function libraryProblemsRule<const Id extends string, const M extends string>(info: RuleIdInfo<Id>, messages: MessageCatalog<M>) {
  return defineRule({
    ids: [info],
    messages,
    project(ctx) {
      for (const f of ctx.libraryProblems) if (f.rule === info.id) ctx.reportGraded(f as typeof f & { rule: Id });
    },
  });
}
