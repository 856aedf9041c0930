import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectPlan, ProjectTask, TaskResult } from '../core/project/checkProject';
import { filesOfTask } from '../core/project/checkProject';
import { isReusableResult, taskCacheContext, taskCacheKey, type TaskResultStore } from '../core/project/taskCache';
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
  readonly note: CacheNote | undefined;
  hits = 0;

  constructor(
    readonly file: string,
    private readonly engine: string,
  ) {
    const read = readCache(file);
    this.previous = read.entries;
    this.note = read.note;
  }

  /** The store of one run, once its files are paired and its clause library loaded. */
  storeFor(plan: ProjectPlan, config: ResolvedConfig, catalogue: ClauseCatalogue | undefined): TaskResultStore {
    const context = sha256(`${this.engine}\0${taskCacheContext(plan, config, catalogue)}`);
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
    const doc: CacheDocument = { format: FORMAT, version: FORMAT_VERSION, entries: this.next };
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

function readCache(file: string): { entries: Record<string, TaskResult>; note?: CacheNote } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { entries: {} };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { entries: {}, note: 'corrupt' };
  }
  if (!doc || typeof doc !== 'object' || (doc as CacheDocument).format !== FORMAT || (doc as CacheDocument).version !== FORMAT_VERSION) return { entries: {}, note: 'foreign' };
  const entries = (doc as CacheDocument).entries;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return { entries: {}, note: 'corrupt' };
  // Every entry must look like a result; one that does not spoils the whole file.
  for (const value of Object.values(entries)) if (!looksLikeResult(value)) return { entries: {}, note: 'corrupt' };
  return { entries: Object.assign(Object.create(null), entries) as Record<string, TaskResult> };
}

function looksLikeResult(value: unknown): value is TaskResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as TaskResult;
  return Array.isArray(r.findings) && Array.isArray(r.loadProblems) && r.findings.every((f) => f && typeof f === 'object' && typeof f.file === 'string' && typeof f.rule === 'string' && typeof f.messageId === 'string' && !!f.range);
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
