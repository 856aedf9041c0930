import type { Finding, Severity } from '../findings';
import { decodeProblemFinding, fileFinding } from './fileFindings';
import type { ResolvedConfig } from '../config/configTypes';
import type { ParsedDocument } from '../markdown/documentModel';
import { buildDocument } from '../markdown/buildDocument';
import { decodeMarkdownBytes } from '../text/decode';
import { pairFiles, type FilePair } from '../pairing/pairFiles';
import { pairKeyLookup } from '../pairing/pairKeyLookup';
import { checkPair } from '../parity/checkPair';
import { checkDocument } from '../parity/checkDocument';
import { languageName, type CheckOptions } from '../parity/pairContext';
import { quickFrontMatter } from './quickFrontMatter';
import type { Lang } from '../messages/catalog';
import type { LibraryLookup } from '../clauses/clauseDrift';
import type { ClauseCatalogue } from '../clauses/clauseCatalogue';
import { clauseFindingsOfDocument, clauseFindingsOfPair, mentionsClauses } from './clauseChecks';
import { applyGradedSeverities } from './gradedSeverity';

/** One file handed to the engine: its bytes or text, or why it could not be read. */
export interface SourceFile {
  /** Path relative to the configuration root, with `/`. */
  path: string;
  bytes?: Uint8Array;
  text?: string;
  /** Set when the file could not be read at all (permissions, a folder, a vanished file). */
  readError?: string;
}

export interface ProjectResult {
  files: number;
  pairs: FilePair[];
  unpaired: string[];
  undetermined: string[];
  findings: Finding[];
  /** Some file could not be read (an I/O error rather than a finding about content). */
  ioError: boolean;
}

export function checkOptionsFrom(config: ResolvedConfig, pairKeyOf?: (path: string) => string | undefined, clauses?: LibraryLookup): CheckOptions {
  return { severities: config.severities, ruleOptions: config.ruleOptions, hostPairs: config.hostPairs, sourceLanguage: config.sourceLanguage, pairKeyOf, clauses };
}

export interface ProjectOptions {
  /**
   * The clause library (ours and the configured clauseFolders), loaded only when needed: a
   * file holds a clause marker, or the configuration names clause folders to check.
   */
  clauses?: () => ClauseCatalogue;
}

/**
 * Checks a set of files: reads them (refusing what is not UTF-8 Markdown, or too large), pairs
 * English with French, compares each pair and reports what is unpaired. Never throws on bad
 * input: every problem becomes a finding about its file.
 */
export function checkProject(files: SourceFile[], config: ResolvedConfig, projectOptions: ProjectOptions = {}): ProjectResult {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  let ioError = false;
  const fileSeverity = config.severities.get('file') ?? 'error';
  const report = (finding: Finding) => fileSeverity !== 'off' && findings.push(finding);
  for (const file of files) {
    if (file.readError !== undefined) {
      ioError = true;
      report(fileFinding(file.path, 'fileUnreadable', { reason: file.readError }, fileSeverity as Severity));
      continue;
    }
    const size = file.bytes?.length ?? file.text?.length ?? 0;
    if (size > config.maxFileSize) {
      report(fileFinding(file.path, 'fileTooLarge', { size, limit: config.maxFileSize }, fileSeverity as Severity));
      continue;
    }
    if (file.text !== undefined) {
      texts.set(file.path, file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
      continue;
    }
    const decoded = decodeMarkdownBytes(file.bytes ?? new Uint8Array());
    if (decoded.ok) texts.set(file.path, decoded.text);
    else report(decodeProblemFinding(file.path, decoded.problem, fileSeverity as Severity));
  }

  const pairing = pairFiles(
    files.map((f) => ({ path: f.path, frontMatter: texts.has(f.path) ? quickFrontMatter(texts.get(f.path)!) : undefined })),
    config.pairs,
  );
  const pairKeyOf = pairKeyLookup(pairing.pairs);
  const wantsClauses = config.clauseFolders.length > 0 || [...texts.values()].some(mentionsClauses);
  const catalogue = wantsClauses ? projectOptions.clauses?.() : undefined;
  if (catalogue) findings.push(...applyGradedSeverities(catalogue.problems, config.severities));
  const options = checkOptionsFrom(config, pairKeyOf, catalogue?.library);

  const docs = new Map<string, ParsedDocument>();
  const parse = (path: string, lang: Lang): ParsedDocument | undefined => {
    const text = texts.get(path);
    if (text === undefined) return undefined;
    let doc = docs.get(path);
    if (!doc) docs.set(path, (doc = buildDocument(path, text, lang)));
    return doc;
  };

  for (const pair of pairing.pairs) {
    const en = parse(pair.en, 'en');
    const fr = parse(pair.fr, 'fr');
    if (en && fr) findings.push(...checkParsedPair(en, fr, options));
  }
  const paired = new Set(pairing.pairs.flatMap((p) => [p.en, p.fr]));
  for (const file of files) {
    if (paired.has(file.path) && docs.has(file.path)) continue;
    const lang = pairing.languages.get(file.path)?.lang;
    const doc = parse(file.path, lang ?? 'en');
    if (doc) findings.push(...checkSingleDocument(doc, options, lang !== undefined));
  }

  const unpairedSeverity = config.severities.get('unpaired') ?? 'warning';
  if (unpairedSeverity !== 'off') {
    const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
    for (const u of pairing.unpaired) {
      if (texts.has(u.path)) findings.push(unpairedFinding(u.path, u.lang, unpairedSeverity));
    }
    for (const d of pairing.duplicateKeys) {
      findings.push({ file: d.path, range: at, severity: unpairedSeverity, rule: 'unpaired', messageId: 'duplicateTranslationKey', args: { key: d.key, other: d.other } });
    }
    for (const m of pairing.missingMapEntries) {
      findings.push({ file: config.file ? configRelative(config) : m.en, range: at, severity: unpairedSeverity, rule: 'unpaired', messageId: 'mapEntryMissing', args: { en: m.en, fr: m.fr, missing: m.missing.join(', ') } });
    }
  }

  findings.sort(compareFindings);
  return {
    files: files.length,
    pairs: pairing.pairs,
    unpaired: pairing.unpaired.map((u) => u.path),
    undetermined: pairing.undetermined,
    findings,
    ioError,
  };
}

function configRelative(config: ResolvedConfig): string {
  const file = config.file!.replace(/\\/g, '/');
  const root = config.root.replace(/\\/g, '/').replace(/\/$/, '');
  return file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}

/** The finding on a file in a known language that has no counterpart. */
export function unpairedFinding(path: string, lang: Lang, severity: Finding['severity']): Finding {
  const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return { file: path, range: at, severity, rule: 'unpaired', messageId: 'unpairedFile', args: { lang: languageName(lang === 'en' ? 'fr' : 'en') } };
}

/**
 * Everything about one parsed pair: the parity rules, then each file on its own (front matter,
 * passages in the wrong language), without reporting a passage twice as untranslated.
 */
export function checkParsedPair(en: ParsedDocument, fr: ParsedDocument, options: CheckOptions): Finding[] {
  const findings = checkPair(en, fr, options);
  if (options.clauses) findings.push(...clauseFindingsOfPair(en, fr, options.clauses, options.severities));
  const reported = new Map<string, Set<number>>();
  for (const f of findings) {
    if (f.rule !== 'untranslated') continue;
    const doc = f.file === en.path ? en : fr;
    const set = reported.get(f.file) ?? new Set<number>();
    set.add(doc.lines.offset(f.range.start));
    reported.set(f.file, set);
  }
  findings.push(...checkDocument(en, options, reported.get(en.path)), ...checkDocument(fr, options, reported.get(fr.path)));
  return findings;
}

/** A file with no counterpart: its own checks; language checks only when its language is known. */
export function checkSingleDocument(doc: ParsedDocument, options: CheckOptions, languageKnown: boolean): Finding[] {
  const own = checkDocument(doc, options);
  // Without a known language, a clause cannot be compared with its template's text either.
  if (options.clauses && languageKnown) own.push(...clauseFindingsOfDocument(doc, options.clauses, options.severities));
  return languageKnown ? own : own.filter((f) => f.rule !== 'untranslated');
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
