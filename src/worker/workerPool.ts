import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { EngineRequest, EngineResults, EngineSetup, WorkerMessage, WorkerReply } from './protocol';

/** Why a request did not give a result. */
/** How long a worker may take to load its dictionaries, apart from the request's budget. */
const LOADING_BUDGET_MS = 60_000;

export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'cancelled' | 'timeout' | 'crashed' | 'error',
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface PoolOptions {
  /** The bundled worker script (dist/engine-worker.js), or the TypeScript source through tsx (tests). */
  script: { file: string; execArgv: string[] };
  size: number;
  /** A request that runs longer than this is stopped: its worker is terminated and replaced. */
  budgetMs: number;
  setup: EngineSetup;
}

interface Pending<K extends EngineRequest['kind'] = EngineRequest['kind']> {
  id: number;
  request: EngineRequest & { kind: K };
  cancel: Int32Array;
  affinity?: string;
  resolve(value: EngineResults[K]): void;
  reject(error: RequestFailed): void;
  onPartial?(value: EngineResults[K]): void;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
  timer?: ReturnType<typeof setTimeout>;
  /** The key of the last request it ran (a file keeps its parsed pieces in the worker that parsed it). */
  lastAffinity?: string;
  /**
   * The one worker that runs spelling-only checks, so only it loads the dictionaries (seconds):
   * the others stay free for the first findings of the other rules.
   */
  speller: boolean;
}

/** A request that needs the dictionaries and only them: it runs on the speller's worker. */
const spellingOnly = (request: EngineRequest) => request.kind === 'check' && request.phase === 'spellerOnly';

/**
 * A few engine workers with a time budget per request. A request runs on an idle worker (the
 * one that last handled the same file when it can); past the budget its worker is terminated
 * and replaced, and the request fails with `timeout`. A worker that dies fails only its own
 * request. Cancelling asks the running check to stop at its next checkpoint.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private setupMessage: WorkerMessage;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.setupMessage = { type: 'setup', setup: options.setup };
    const size = Math.max(1, options.size);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i === size - 1));
  }

  /** New configuration or pairing: every worker (and every future one) gets it before its next request. */
  configure(setup: EngineSetup, budgetMs = this.options.budgetMs): void {
    this.setupMessage = { type: 'setup', setup };
    this.options.budgetMs = budgetMs;
    for (const slot of this.slots) slot.worker.postMessage(this.setupMessage);
  }

  /**
   * Runs a request on a worker. `onPartial` gets a check's early findings (every rule but
   * spelling) when the worker's dictionaries are still loading; the promise gives them all.
   */
  run<K extends EngineRequest['kind']>(request: EngineRequest & { kind: K }, affinity?: string, onPartial?: (value: EngineResults[K]) => void): { promise: Promise<EngineResults[K]>; cancel(): void } {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    let pending!: Pending<K>;
    const promise = new Promise<EngineResults[K]>((resolve, reject) => {
      pending = { id: this.nextId++, request, cancel, affinity, resolve, reject, onPartial };
    });
    if (this.closed) pending.reject(new RequestFailed('the engine is closed', 'cancelled'));
    else {
      this.queue.push(pending as unknown as Pending);
      this.dispatch();
    }
    return {
      promise,
      cancel: () => {
        const queued = this.queue.indexOf(pending as unknown as Pending);
        if (queued >= 0) {
          this.queue.splice(queued, 1);
          pending.reject(new RequestFailed('cancelled', 'cancelled'));
        } else Atomics.store(cancel, 0, 1);
      },
    };
  }

  /** Ends every worker; pending requests fail as cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new RequestFailed('the engine is closed', 'cancelled'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.busy?.reject(new RequestFailed('the engine is closed', 'cancelled'));
        slot.busy = undefined;
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(speller: boolean): Slot {
    // A larger young generation: parsing allocates many short-lived objects (fewer scavenges).
    const worker = new Worker(this.options.script.file, { execArgv: this.options.script.execArgv, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    const slot: Slot = { worker, speller };
    worker.unref();
    worker.postMessage(this.setupMessage);
    worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
    // A worker that dies (out of memory, a crash in a native module) fails its own request only.
    worker.on('error', (e) => this.replace(slot, new RequestFailed(`the engine worker failed: ${e.message}`, 'crashed', e.stack)));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new RequestFailed(`the engine worker stopped (exit ${code})`, 'crashed'));
    });
    return slot;
  }

  /**
   * Starts each queued request, oldest first, that has a worker for it: a spelling-only check
   * waits for the speller's worker without holding back the requests behind it; the others go
   * elsewhere when they can (the worker that last had the same file first, for its parsed pieces).
   */
  private dispatch(): void {
    for (let i = 0; i < this.queue.length; ) {
      const next = this.queue[i];
      const spelling = spellingOnly(next.request);
      const idle = this.slots.filter((s) => !s.busy && (!spelling || s.speller));
      if (!idle.length) {
        if (!this.slots.some((s) => !s.busy)) return;
        i++;
        continue;
      }
      const preferred = spelling ? idle : idle.filter((s) => !s.speller);
      const slot = preferred.find((s) => next.affinity !== undefined && s.lastAffinity === next.affinity) ?? preferred[0] ?? idle[0];
      this.queue.splice(i, 1);
      this.start(slot, next);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    slot.busy = pending;
    slot.lastAffinity = pending.affinity;
    // Until the worker says it has started (a fresh one loads the engine first), a wider limit
    // applies: a loaded machine must not turn start-up into a time-budget finding.
    slot.timer = setTimeout(() => this.replace(slot, new RequestFailed(`over the time budget of ${this.options.budgetMs} ms`, 'timeout')), this.options.budgetMs + STARTUP_ALLOWANCE_MS);
    slot.worker.postMessage({ type: 'request', id: pending.id, request: pending.request, cancel: pending.cancel.buffer as SharedArrayBuffer } satisfies WorkerMessage);
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const pending = slot.busy;
    if (!pending || pending.id !== reply.id) return;
    if (reply.type === 'started') {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = setTimeout(() => this.replace(slot, new RequestFailed(`over the time budget of ${this.options.budgetMs} ms`, 'timeout')), this.options.budgetMs);
      return;
    }
    if (reply.type === 'partial') {
      pending.onPartial?.(reply.value as never);
      return;
    }
    if (slot.timer) clearTimeout(slot.timer);
    if (reply.type === 'loading') {
      // Loading is bounded on its own; the request's budget starts again once it is done.
      slot.timer = setTimeout(() => this.replace(slot, new RequestFailed(`over the time budget of ${reply.done ? this.options.budgetMs : LOADING_BUDGET_MS} ms`, 'timeout')), reply.done ? this.options.budgetMs : LOADING_BUDGET_MS);
      return;
    }
    slot.busy = undefined;
    slot.timer = undefined;
    if (reply.type === 'result') pending.resolve(reply.value as never);
    else pending.reject(new RequestFailed(reply.message, reply.cancelled ? 'cancelled' : 'error', reply.stack));
    this.dispatch();
  }

  /** Terminates a worker whose request timed out or which died, fails that request, and starts a fresh worker. */
  private replace(slot: Slot, failure: RequestFailed): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    const pending = slot.busy;
    slot.busy = undefined;
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.spawn(slot.speller));
    pending?.reject(failure);
    this.dispatch();
  }
}

/** How long a worker may take to load the engine and its setup before its first request starts. */
const STARTUP_ALLOWANCE_MS = 60_000;

/** The bundled engine worker beside the running bundle; the TypeScript source through tsx when run from source (tests). */
export function engineWorkerScript(fromDir: string = __dirname, fromFile: string = __filename): { file: string; execArgv: string[] } {
  if (fromFile.endsWith('.ts')) return { file: path.join(path.dirname(fromFile), '..', 'worker', 'engineWorker.ts'), execArgv: ['--require', require.resolve('tsx/cjs')] };
  return { file: path.join(fromDir, 'engine-worker.js'), execArgv: [] };
}
