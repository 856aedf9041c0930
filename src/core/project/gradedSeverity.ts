import type { Finding, Severity } from '../findings';
import { createSeverityPolicy } from '../rules/severityPolicy';

/**
 * Applies the configured severities to findings that come graded from their rule (clause
 * findings shown outside a check, such as a clause folder's problems in the editor): `off`
 * drops them, the rule's default keeps each finding's own grade, any other severity replaces it.
 */
export function applyGradedSeverities(findings: readonly Finding[], severities: ReadonlyMap<string, Severity | 'off'>): Finding[] {
  const policy = createSeverityPolicy(severities);
  const out: Finding[] = [];
  for (const finding of findings) {
    const severity = policy.severity(finding.rule, finding.severity);
    if (severity !== 'off') out.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return out;
}
