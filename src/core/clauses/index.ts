/** The clause library core: plain data in, plain data out; no editor or disk access. */
export * from './clauseTypes';
export { clauseMessages } from './clauseMessages';
export { loadClauseLibrary, type ClauseLibrary, type ClauseOverride, type LoadClauseLibraryOptions } from './loadClauseLibrary';
export { loadClauseProfiles, type ProfileSet } from './loadClauseProfiles';
export { fillClause, fillTemplate, clauseToSnippet, templateToSnippet, escapeSnippetText, effectiveValues, type FilledText, type ParameterValues } from './fillClause';
export { formatDate, formatNumber, formatParameterValue } from './formatValue';
export { findClauseMarkers, openMarker, ADAPTED, wrapInMarkers, CLOSE_MARKER, type ClauseMarker, type MarkerScan } from './clauseMarkers';
export {
  compareWithTemplate,
  checkClauseDocument,
  compareClauseSets,
  type TemplateComparison,
  type ClauseDocument,
  type ClauseSet,
  type DocumentClauseCheck,
  type LibraryLookup,
} from './clauseDrift';
export { diffAgainstTemplate, renderDiff, renderDiffExcerpt, countChanges, type DiffOp } from './wordDiff';
export { compareVersions } from './semver';
export { assemblePolicy, resolveProfileClauses, answerTextProblem, type AssembleOptions, type AssembledFile, type AssembledPolicy } from './assemblePolicy';
export { findPlaceholders, placeholderNames, PLACEHOLDER_PATTERN } from './placeholders';
export {
  loadSourceRegistry,
  sourceCoverage,
  isClauseFilePath,
  SOURCES_FILE,
  type SourceRegistry,
  type SourceEntry,
  type SourceCollection,
  type CoverageRow,
} from './clauseSources';
export { describeClause } from './describeClause';
export { loadClauseCatalogue, type ClauseCatalogue, type ClauseFolderRead, type LoadCatalogueOptions } from './clauseCatalogue';
export { answersFromPolicy, POLICY_PARAMETERS } from './policyAnswers';
export { clauseInsertionSnippet } from './clauseInsertion';
export { clauseExcerpt } from './clauseExcerpt';
export { categoryName, sortCategories } from './clauseCategories';
export { essentialQuestions, questionDefaults, assemblyOutcome, type AssemblyOutcome } from './policyQuestions';
export { answerProblem, parseNumberAnswer, isCalendarDate, type AnswerProblem } from './answerProblem';
