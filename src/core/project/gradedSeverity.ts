import type { Finding, Severity } from '../findings';
import { ruleInfo } from '../parity/ruleCatalog';

/**
 * Applies the configured severities to findings that come graded from their rule (clause
 * findings): `off` drops them, the rule's default keeps each finding's own grade, any other
 * severity replaces it.
 */
export function applyGradedSeverities(findings: readonly Finding[], severities: ReadonlyMap<string, Severity | 'off'>): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const configured = severities.get(finding.rule);
    if (configured === 'off') continue;
    const byDefault = configured === undefined || configured === ruleInfo(finding.rule)?.severity;
    out.push(byDefault ? finding : { ...finding, severity: configured });
  }
  return out;
}
