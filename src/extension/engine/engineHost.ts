import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkerPool } from '../../worker/workerPool';
import type { EngineSetup } from '../../worker/protocol';

/**
 * Workers that check (at most 2: a check that is slow on a hostile file leaves the other free),
 * so the engine never runs on the extension host's own thread.
 */
const POOL_SIZE = 2;

/**
 * The engine workers of each workspace folder (its configuration and pairing are theirs), made
 * on first use and told again whenever what they were set up with changes.
 */
export class EngineHost implements vscode.Disposable {
  private readonly pools = new Map<string, { pool: WorkerPool; setup: EngineSetup }>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The folder's pool, told `setup` when it is not the one it has (callers keep one setup object per state). */
  poolFor(root: vscode.Uri, setup: EngineSetup): WorkerPool {
    const key = root.toString();
    const existing = this.pools.get(key);
    if (existing) {
      if (existing.setup !== setup) {
        existing.pool.configure(setup, setup.config.timeBudgetMs);
        existing.setup = setup;
      }
      return existing.pool;
    }
    const script = { file: path.join(this.extensionUri.fsPath, 'dist', 'engine-worker.js'), execArgv: [] };
    const pool = new WorkerPool({ script, size: POOL_SIZE, budgetMs: setup.config.timeBudgetMs, setup });
    this.pools.set(key, { pool, setup });
    return pool;
  }

  dispose(): void {
    for (const { pool } of this.pools.values()) void pool.close();
    this.pools.clear();
  }
}

