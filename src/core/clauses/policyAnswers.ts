import type { PolicyAnswers } from '../config/configTypes';
import type { ParameterValue } from './clauseTypes';

/** Configuration key → the clause parameter (and profile question) it answers. */
export const POLICY_PARAMETERS = { municipality: 'municipality', province: 'province', leadTitle: 'lead_title' } as const;

/**
 * The configuration's `policy` answers under the names clauses use: the file says
 * `leadTitle` as JSON keys do, clauses say `lead_title` as their placeholders do.
 */
export function answersFromPolicy(policy: PolicyAnswers | undefined): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const [key, parameter] of Object.entries(POLICY_PARAMETERS)) {
    const value = policy?.[key as keyof PolicyAnswers];
    if (value !== undefined && value !== '') out[parameter] = value;
  }
  return out;
}
