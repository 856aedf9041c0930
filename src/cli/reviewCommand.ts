import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from './args';
import { collectFiles } from './collectFiles';
import { formatMessage } from './cliFormat';
import { findConfigFile, loadConfigFile } from './loadConfigFile';
import { terminalSafe } from './terminalText';
import { Confinement } from './fs/confinement';
import { readRegularFile } from './fs/readRegularFile';
import { createFileFilter, createFolderFilter } from '../core/project/fileFilter';
import { planProject } from '../core/project/checkProject';
import { buildDocument } from '../core/markdown/buildDocument';
import { decodeMarkdownBytes } from '../core/text/decode';
import { reviewEdit } from '../core/review/reviewEdit';
import type { Lang } from '../core/lang';
import type { CliIo } from './main';

/**
 * `toolkit-check review FILE...`: records in each named pair's French file that it was reviewed
 * against the English as it is now (the record the editor's “Mark as reviewed” writes). Either
 * file of a pair may be named. The pairs are those a check finds, so the whole configuration's
 * folder is read to pair them. Exit 0 when every file named was recorded, 2 otherwise.
 */
export function runReview(argv: string[], io: CliIo, lang: Lang): number {
  const args = parseArgs(argv);
  lang = args.lang ?? lang;
  const say = (id: string, values: Record<string, string | number>) => formatMessage(id, values, lang);
  if (!args.paths.length) {
    io.stderr(say('reviewNoFile', {}) + '\n');
    return 2;
  }
  const targets = args.paths.map((p) => path.resolve(io.cwd, p));
  const configFile = args.config ? path.resolve(io.cwd, args.config) : findConfigFile(targets[0]);
  const allowOutside = args.allowOutside.map((p) => path.resolve(io.cwd, p));
  const { config, problems } = loadConfigFile(configFile, io.cwd, allowOutside);
  if (problems.length) {
    for (const p of problems) io.stderr(terminalSafe(`${p.file}:${p.range.start.line + 1}: ${formatMessage(p.messageId, p.args, lang)}`) + '\n');
    io.stderr(formatMessage('cliConfigInvalid', undefined, lang) + '\n');
    return 2;
  }
  const confinement = new Confinement([config.root, ...allowOutside]);
  const { files } = collectFiles([config.root], { root: config.root, isIncluded: createFileFilter(config), isIgnoredFolder: createFolderFilter(config), maxFileSize: config.maxFileSize, confinement });
  const { pairing } = planProject(files, config);
  const shown = (rel: string) => path.relative(io.cwd, path.resolve(config.root, rel)).split(path.sep).join('/');
  let failed = false;
  for (const target of targets) {
    const rel = path.relative(config.root, target).split(path.sep).join('/');
    const pair = pairing.pairs.find((p) => p.en === rel || p.fr === rel);
    if (!pair) {
      io.stderr(terminalSafe(say('reviewNotPaired', { path: shown(rel) })) + '\n');
      failed = true;
      continue;
    }
    const en = readText(path.resolve(config.root, pair.en), config.maxFileSize);
    const frPath = path.resolve(config.root, pair.fr);
    const fr = readText(frPath, config.maxFileSize);
    if (!en || !fr) {
      io.stderr(terminalSafe(say('reviewUnreadable', { path: shown(!en ? pair.en : pair.fr) })) + '\n');
      failed = true;
      continue;
    }
    const result = reviewEdit(buildDocument(pair.en, en.text, 'en'), buildDocument(pair.fr, fr.text, 'fr'), { kind: 'file' });
    if (!result.ok) {
      io.stderr(terminalSafe(say('reviewFrontMatterBroken', { path: shown(pair.fr) })) + '\n');
      failed = true;
      continue;
    }
    const { start, end, text } = result.edit;
    fs.writeFileSync(frPath, (fr.hadBom ? '\uFEFF' : '') + fr.text.slice(0, start) + text + fr.text.slice(end));
    io.stdout(terminalSafe(say('reviewRecorded', { fr: shown(pair.fr), en: shown(pair.en), count: result.entries })) + '\n');
  }
  return failed ? 2 : 0;
}

function readText(file: string, maxFileSize: number): { text: string; hadBom: boolean } | undefined {
  try {
    const read = readRegularFile(file, maxFileSize);
    if (!('bytes' in read)) return undefined;
    const decoded = decodeMarkdownBytes(read.bytes);
    return decoded.ok ? { text: decoded.text, hadBom: decoded.hadBom } : undefined;
  } catch {
    return undefined;
  }
}
