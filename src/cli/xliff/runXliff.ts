import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../core/markdown/buildDocument';
import type { ParsedDocument } from '../../core/markdown/documentModel';
import type { Lang } from '../../core/messages/catalog';
import { folderCounterparts, suffixCounterparts } from '../../core/pairing/fileLanguage';
import { applyXliff, readXliff, reviewedUnits, unitNotes, unwritableIn12, writeXliff, writeXliff12, xliffUnits, type UnitFinding, type XliffProblem } from '../../core/xliff';
import { formatMessage } from '../cliFormat';
import { terminalSafe } from '../terminalText';
import type { CliIo } from '../main';
import type { XliffArgs } from './xliffArgs';
import type { OutputDiagnostic } from '../report';

/** What runXliff needs of the main command: checking the pair after an import, and its findings for the notes of an export. */
export interface PairChecker {
  check(paths: string[]): Promise<number>;
  findings(paths: string[]): Promise<OutputDiagnostic[]>;
  /** The pairs the project's pairing finds from the working folder (translation keys, maps, content). */
  pairs(): Promise<Array<{ en: string; fr: string }>>;
}

class Stop extends Error {
  constructor(readonly messageId: string, readonly args: Record<string, string | number> = {}) {
    super(messageId);
  }
}

/**
 * `toolkit-check xliff export|import`. Exit 0 done, 2 refused (bad XLIFF, units that are not the
 * pair's, an overwrite without --write, unreadable files): nothing is written then. After an
 * import the pair is checked like `toolkit-check EN FR`, whose exit code (0 or 1) is returned.
 */
export async function runXliff(args: XliffArgs, io: CliIo, lang: Lang, checker: PairChecker): Promise<number> {
  const say = (id: string, a?: Record<string, string | number>) => io.stderr(terminalSafe(formatMessage(id, a, lang)) + '\n');
  try {
    return args.command === 'export' ? await exportPair(args, io, say, lang, checker) : await importPair(args, io, say, lang, checker);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    say(e.messageId, e.args);
    return 2;
  }
}

type Say = (id: string, a?: Record<string, string | number>) => void;

async function exportPair(args: Extract<XliffArgs, { command: 'export' }>, io: CliIo, say: Say, lang: Lang, checker: PairChecker): Promise<number> {
  const v12 = args.version === '1.2';
  if (args.version !== '2.1' && args.version !== '2' && !v12) throw new Stop('xliffCliVersion', { version: args.version });
  const enAbs = path.resolve(io.cwd, args.en);
  const en = parse(enAbs, readText(enAbs, io)!, 'en', io);
  const frAbs = args.fr ? path.resolve(io.cwd, args.fr) : (counterpart(enAbs, true) ?? (await pairedWith(checker, io, enAbs)) ?? counterpart(enAbs, false));
  if (!frAbs) throw new Stop('xliffCliNoCounterpart', { path: shown(enAbs, io) });
  const frText = fs.existsSync(frAbs) ? readText(frAbs, io) : undefined;
  const fr = frText === undefined ? undefined : parse(frAbs, frText, 'fr', io);
  const units = xliffUnits(en, fr);
  const unwritable = v12 ? unwritableIn12(units) : undefined;
  if (unwritable) throw problemStop(unwritable, lang);
  const outAbs = args.out ? path.resolve(io.cwd, args.out) : undefined;
  // Paths are written relative to the XLIFF file, so the pair and its XLIFF can move together.
  const base = outAbs ? path.dirname(outAbs) : io.cwd;
  const notes = fr ? unitNotes(units, await pairFindings(checker, io, lang, en, enAbs, fr, frAbs)) : undefined;
  const reviewed = fr ? reviewedUnits(en, fr, units) : undefined;
  const xliff = { enPath: relative(base, enAbs), frPath: relative(base, frAbs), srcLang: 'en', trgLang: 'fr', units, notes, reviewed };
  const xml = v12 ? writeXliff12(xliff) : writeXliff(xliff);
  if (!outAbs) {
    io.stdout(xml);
    return 0;
  }
  try {
    fs.writeFileSync(outAbs, xml);
  } catch {
    throw new Stop('xliffCliUnreadable', { path: shown(outAbs, io) });
  }
  say('xliffCliExported', { units: units.length, translated: units.filter((u) => u.target).length, path: shown(outAbs, io) });
  return 0;
}

async function importPair(args: Extract<XliffArgs, { command: 'import' }>, io: CliIo, say: Say, lang: Lang, checker: PairChecker): Promise<number> {
  const xlfAbs = path.resolve(io.cwd, args.file);
  const read = readXliff(readText(xlfAbs, io)!);
  if (!read.ok) throw problemStop(read.problem, lang);
  if (!read.xliff.frPath) throw new Stop('xliffCliNoTarget');
  const base = path.dirname(xlfAbs);
  const enAbs = path.resolve(base, read.xliff.enPath);
  const frAbs = path.resolve(base, read.xliff.frPath);
  // The XLIFF comes back from outside: it may only name Markdown files under the folder the command runs in.
  for (const abs of [enAbs, frAbs]) if (!inside(io.cwd, abs) || !/\.(md|markdown|mdx)$/i.test(abs)) throw new Stop('xliffCliOutside', { path: abs });
  const enText = readText(enAbs, io)!;
  const frText = fs.existsSync(frAbs) ? readText(frAbs, io) : undefined;
  const units = xliffUnits(parse(enAbs, enText, 'en', io), frText === undefined ? undefined : parse(frAbs, frText, 'fr', io));
  const result = applyXliff(read.xliff, units, enText, frText);
  if (!result.ok) {
    for (const p of result.problems.slice(0, -1)) say('xliffCliUsage', { message: formatMessage(p.messageId, p.args, lang) });
    throw problemStop(result.problems[result.problems.length - 1], lang);
  }
  for (const w of result.warnings) say('xliffCliWarning', { message: formatMessage(w.messageId, w.args, lang) });
  if (result.text === frText) {
    say('xliffCliUnchanged', { path: shown(frAbs, io) });
    return 0;
  }
  if (frText !== undefined && !args.write) throw new Stop('xliffCliNeedsWrite', { path: shown(frAbs, io) });
  try {
    fs.mkdirSync(path.dirname(frAbs), { recursive: true });
    fs.writeFileSync(frAbs, result.text);
  } catch {
    throw new Stop('xliffCliUnreadable', { path: shown(frAbs, io) });
  }
  say('xliffCliWritten', { path: shown(frAbs, io) });
  return checker.check([enAbs, frAbs]);
}

/** The pair's findings as the main command words them, placed by offset in either file (the notes of the units). */
async function pairFindings(checker: PairChecker, io: CliIo, lang: Lang, en: ParsedDocument, enAbs: string, fr: ParsedDocument, frAbs: string): Promise<UnitFinding[]> {
  const out: UnitFinding[] = [];
  for (const d of await checker.findings([enAbs, frAbs])) {
    const abs = path.resolve(io.cwd, d.file);
    const doc = abs === enAbs ? en : abs === frAbs ? fr : undefined;
    if (!doc) continue;
    out.push({ side: doc === en ? 'en' : 'fr', offset: doc.lines.offset({ line: d.line - 1, column: d.column - 1 }), text: `${formatMessage(SEVERITY[d.severity], undefined, lang)} ${d.rule}: ${d.message}` });
  }
  return out;
}

const SEVERITY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

function problemStop(p: XliffProblem, lang: Lang): Stop {
  return new Stop('xliffCliError', { message: formatMessage(p.messageId, p.args, lang) });
}

function readText(abs: string, io: CliIo): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    throw new Stop('xliffCliUnreadable', { path: shown(abs, io) });
  }
}

function parse(abs: string, text: string, lang: Lang, io: CliIo): ParsedDocument {
  try {
    return buildDocument(abs, text, lang);
  } catch (e) {
    throw new Stop('xliffCliTooComplex', { path: shown(abs, io), reason: (e as Error).message });
  }
}

/** The French file by the naming conventions (`a.en.md` → `a.fr.md`, `en/a.md` → `fr/a.md`): the first that exists, or (not `existing`) the first name, for a new file. */
function counterpart(enAbs: string, existing: boolean): string | undefined {
  const posix = enAbs.split(path.sep).join('/');
  const names = [...suffixCounterparts(posix, 'fr'), ...folderCounterparts(posix, 'fr')];
  return names.find((n) => fs.existsSync(n)) ?? (existing ? undefined : names[0]);
}

/** The counterpart the project's own pairing gives (a translated file name found by its translation key or content). */
async function pairedWith(checker: PairChecker, io: CliIo, enAbs: string): Promise<string | undefined> {
  const pair = (await checker.pairs()).find((p) => path.resolve(io.cwd, p.en) === enAbs);
  return pair && path.resolve(io.cwd, pair.fr);
}

function inside(folder: string, abs: string): boolean {
  const rel = path.relative(folder, abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const relative = (from: string, to: string) => path.relative(from, to).split(path.sep).join('/');
const shown = (abs: string, io: CliIo) => relative(io.cwd, abs) || abs;
