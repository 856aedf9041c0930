import type * as Sarif from 'sarif';
import { RULE_INFOS } from '../core/rules/registry';
import type { Lang } from '../core/messages/catalog';
import type { OutputReport } from './report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning reads it: paths relative to the checkout (%SRCROOT%). */
export function formatSarif(report: OutputReport, lang: Lang, version: string, cwdUri: string): string {
  const ruleIndex = new Map<string, number>(RULE_INFOS.map((r, i) => [r.id, i]));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'toolkit-check',
            version,
            informationUri: 'https://github.com/open-data-toolkit/bilingual-open-data-toolkit',
            rules: RULE_INFOS.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description[lang] },
              fullDescription: { text: `${r.description.en} / ${r.description.fr}` },
              defaultConfiguration: r.off ? { level: LEVEL[r.severity], enabled: false } : { level: LEVEL[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: cwdUri.endsWith('/') ? cwdUri : cwdUri + '/' } },
        invocations: [invocation(report)],
        results: report.diagnostics.map((d) => {
          const result: Sarif.Result = {
            ruleId: d.rule,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [location(d.file, d.line, d.column, d.endLine, d.endColumn)],
          };
          const index = ruleIndex.get(d.rule);
          if (index !== undefined) result.ruleIndex = index;
          if (d.related.length) {
            result.relatedLocations = d.related.map((r, i) => ({ id: i + 1, ...location(r.file, r.line, r.column), message: { text: r.message } }));
          }
          return result;
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A run with errors (exit 2) did not do all it was asked: each reason is a notification. */
function invocation(report: OutputReport): Sarif.Invocation {
  if (!report.errors.length) return { executionSuccessful: true };
  return {
    executionSuccessful: false,
    toolExecutionNotifications: report.errors.map((e) => {
      const notification: Sarif.Notification = { level: 'error', message: { text: e.message } };
      if (e.file !== undefined) notification.locations = [location(e.file, e.line ?? 1, e.column ?? 1)];
      return notification;
    }),
  };
}

/**
 * A relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `?`, `%`
 * and spaces stay part of the name, and a `:` cannot make the first segment read as a scheme.
 */
export function pathToUriReference(file: string): string {
  return file
    .split('/')
    // A lone surrogate cannot be percent-encoded (encodeURIComponent throws): it becomes U+FFFD.
    .map((segment) => encodeURIComponent(segment.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')))
    .join('/');
}

function location(file: string, line: number, column: number, endLine?: number, endColumn?: number): Sarif.Location {
  const region: Sarif.Region = { startLine: line, startColumn: column };
  if (endLine !== undefined && endColumn !== undefined && (endLine > line || endColumn > column)) {
    region.endLine = endLine;
    region.endColumn = endColumn;
  }
  return { physicalLocation: { artifactLocation: { uri: pathToUriReference(file), uriBaseId: '%SRCROOT%' }, region } };
}
