// An engine worker thread: the parsers and rules run here, never on the thread of the editor or
// of the command line's main loop, so a hostile file cannot freeze them and a check that runs
// over its time budget can be stopped by terminating the worker.
import { parentPort } from 'node:worker_threads';
import { loadClauseCatalogue } from '../core/clauses/clauseCatalogue';
import { pairKeyLookup } from '../core/pairing/pairKeyLookup';
import { checkOptionsFrom, checkPairTask, type SourceFile, type TaskResult } from '../core/project/checkProject';
import type { CheckOptions } from '../core/parity/pairContext';
import { loadSource } from '../core/project/loadSource';
import { CheckCancelled } from '../core/project/checkControl';
import { buildDocument } from '../core/markdown/buildDocument';
import { ParseCache } from '../core/markdown/parseMarkdown';
import { counterpartLocation } from '../core/navigation/counterpartLocation';
import { counterpartSkeleton } from '../core/skeleton/counterpartSkeleton';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { EngineRequest, EngineSetup, WorkerMessage, WorkerReply } from './protocol';
import { readClauseFolders } from '../cli/readClauseFolders';
import { lazySpeller } from '../speller/lazySpeller';

/** An edit re-parses pieces of about this size (editor), rather than the whole file. */
const EDITOR_CHUNK_SIZE = 4000;
/** Parsed pieces are kept for this many files (the open ones and their counterparts). */
const CACHED_FILES = 64;


let config: ResolvedConfig | undefined;
let options: CheckOptions | undefined;
let incremental = false;
const pieces = new Map<string, ParseCache>();

function setup(s: EngineSetup): void {
  config = s.config;
  incremental = s.incremental === true;
  const catalogue = s.clauses === 'disk' ? loadClauseCatalogue(readClauseFolders(s.config), { configFile: s.config.file }) : s.clauses ? loadClauseCatalogue(s.clauses, { configFile: s.config.file }) : undefined;
  // The shipped dictionaries load once per worker whatever the setups that follow; the
  // workspace's cspell configuration is read afresh after each (a configuration edit).
  const speller = lazySpeller({ root: s.config.root, projectWords: s.projectWords?.words, problems: s.projectWords?.problems, fresh: true });
  options = { ...checkOptionsFrom(s.config, pairKeyLookup(s.pairs), catalogue?.library, s.siteRoutes), speller };
  // No loading here: building the dictionaries keeps this thread busy for seconds, and the first
  // check's other rules must run before that (see handle).
}

function parseOptionsOf(path: string) {
  if (!incremental) return undefined;
  let cache = pieces.get(path);
  if (!cache) {
    pieces.set(path, (cache = new ParseCache()));
    if (pieces.size > CACHED_FILES) pieces.delete(pieces.keys().next().value!);
  }
  return { chunkSize: EDITOR_CHUNK_SIZE, cache };
}

let dictionariesLoaded = false;

/**
 * Loads the dictionaries before the first check that needs them, telling the pool, so that the
 * seconds this takes once per worker do not count against the first pair's time budget.
 */
async function loadDictionaries(id: number): Promise<void> {
  if (dictionariesLoaded || !options?.speller || !options.rules.enabled('spelling')) return;
  port.postMessage({ type: 'loading', id, done: false } satisfies WorkerReply);
  try {
    await Promise.all([options.speller.forLanguage('en'), options.speller.forLanguage('fr')]);
  } catch {
    // The spelling rule meets the same failure on each pair, which reports it.
  } finally {
    dictionariesLoaded = true;
    port.postMessage({ type: 'loading', id, done: true } satisfies WorkerReply);
  }
}

async function handle(request: EngineRequest, cancel: Int32Array, id: number): Promise<unknown> {
  if (!config || !options) throw new Error('engine worker used before setup');
  const control = { checkpoint: () => {
    if (Atomics.load(cancel, 0) !== 0) throw new CheckCancelled('cancelled');
  } };
  if (request.kind === 'check') {
    const byPath = new Map<string, SourceFile>(request.sources.map((s) => [s.path, s]));
    const inputs = { sourceOf: (p: string) => byPath.get(p), maxFileSize: config.maxFileSize, parseOptionsOf };
    if (request.phase === 'withoutSpeller') return checkPairTask(request.task, inputs, { ...options, phase: 'withoutSpeller' }, control);
    if (request.phase === 'spellerOnly') {
      await loadDictionaries(id);
      return checkPairTask(request.task, inputs, { ...options, phase: 'spellerOnly' }, control);
    }
    if (dictionariesLoaded || !options.rules.enabled('spelling')) return checkPairTask(request.task, inputs, options, control);
    // The dictionaries are still loading (seconds, once): the other rules' findings go out now,
    // spelling's follow with the result.
    const first = await checkPairTask(request.task, inputs, { ...options, phase: 'withoutSpeller' }, control);
    port.postMessage({ type: 'partial', id, value: first } satisfies WorkerReply);
    await loadDictionaries(id);
    const spelling = await checkPairTask(request.task, inputs, { ...options, phase: 'spellerOnly' }, control);
    return { findings: [...first.findings, ...spelling.findings], loadProblems: first.loadProblems } satisfies TaskResult;
  }
  const parse = (file: SourceFile, lang: 'en' | 'fr') => {
    const loaded = loadSource(file, config!.maxFileSize);
    return 'text' in loaded ? buildDocument(file.path, loaded.text, lang, parseOptionsOf(file.path)) : loaded.problem;
  };
  if (request.kind === 'skeleton') {
    const doc = parse(request.source, request.from);
    if (!('blocks' in doc)) return { problem: doc };
    return { text: counterpartSkeleton(doc, request.from === 'en' ? 'fr' : 'en'), hasTranslationKey: doc.frontMatter?.data.translationKey !== undefined };
  }
  const en = parse(request.en, 'en');
  const fr = parse(request.fr, 'fr');
  if (!('blocks' in en) || !('blocks' in fr)) return undefined;
  const [from, to] = request.from === 'en' ? [en, fr] : [fr, en];
  let line = request.line;
  if (request.sectionOnly) {
    // The heading of the section the cursor is in stands for the section.
    const section = [...from.sections].reverse().find((s) => s.heading && s.heading.range.start.line <= line);
    line = section?.heading?.range.start.line ?? 0;
  }
  return counterpartLocation(from, to, line, undefined, config.hostPairs);
}

const port = parentPort!;
port.on('message', (message: WorkerMessage) => {
  if (message.type === 'setup') {
    setup(message.setup);
    return;
  }
  const { id } = message;
  // The budget counts from here: loading the engine and its setup are not the request's time.
  port.postMessage({ type: 'started', id } satisfies WorkerReply);
  handle(message.request, new Int32Array(message.cancel), id).then(
    (value) => port.postMessage({ type: 'result', id, value } satisfies WorkerReply),
    (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ type: 'error', id, message: error.message, stack: error.stack, cancelled: e instanceof CheckCancelled } satisfies WorkerReply);
    },
  );
});
