import { availableParallelism, loadavg } from 'node:os';
import { autoWorkers } from './autoWorkers';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { ClauseCatalogue } from '../core/clauses/clauseCatalogue';
import {
  checkPlannedProject,
  filesOfTask,
  finishProject,
  planProject,
  projectCheckOptions,
  projectTasks,
  type FrontMatterReader,
  type ProjectPlan,
  type ProjectResult,
  type ProjectTask,
  type SourceFile,
  type TaskResult,
} from '../core/project/checkProject';
import { failedTaskResult, withEarlyFindings } from '../core/project/failedTask';
import { taskCacheKey, type TaskResultStore } from '../core/project/taskCache';
import { engineWorkerScript, RequestFailed, WorkerPool } from '../worker/workerPool';
import { lazySpeller } from '../speller/lazySpeller';
import { readProjectWords } from '../speller/projectWordsFile';

export interface ParallelOptions {
  /** Worker threads to use; by default one per free core (at most 4) for large trees, none for small ones (see autoWorkers). */
  workers?: number;
  clauses?: () => ClauseCatalogue;
  /** Results of an earlier run (`--cache`), opened once the files are paired and the clause library loaded. */
  store?: (plan: ProjectPlan, catalogue: ClauseCatalogue | undefined) => TaskResultStore;
  /** How front matter is read for pairing (the cache's memo of quickFrontMatter). */
  frontMatter?: FrontMatterReader;
}

/**
 * The project check of checkProject, spread over worker threads when the tree is large: each
 * worker parses and checks whole pairs, the main thread reads, pairs and merges. The findings
 * are the same as a single-threaded run's; a pair over the time budget is stopped and reported.
 */
export async function checkProjectInParallel(files: SourceFile[], config: ResolvedConfig, options: ParallelOptions = {}): Promise<ProjectResult> {
  const plan = planProject(files, config, options.frontMatter);
  const catalogue = plan.wantsClauses ? options.clauses?.() : undefined;
  const store = options.store?.(plan, catalogue);
  const tasks = projectTasks(plan);
  // Results the store holds are taken as they are (in task order, so the findings' order is the same); the rest run.
  const known = tasks.map((task) => store?.get(task));
  const todo = tasks.filter((_, i) => !known[i]);
  let size = 0;
  for (const task of todo) for (const path of filesOfTask(task)) size += plan.texts.get(path)?.length ?? 0;
  const count = options.workers ?? autoWorkers(size, availableParallelism(), loadavg()[0]);
  const projectWords = readProjectWords(config);
  // On this thread, the dictionaries load on first use, as in each worker.
  if (count <= 1 || todo.length < 2) return checkPlannedProject(plan, config, catalogue, storeOf(tasks, known, store), lazySpeller({ root: config.root, projectWords: projectWords.words, problems: projectWords.problems, fresh: true }));
  const pool = new WorkerPool({
    script: engineWorkerScript(),
    size: Math.min(count, todo.length),
    budgetMs: config.timeBudgetMs,
    setup: { config, pairs: plan.pairing.pairs, clauses: plan.wantsClauses ? 'disk' : undefined, siteRoutes: plan.siteRoutes, projectWords },
  });
  try {
    const results = await Promise.all(
      tasks.map((task, i) => {
        const sources = filesOfTask(task).map((path) => ({ path, text: plan.texts.get(path)! }));
        for (const p of filesOfTask(task)) plan.texts.delete(p);
        if (known[i]) return known[i];
        let early: TaskResult | undefined;
        return pool
          .run({ kind: 'check', task, sources }, undefined, (value) => (early = value))
          .promise.catch((e: unknown) => withEarlyFindings(early, failed(task, e, config)))
          .then((result) => {
            store?.set(task, result);
            return result;
          });
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

/** The store's answers as already asked (each task is asked once), and what runs now written back. */
function storeOf(tasks: ProjectTask[], known: Array<TaskResult | undefined>, store: TaskResultStore | undefined): TaskResultStore | undefined {
  if (!store) return undefined;
  const answers = new Map(tasks.map((task, i) => [taskCacheKey(task), known[i]]));
  return { get: (task) => answers.get(taskCacheKey(task)), set: (task, result) => store.set(task, result) };
}
