import type { ClauseCatalogue } from '../../core/clauses/clauseCatalogue';
import type { ClauseParameterOption, ClauseParameterType, ClauseProfile, Localized, ParameterValue } from '../../core/clauses/clauseTypes';
import { answerProblem, parseNumberAnswer } from '../../core/clauses/answerProblem';
import { POLICY_PARAMETERS } from '../../core/clauses/policyAnswers';
import { questionDefaults } from '../../core/clauses/policyQuestions';
import type { PolicyAnswers } from '../../core/config/configTypes';
import type { Lang } from '../../core/messages/catalog';
import type { AssembleArgs } from './policyArgs';
import { PolicyAnswerError, PolicyUsageError } from './policyArgs';

/** The flags that answer the configuration's three questions, by configuration key. */
const FLAGS: Record<keyof typeof POLICY_PARAMETERS, { en: keyof AssembleArgs; fr?: keyof AssembleArgs; flag: string; flagFr?: string }> = {
  municipality: { en: 'municipality', fr: 'municipalityFr', flag: '--municipality', flagFr: '--municipality-fr' },
  province: { en: 'province', flag: '--province' },
  leadTitle: { en: 'lead', fr: 'leadFr', flag: '--lead', flagFr: '--lead-fr' },
};

export interface ResolvedAnswers {
  answers: Record<string, ParameterValue>;
  /** Flags given in English only, whose value the French file repeats as is. */
  sameInFrench: Array<{ flag: string; flagFr: string; value: string }>;
}

/**
 * Answers from the command line, then the configuration's `policy`, then the profile's
 * defaults. The configuration's three questions must be answered one way or another.
 */
export function answersFromArgs(args: AssembleArgs, profile: ClauseProfile, policy: PolicyAnswers, catalogue: ClauseCatalogue, lang: Lang): ResolvedAnswers {
  const answers = questionDefaults(profile, policy);
  const sameInFrench: ResolvedAnswers['sameInFrench'] = [];
  for (const [key, spec] of Object.entries(FLAGS) as Array<[keyof typeof FLAGS, (typeof FLAGS)[keyof typeof FLAGS]]>) {
    const name = POLICY_PARAMETERS[key];
    const question = profile.questions.find((q) => q.name === name);
    if (!question) continue;
    const en = args[spec.en] as string | undefined;
    const fr = spec.fr ? (args[spec.fr] as string | undefined) : undefined;
    if (en !== undefined || fr !== undefined) {
      const before = answers[name];
      const englishBefore = typeof before === 'object' ? before.en : typeof before === 'string' ? before : undefined;
      answers[name] = fr === undefined ? (en as string) : { en: en ?? englishBefore ?? fr, fr };
      if (spec.flagFr && en !== undefined && fr === undefined) sameInFrench.push({ flag: spec.flag, flagFr: spec.flagFr, value: en });
    }
    if (answers[name] === undefined) throw new PolicyUsageError('policy.missingEssential', { label: question.label[lang], flag: spec.flag, key });
  }

  const types = parameterTypes(profile, catalogue);
  const perLanguage = new Map<string, Partial<Localized> & { both?: string }>();
  for (const { name, lang: only, value } of args.answers) {
    if (!types.has(name)) throw new PolicyUsageError('policy.unknownAnswer', { name, profile: profile.id, names: [...types.keys()].sort().join(', ') });
    const entry = perLanguage.get(name) ?? {};
    if (only) entry[only] = value;
    else entry.both = value;
    perLanguage.set(name, entry);
  }
  for (const [name, entry] of perLanguage) {
    const { type, options } = types.get(name)!;
    let value: ParameterValue;
    if (type === 'number' || type === 'integer') {
      // A number is the same in both files; each file writes it its own way (1,500 / 1 500).
      const text = entry.both ?? entry.en ?? entry.fr!;
      const parsed = parseNumberAnswer(text);
      if (parsed === undefined) throw new PolicyAnswerError(type === 'integer' ? 'clauses.badAnswerInteger' : 'clauses.badAnswerNumber', { name, value: text });
      value = parsed;
    } else if (entry.en === undefined && entry.fr === undefined) value = entry.both!;
    else value = { en: entry.en ?? entry.both ?? entry.fr!, fr: entry.fr ?? entry.both ?? entry.en! };
    // Enumerations are left to the assembly, which names the allowed values with the profile's line.
    const problem = type === 'enum' ? null : answerProblem(name, type, value, options);
    if (problem) throw new PolicyAnswerError(problem.messageId, problem.args);
    answers[name] = value;
  }
  for (const [key, spec] of Object.entries(FLAGS) as Array<[keyof typeof FLAGS, (typeof FLAGS)[keyof typeof FLAGS]]>) {
    const name = POLICY_PARAMETERS[key];
    const question = profile.questions.find((q) => q.name === name);
    const value = answers[name];
    const given = args[spec.en] !== undefined || (spec.fr !== undefined && args[spec.fr] !== undefined);
    if (!question || !given || value === undefined || question.type === 'enum') continue;
    const problem = answerProblem(spec.flag, question.type, value);
    if (problem) throw new PolicyAnswerError(problem.messageId, problem.args);
  }
  return { answers, sameInFrench };
}

/** Every name an answer may have, with its type: the profile's questions and the library's clause parameters. */
function parameterTypes(profile: ClauseProfile, catalogue: ClauseCatalogue): Map<string, { type: ClauseParameterType; options?: ClauseParameterOption[] }> {
  const types = new Map<string, { type: ClauseParameterType; options?: ClauseParameterOption[] }>();
  for (const clause of catalogue.library.clauses) for (const p of clause.parameters) types.set(p.name, p);
  for (const q of profile.questions) types.set(q.name, q);
  return types;
}
