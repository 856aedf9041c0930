import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrontMatterReader, ProjectPlan, ProjectTask, TaskResult } from '../core/project/checkProject';
import { filesOfTask } from '../core/project/checkProject';
import { isReusableFrontMatter, isReusableResult, taskCacheContext, taskCacheKey, type TaskResultStore } from '../core/project/taskCache';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { ClauseCatalogue } from '../core/clauses/clauseCatalogue';

/** Named like other linters' caches (.eslintcache, .cspellcache), in the configuration's folder. */
export const CACHE_FILE_NAME = '.toolkit-checkcache';
const FORMAT = 'toolkit-check-cache';
const FORMAT_VERSION = 1;

/** Why an existing cache file was not used (told to the user, never trusted). */
export type CacheNote = 'corrupt' | 'foreign';

interface CacheDocument {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** Results by key: sha-256 of the engine, the task's context, the task and its texts. */
  entries: Record<string, TaskResult>;
  /** Front matter data read for pairing, by sha-256 of the engine and the file's text (null: none). */
  frontMatter: Record<string, Record<string, unknown> | null>;
}

/**
 * The `--cache` store: task results of the last run, keyed by the engine (its version and the
 * bytes of the running bundle), the configuration, the pairing and clause library
 * (taskCacheContext), the task and the sha-256 of each of its texts. Only the entries this run
 * used are written back, so the file never grows past one run's worth.
 */
export class TaskCacheFile {
  private readonly previous: Record<string, TaskResult>;
  private readonly next: Record<string, TaskResult> = {};
  private readonly previousFrontMatter: CacheDocument['frontMatter'];
  private readonly nextFrontMatter: CacheDocument['frontMatter'] = {};
  readonly note: CacheNote | undefined;
  hits = 0;

  constructor(
    readonly file: string,
    private readonly engine: string,
  ) {
    const read = readCache(file);
    this.previous = read.entries;
    this.previousFrontMatter = read.frontMatter;
    this.note = read.note;
  }

  /** quickFrontMatter, remembered per text: a re-run pairs the files without parsing their YAML again. */
  frontMatterReader(read: FrontMatterReader): FrontMatterReader {
    return (text) => {
      const key = sha256(`${this.engine}\0${text}`);
      if (Object.hasOwn(this.previousFrontMatter, key)) {
        const data = this.previousFrontMatter[key];
        this.nextFrontMatter[key] = data;
        return data ?? undefined;
      }
      const data = read(text);
      if (isReusableFrontMatter(data)) this.nextFrontMatter[key] = data ?? null;
      return data;
    };
  }

  /** The store of one run, once its files are paired and its clause library loaded. */
  /** `extra`: what else the findings depend on (the spelling inputs, see spellingCacheContext). */
  storeFor(plan: ProjectPlan, config: ResolvedConfig, catalogue: ClauseCatalogue | undefined, extra = ''): TaskResultStore {
    const context = sha256(`${this.engine}\0${taskCacheContext(plan, config, catalogue)}\0${extra}`);
    // Texts are hashed when a task is asked about (the plan lets a task's texts go once it ran).
    const keys = new Map<string, string | undefined>();
    const keyOf = (task: ProjectTask) => {
      const name = taskCacheKey(task);
      if (!keys.has(name)) {
        const texts = filesOfTask(task).map((p) => plan.texts.get(p));
        keys.set(name, texts.some((t) => t === undefined) ? undefined : sha256([context, name, ...texts.map((t) => sha256(t!))].join('\0')));
      }
      return keys.get(name);
    };
    return {
      get: (task) => {
        const key = keyOf(task);
        const hit = key === undefined ? undefined : Object.hasOwn(this.previous, key) ? this.previous[key] : undefined;
        if (hit && key) {
          this.next[key] = hit;
          this.hits++;
        }
        return hit;
      },
      set: (task, result) => {
        const key = keyOf(task);
        if (key !== undefined && isReusableResult(result)) this.next[key] = result;
      },
    };
  }

  /** Writes this run's entries (through a temporary file, so a stopped run never leaves half a cache). */
  save(): void {
    const doc: CacheDocument = { format: FORMAT, version: FORMAT_VERSION, entries: this.next, frontMatter: this.nextFrontMatter };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify(doc));
      fs.renameSync(tmp, this.file);
    } catch {
      // A cache that cannot be written only makes the next run slower.
      fs.rmSync(tmp, { force: true });
    }
  }
}

/** The engine's identity: its version and the bytes of the running code, so a rebuilt engine never reuses old results. */
export function engineIdentity(version: string, codeFile: string | undefined): string {
  let code = '';
  try {
    if (codeFile) code = sha256(fs.readFileSync(codeFile));
  } catch {
    code = 'unreadable';
  }
  return `${version}\0${code}`;
}

export function cacheFilePath(root: string): string {
  return path.join(root, CACHE_FILE_NAME);
}

type ReadCache = Pick<CacheDocument, 'entries' | 'frontMatter'> & { note?: CacheNote };

function readCache(file: string): ReadCache {
  const empty = (note?: CacheNote): ReadCache => ({ entries: {}, frontMatter: {}, ...(note ? { note } : {}) });
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return empty();
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return empty('corrupt');
  }
  if (!doc || typeof doc !== 'object' || (doc as CacheDocument).format !== FORMAT || (doc as CacheDocument).version !== FORMAT_VERSION) return empty('foreign');
  const { entries, frontMatter } = doc as CacheDocument;
  if (!isRecord(entries) || !isRecord(frontMatter)) return empty('corrupt');
  // Every entry must look like a result; one that does not spoils the whole file.
  for (const value of Object.values(entries)) if (!looksLikeResult(value)) return empty('corrupt');
  for (const value of Object.values(frontMatter)) if (value !== null && !isRecord(value)) return empty('corrupt');
  return { entries: Object.assign(Object.create(null), entries) as CacheDocument['entries'], frontMatter: Object.assign(Object.create(null), frontMatter) as CacheDocument['frontMatter'] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function looksLikeResult(value: unknown): value is TaskResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as TaskResult;
  return Array.isArray(r.findings) && Array.isArray(r.loadProblems) && r.findings.every((f) => f && typeof f === 'object' && typeof f.file === 'string' && typeof f.rule === 'string' && typeof f.messageId === 'string' && !!f.range);
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
