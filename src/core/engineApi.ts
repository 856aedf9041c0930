/**
 * Everything the editor extension uses from the engine, bundled apart (dist/engine.js) and
 * loaded on first use, so that activating the extension costs almost nothing.
 */
export { parseConfigText, resolveConfig, type ConfigProblem } from './config/loadConfig';
export { CONFIG_FILE_NAME, DEFAULT_INCLUDE, DEFAULT_IGNORE, type ResolvedConfig, type ToolkitConfigFile, type PolicyAnswers } from './config/configTypes';
export { pairFiles, type FilePair, type PairingResult } from './pairing/pairFiles';
export { fileLanguage } from './pairing/fileLanguage';
export { pairKeyLookup } from './pairing/pairKeyLookup';
export { quickFrontMatter } from './project/quickFrontMatter';
export { createFileFilter, isInHiddenFolder } from './project/fileFilter';
export { checkParsedPair, checkSingleDocument, checkOptionsFrom, unpairedFinding } from './project/checkProject';
export { applyGradedSeverities } from './project/gradedSeverity';
export { mentionsClauses } from './project/clauseChecks';
export { decodeProblemFinding, fileFinding } from './project/fileFindings';
export type { Finding, Severity } from './findings';
export { buildDocument } from './markdown/buildDocument';
export { ParseCache } from './markdown/parseMarkdown';
export type { ParsedDocument } from './markdown/documentModel';
export { decodeMarkdownBytes } from './text/decode';
export { formatMessage, languageFromLocale, type Lang } from './messages/catalog';
export { alignDocuments } from './align/alignDocuments';
export { counterpartLocation } from './navigation/counterpartLocation';
export { counterpartSkeleton, counterpartPath, TO_TRANSLATE } from './skeleton/counterpartSkeleton';
export { PARITY_RULES } from './parity/ruleCatalog';
export * as templates from './templates/index';
export * as clauses from './clauses/index';
import './parity/parityMessages';
import './config/configMessages';
