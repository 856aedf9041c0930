/**
 * Everything the editor extension uses from the engine, bundled apart (dist/engine.js) and
 * loaded on first use, so that activating the extension costs almost nothing.
 */
export { parseConfigText, resolveConfig, schemaProblems, dropInvalid, locateJsonKey, type ConfigProblem, type SchemaProblem } from './config/loadConfig';
export { MIRRORED_SETTINGS } from './config/settingsKeys';
export { confinePath } from './config/confinePath';
export { MAX_PAIRS_FILE_SIZE } from './config/configBounds';
export { CONFIG_FILE_NAME, DEFAULT_INCLUDE, DEFAULT_IGNORE, type ResolvedConfig, type ToolkitConfigFile, type PolicyAnswers } from './config/configTypes';
export { pairFiles, type FilePair, type PairingResult } from './pairing/pairFiles';
export { fileLanguage } from './pairing/fileLanguage';
export { contentFingerprint, type Fingerprint } from './pairing/fingerprint';
export { translationKeyEdits } from './pairing/translationKeyEdit';
export { pairKeyLookup } from './pairing/pairKeyLookup';
export { pairingSiteRoutes, type SiteRoutes } from './links/siteRoutes';
export { quickFrontMatter } from './project/quickFrontMatter';
export { createFileFilter, isInHiddenFolder } from './project/fileFilter';
export { parseProjectWords, projectWordAddition, wordsFileOf } from './spelling/projectWords';
export { checkOptionsFrom, checkPairTask, spellingEnabled, projectTasks, filesOfTask, projectFindings, type ProjectTask, type TaskResult, type SourceFile } from './project/checkProject';
export { failedTaskResult, withEarlyFindings } from './project/failedTask';
export { readErrorReason, type LoadProblem } from './project/loadSource';
export { applyGradedSeverities } from './project/gradedSeverity';
export { mentionsClauses } from './clauses/clauseMention';
export type { Finding, Severity } from './findings';
export { buildDocument } from './markdown/buildDocument';
export { ParseCache } from './markdown/parseMarkdown';
export type { ParsedDocument } from './markdown/documentModel';
export { decodeMarkdownBytes } from './text/decode';
export { languageFromLocale, type Lang } from './messages/catalog';
export { formatMessage } from './messages/format';
export { alignDocuments } from './align/alignDocuments';
export { counterpartLocation } from './navigation/counterpartLocation';
export { counterpartSkeleton, counterpartPath, TO_TRANSLATE } from './skeleton/counterpartSkeleton';
export { RULE_INFOS, FIX_ALL_RULE_IDS } from './rules/registry';
export { chooseFixes } from './fix/chooseFixes';
export * as templates from './templates/index';
export * as clauses from './clauses/index';
export { CLAUSE_LIBRARY } from './clauses/clauseLibrarySpec';
export { configFileOf, type LibraryFolder, type LibrarySpec } from './libraries/librarySpec';
export { reviewEdit, type ReviewScope, type ReviewEditResult } from './review/reviewEdit';
export { reviewKeyAt } from './review/reviewKeyAt';
export * as checklists from './checklists/index';
export { alignedRows, type AlignedReview, type AlignedRow, type RowStatus } from './review/alignedRows';
export { buildDashboard, type Dashboard, type DashboardPair } from './report/dashboard';
export { chapterChart } from './report/chapterChart';
export { escapeHtml } from './text/escapeHtml';
export * as xliff from './xliff/index';
