import type { Finding } from '../findings';
import type { ParsedDocument } from '../markdown/documentModel';
import type { CheckOptions } from './pairContext';
import { checkDocumentLanguage } from './rules/untranslatedRule';
import { checkFrenchTypography } from '../typography/typographyRule';
import './parityMessages';

/** Findings about one file on its own: front matter that cannot be read, passages in the wrong language. */
export function checkDocument(doc: ParsedDocument, options: CheckOptions, skipProseAt?: Set<number>): Finding[] {
  const findings: Finding[] = [];
  const severity = options.severities.get('front-matter-syntax') ?? 'error';
  if (severity !== 'off') {
    for (const p of doc.problems) {
      findings.push({ file: doc.path, range: p.range, severity, rule: 'front-matter-syntax', messageId: p.messageId, args: p.detail ? { detail: p.detail } : undefined });
    }
  }
  findings.push(...checkDocumentLanguage(doc, options, skipProseAt));
  const typography = options.severities.get('typography') ?? 'info';
  if (typography !== 'off') findings.push(...checkFrenchTypography(doc, typography));
  return findings;
}
