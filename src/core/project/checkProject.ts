import type { Finding } from '../findings';
import type { ResolvedConfig } from '../config/configTypes';
import type { ParsedDocument } from '../markdown/documentModel';
import { buildDocument } from '../markdown/buildDocument';
import { decodeMarkdownBytes } from '../text/decode';
import { pairFiles, type FilePair } from '../pairing/pairFiles';
import { checkPair } from '../parity/checkPair';
import { checkDocument } from '../parity/checkDocument';
import { languageName, type CheckOptions } from '../parity/pairContext';
import { quickFrontMatter } from './quickFrontMatter';
import type { Lang } from '../messages/catalog';

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

export function checkOptionsFrom(config: ResolvedConfig, pairKeyOf?: (path: string) => string | undefined): CheckOptions {
  return { severities: config.severities, ruleOptions: config.ruleOptions, hostPairs: config.hostPairs, sourceLanguage: config.sourceLanguage, pairKeyOf };
}

/**
 * Checks a set of files: reads them (refusing what is not UTF-8 Markdown, or too large), pairs
 * English with French, compares each pair and reports what is unpaired. Never throws on bad
 * input: every problem becomes a finding about its file.
 */
export function checkProject(files: SourceFile[], config: ResolvedConfig): ProjectResult {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  let ioError = false;
  const fileSeverity = config.severities.get('file') ?? 'error';
  const fileFinding = (path: string, messageId: string, args?: Finding['args'], line = 0, column = 0) => {
    if (fileSeverity !== 'off') findings.push({ file: path, range: { start: { line, column }, end: { line, column } }, severity: fileSeverity, rule: 'file', messageId, args });
  };
  for (const file of files) {
    if (file.readError !== undefined) {
      ioError = true;
      fileFinding(file.path, 'fileUnreadable', { reason: file.readError });
      continue;
    }
    const size = file.bytes?.length ?? file.text?.length ?? 0;
    if (size > config.maxFileSize) {
      fileFinding(file.path, 'fileTooLarge', { size, limit: config.maxFileSize });
      continue;
    }
    if (file.text !== undefined) {
      texts.set(file.path, file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
      continue;
    }
    const decoded = decodeMarkdownBytes(file.bytes ?? new Uint8Array());
    if (decoded.ok) texts.set(file.path, decoded.text);
    else {
      const p = decoded.problem;
      if (p.kind === 'binary') fileFinding(file.path, 'fileBinary', { line: p.line + 1 }, p.line);
      else if (p.kind === 'utf16') fileFinding(file.path, 'fileUtf16');
      else fileFinding(file.path, p.likelyLatin1 ? 'fileNotUtf8Latin1' : 'fileNotUtf8', { line: p.line + 1, column: p.column + 1 }, p.line, p.column);
    }
  }

  const pairing = pairFiles(
    files.map((f) => ({ path: f.path, frontMatter: texts.has(f.path) ? quickFrontMatter(texts.get(f.path)!) : undefined })),
    config.pairs,
  );
  const pairKey = new Map<string, string>();
  for (const p of pairing.pairs) {
    pairKey.set(p.en, p.en);
    pairKey.set(p.fr, p.en);
  }
  // Exact path first; an address that ends with a project path (a GitHub URL of the file) also counts.
  const pairKeyOf = (path: string) => {
    const exact = pairKey.get(path);
    if (exact !== undefined || path.startsWith('..')) return exact;
    const matches = [...pairKey.keys()].filter((p) => p.endsWith('/' + path));
    return matches.length === 1 ? pairKey.get(matches[0]) : undefined;
  };
  const options = checkOptionsFrom(config, pairKeyOf);

  const docs = new Map<string, ParsedDocument>();
  const parse = (path: string, lang: Lang): ParsedDocument | undefined => {
    const text = texts.get(path);
    if (text === undefined) return undefined;
    let doc = docs.get(path);
    if (!doc) docs.set(path, (doc = buildDocument(path, text, lang)));
    return doc;
  };

  const identicalReported = new Map<string, Set<number>>();
  for (const pair of pairing.pairs) {
    const en = parse(pair.en, 'en');
    const fr = parse(pair.fr, 'fr');
    if (!en || !fr) continue;
    const pairFindings = checkPair(en, fr, options);
    for (const f of pairFindings) {
      if (f.rule !== 'untranslated') continue;
      const doc = f.file === en.path ? en : fr;
      const set = identicalReported.get(f.file) ?? new Set<number>();
      set.add(doc.lines.offset(f.range.start));
      identicalReported.set(f.file, set);
    }
    findings.push(...pairFindings);
  }
  for (const file of files) {
    const lang = pairing.languages.get(file.path)?.lang;
    const doc = parse(file.path, lang ?? 'en');
    if (!doc) continue;
    const own = checkDocument(doc, options, identicalReported.get(file.path));
    // A file of unknown language cannot be said to hold the wrong language.
    findings.push(...(lang ? own : own.filter((f) => f.rule !== 'untranslated')));
  }

  const unpairedSeverity = config.severities.get('unpaired') ?? 'warning';
  if (unpairedSeverity !== 'off') {
    const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
    for (const u of pairing.unpaired) {
      if (!texts.has(u.path)) continue;
      findings.push({ file: u.path, range: at, severity: unpairedSeverity, rule: 'unpaired', messageId: 'unpairedFile', args: { lang: languageName(u.lang === 'en' ? 'fr' : 'en') } });
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

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
