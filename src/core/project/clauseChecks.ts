import type { Finding, Severity } from '../findings';
import type { Lang } from '../messages/catalog';
import { checkClauseDocument, compareClauseSets, type LibraryLookup } from '../clauses/clauseDrift';
import { applyGradedSeverities } from './gradedSeverity';

/** A document as the clause checks need it; a ParsedDocument fits. */
export interface ClauseCheckInput {
  path: string;
  text: string;
  lang: Lang;
}

const MARKER_HINT = /<!--\s*\/?clause\b/;

/** Cheap test before any clause work: most Markdown files hold no clause marker. */
export function mentionsClauses(text: string): boolean {
  return MARKER_HINT.test(text);
}

/** Clause findings of a file on its own: markers, unknown clauses, newer versions, drift. */
export function clauseFindingsOfDocument(doc: ClauseCheckInput, library: LibraryLookup, severities: ReadonlyMap<string, Severity | 'off'>): Finding[] {
  if (!mentionsClauses(doc.text)) return [];
  return applyGradedSeverities(checkClauseDocument({ file: doc.path, text: doc.text, lang: doc.lang }, library).findings, severities);
}

/** Clause findings of a pair: each file's own, then the two clause sets compared. */
export function clauseFindingsOfPair(
  en: ClauseCheckInput,
  fr: ClauseCheckInput,
  library: LibraryLookup,
  severities: ReadonlyMap<string, Severity | 'off'>,
): Finding[] {
  if (!mentionsClauses(en.text) && !mentionsClauses(fr.text)) return [];
  const a = checkClauseDocument({ file: en.path, text: en.text, lang: 'en' }, library);
  const b = checkClauseDocument({ file: fr.path, text: fr.text, lang: 'fr' }, library);
  const sets = compareClauseSets({ file: en.path, clauses: a.clauses }, { file: fr.path, clauses: b.clauses });
  return applyGradedSeverities([...a.findings, ...b.findings, ...sets], severities);
}
