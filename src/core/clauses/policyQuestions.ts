import type { PolicyAnswers } from '../config/configTypes';
import type { Finding } from '../findings';
import type { ClauseProfile, ParameterValue, ProfileQuestion } from './clauseTypes';
import { answersFromPolicy, POLICY_PARAMETERS } from './policyAnswers';

const ESSENTIAL = new Set<string>(Object.values(POLICY_PARAMETERS));

/**
 * The questions a front end asks before assembling: the configuration's three (municipality,
 * province, lead) and every other required one. The rest keep their defaults.
 */
export function essentialQuestions(profile: ClauseProfile): ProfileQuestion[] {
  return profile.questions.filter((q) => ESSENTIAL.has(q.name) || q.required);
}

/** What each question is answered with when the writer says nothing: the configuration, then the profile. */
export function questionDefaults(profile: ClauseProfile, policy: PolicyAnswers | undefined): Record<string, ParameterValue> {
  const fromConfig = answersFromPolicy(policy);
  const out: Record<string, ParameterValue> = {};
  for (const q of profile.questions) {
    const value = fromConfig[q.name] ?? q.default;
    if (value !== undefined) out[q.name] = value;
  }
  return out;
}

export interface AssemblyOutcome {
  /** Problems that make the policy wrong (an unknown clause, an invalid answer): nothing is written. */
  blocking: Finding[];
  /** Parameters left as `{{name}}` in both files, for the writer to fill. */
  unanswered: string[];
}

/**
 * Sorts assembly problems: a question left unanswered leaves the same `{{name}}` in both files
 * (the pair still matches, the writer fills it in later); anything else stops the assembly.
 */
export function assemblyOutcome(problems: readonly Finding[]): AssemblyOutcome {
  const blocking: Finding[] = [];
  const unanswered: string[] = [];
  for (const p of problems) {
    if (p.messageId === 'clauses.missingRequiredAnswer' || p.messageId === 'clauses.missingAnswer') {
      const name = String(p.args?.name ?? '');
      if (name && !unanswered.includes(name)) unanswered.push(name);
    } else if (p.severity === 'error') blocking.push(p);
  }
  return { blocking, unanswered };
}
