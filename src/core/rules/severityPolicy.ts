import type { Severity } from '../findings';
import { ruleInfo } from './registry';

/** The configured severity and options of every rule id, with the registry's defaults behind them. */
export interface SeverityPolicy {
  /** The severity a finding of `rule` gets; `grade` is the finding's own, for graded rules. */
  severity(rule: string, grade?: Severity): Severity | 'off';
  enabled(rule: string): boolean;
  option<T>(rule: string, name: string): T;
}

/**
 * Builds the policy from the configuration's `rules`. An id the registry does not know is a
 * bug in the caller, not a configuration problem (the schema rejects unknown ids): it throws.
 */
export function createSeverityPolicy(
  severities: ReadonlyMap<string, Severity | 'off'> = new Map(),
  ruleOptions: ReadonlyMap<string, Record<string, unknown>> = new Map(),
): SeverityPolicy {
  const info = (rule: string) => {
    const found = ruleInfo(rule);
    if (!found) throw new Error(`unknown rule id: ${rule}`);
    return found;
  };
  return {
    severity(rule, grade) {
      const rule_ = info(rule);
      const configured = severities.get(rule);
      if (configured === 'off') return 'off';
      if (rule_.graded && grade && (configured === undefined || configured === rule_.severity)) return grade;
      return configured ?? (rule_.off ? 'off' : rule_.severity);
    },
    enabled(rule) {
      return this.severity(rule) !== 'off';
    },
    option<T>(rule: string, name: string): T {
      const spec = info(rule).options?.[name];
      if (!spec) throw new Error(`rule ${rule} has no option ${name}`);
      const value = ruleOptions.get(rule)?.[name];
      return (value === undefined ? spec.default : value) as T;
    },
  };
}
