import type { Finding } from '../findings';
import type { Lang, LoadedClause } from './clauseTypes';
import { findClauseMarkers, type ClauseMarker } from './clauseMarkers';
import { matchTemplate } from './templateMatch';
import { compareVersions } from './semver';
import { countChanges, diffAgainstTemplate, renderDiff, type DiffOp } from './wordDiff';

export const DRIFT_RULE = 'clause-drift';
export const VERSION_RULE = 'clause-version';
export const PAIRING_RULE = 'clause-pairing';

export interface TemplateComparison {
  drifted: boolean;
  /** Changed stretches; 0 when the text is an instance of the template. */
  changes: number;
  diff: DiffOp[];
  /** The value found for each placeholder when the text matches the template. */
  values: Record<string, string>;
}

/**
 * Is `text` the template with some values put in? Whitespace may differ (line wrapping,
 * no-break spaces); anything else is drift. The template match decides (templateMatch.ts); the
 * word diff only explains.
 */
export function compareWithTemplate(text: string, template: string): TemplateComparison {
  const values = matchTemplate(text.trim(), template);
  if (values) return { drifted: false, changes: 0, diff: [{ kind: 'equal', text: text.trim() }], values };
  const diff = diffAgainstTemplate(template, text);
  return { drifted: true, changes: Math.max(1, countChanges(diff)), diff, values: {} };
}

export interface ClauseDocument {
  file: string;
  text: string;
  lang: Lang;
}

export interface LibraryLookup {
  byId: ReadonlyMap<string, LoadedClause>;
}

export interface DocumentClauseCheck {
  clauses: ClauseMarker[];
  findings: Finding[];
}

/**
 * Everything about the clauses inserted in one policy file: marker problems, unknown
 * clauses, newer library versions and drift from the template. Drift is only judged
 * against the same version: an older copy differs from today's text by design.
 */
export function checkClauseDocument(doc: ClauseDocument, library: LibraryLookup): DocumentClauseCheck {
  const scan = findClauseMarkers(doc.text, doc.file);
  const findings: Finding[] = [...scan.problems];
  for (const marker of scan.clauses) {
    const clause = library.byId.get(marker.id);
    if (!clause) {
      findings.push({
        file: doc.file,
        range: marker.openRange,
        severity: 'warning',
        rule: 'clause-markers',
        messageId: 'clauses.unknownClause',
        args: { id: marker.id },
      });
      continue;
    }
    if (marker.version !== null) {
      const order = compareVersions(marker.version, clause.version);
      if (order !== 0) {
        findings.push({
          file: doc.file,
          range: marker.openRange,
          severity: 'info',
          rule: VERSION_RULE,
          messageId: order < 0 ? 'clauses.newerVersion' : 'clauses.futureVersion',
          args: { id: clause.id, version: marker.version, latest: clause.version },
          data: { id: clause.id, latest: clause.version },
        });
        continue;
      }
    }
    if (marker.adapted) continue;
    const comparison = compareWithTemplate(marker.content, clause.body[doc.lang]);
    if (comparison.drifted) {
      findings.push({
        file: doc.file,
        range: marker.contentRange,
        severity: 'info',
        rule: DRIFT_RULE,
        messageId: 'clauses.drift',
        args: { id: clause.id, changes: comparison.changes },
        data: { id: clause.id, version: clause.version, diff: comparison.diff, preview: renderDiff(comparison.diff) },
      });
    }
  }
  return { clauses: scan.clauses, findings };
}

export interface ClauseSet {
  file: string;
  clauses: readonly ClauseMarker[];
}

/** Both files of a pair must hold the same clauses, at the same versions, in the same order. */
export function compareClauseSets(a: ClauseSet, b: ClauseSet): Finding[] {
  const findings: Finding[] = [];
  const first = (set: ClauseSet) => {
    const map = new Map<string, ClauseMarker>();
    for (const c of set.clauses) if (!map.has(c.id)) map.set(c.id, c);
    return map;
  };
  const ma = first(a);
  const mb = first(b);
  for (const [self, other, selfMap, otherMap] of [
    [a, b, ma, mb],
    [b, a, mb, ma],
  ] as const) {
    for (const [id, marker] of selfMap) {
      const counterpart = otherMap.get(id);
      if (!counterpart) {
        findings.push(pairFinding(self.file, marker, 'warning', 'clauses.missingInCounterpart', { id, otherFile: other.file }));
      } else if ((marker.version ?? '') !== (counterpart.version ?? '')) {
        findings.push(
          pairFinding(self.file, marker, 'warning', 'clauses.versionMismatch', {
            id,
            version: marker.version ?? '?',
            otherVersion: counterpart.version ?? '?',
            otherFile: other.file,
          }),
        );
      }
    }
  }
  const commonA = [...ma.keys()].filter((id) => mb.has(id));
  const commonB = [...mb.keys()].filter((id) => ma.has(id));
  const inOrder = longestCommonSubsequence(commonA, commonB);
  for (const id of commonA) {
    if (inOrder.has(id)) continue;
    findings.push(pairFinding(a.file, ma.get(id)!, 'info', 'clauses.orderMismatch', { id, otherFile: b.file }));
    findings.push(pairFinding(b.file, mb.get(id)!, 'info', 'clauses.orderMismatch', { id, otherFile: a.file }));
  }
  return findings;
}

function pairFinding(file: string, marker: ClauseMarker, severity: Finding['severity'], messageId: string, args: Finding['args']): Finding {
  return { file, range: marker.openRange, severity, rule: PAIRING_RULE, messageId, args };
}

/** Ids that keep their relative order in both lists; the others count as moved. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Set<string> {
  const w = b.length + 1;
  const len = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
  const keep = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keep.add(a[i]);
      i++;
      j++;
    } else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) i++;
    else j++;
  }
  return keep;
}
