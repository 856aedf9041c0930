import { availableParallelism } from 'node:os';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { ClauseCatalogue } from '../core/clauses/clauseCatalogue';
import {
  checkPlannedProject,
  filesOfTask,
  finishProject,
  planProject,
  projectCheckOptions,
  projectTasks,
  type ProjectResult,
  type ProjectTask,
  type SourceFile,
  type TaskResult,
} from '../core/project/checkProject';
import { failedTaskResult } from '../core/project/failedTask';
import { engineWorkerScript, RequestFailed, WorkerPool } from '../worker/workerPool';
import { lazySpeller } from '../speller/lazySpeller';

/** Below this much text, starting workers costs more than it saves. */
const PARALLEL_MIN_CHARS = 1_000_000;

export interface ParallelOptions {
  /** Worker threads to use; by default one per core (at most 4) for large trees, none for small ones. */
  workers?: number;
  clauses?: () => ClauseCatalogue;
}

/**
 * The project check of checkProject, spread over worker threads when the tree is large: each
 * worker parses and checks whole pairs, the main thread reads, pairs and merges. The findings
 * are the same as a single-threaded run's; a pair over the time budget is stopped and reported.
 */
export async function checkProjectInParallel(files: SourceFile[], config: ResolvedConfig, options: ParallelOptions = {}): Promise<ProjectResult> {
  const plan = planProject(files, config);
  const catalogue = plan.wantsClauses ? options.clauses?.() : undefined;
  const tasks = projectTasks(plan);
  let size = 0;
  for (const text of plan.texts.values()) size += text.length;
  const count = options.workers ?? (size >= PARALLEL_MIN_CHARS ? Math.min(4, availableParallelism()) : 0);
  // On this thread, the dictionaries load on first use, as in each worker.
  if (count <= 1 || tasks.length < 2) return checkPlannedProject(plan, config, catalogue, lazySpeller());
  const pool = new WorkerPool({
    script: engineWorkerScript(),
    size: Math.min(count, tasks.length),
    budgetMs: config.timeBudgetMs,
    setup: { config, pairs: plan.pairing.pairs, clauses: plan.wantsClauses ? 'disk' : undefined, siteRoutes: plan.siteRoutes },
  });
  try {
    const results = await Promise.all(
      tasks.map((task) => {
        const sources = filesOfTask(task).map((path) => ({ path, text: plan.texts.get(path)! }));
        for (const p of filesOfTask(task)) plan.texts.delete(p);
        return pool.run({ kind: 'check', task, sources }).promise.catch((e: unknown) => failed(task, e, config));
      }),
    );
    return await finishProject(plan, config, projectCheckOptions(plan, config, catalogue), results, catalogue);
  } finally {
    await pool.close();
  }
}

function failed(task: ProjectTask, e: unknown, config: ResolvedConfig): TaskResult {
  if (e instanceof RequestFailed && e.reason === 'timeout') return failedTaskResult(task, { timeoutMs: config.timeBudgetMs });
  return failedTaskResult(task, { reason: e instanceof Error ? e.message : String(e), stack: e instanceof RequestFailed ? e.detail : undefined });
}
