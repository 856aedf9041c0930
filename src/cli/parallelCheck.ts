import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { Finding } from '../core/findings';
import type { ClauseCatalogue } from '../core/clauses/clauseCatalogue';
import {
  addCatalogueProblems,
  checkPlannedProject,
  filesOfTask,
  finishProject,
  planProject,
  projectTasks,
  type ProjectResult,
  type ProjectTask,
  type SourceFile,
} from '../core/project/checkProject';
import type { WorkerInit, WorkerTask } from './checkWorker';

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
 * are the same as a single-threaded run's.
 */
export async function checkProjectInParallel(files: SourceFile[], config: ResolvedConfig, options: ParallelOptions = {}): Promise<ProjectResult> {
  const plan = planProject(files, config);
  const catalogue = plan.wantsClauses ? options.clauses?.() : undefined;
  const tasks = projectTasks(plan);
  let size = 0;
  for (const text of plan.texts.values()) size += text.length;
  const count = options.workers ?? (size >= PARALLEL_MIN_CHARS ? Math.min(4, availableParallelism()) : 0);
  if (count <= 1 || tasks.length < 2) return checkPlannedProject(plan, config, catalogue);
  addCatalogueProblems(plan, config, catalogue);
  const init: WorkerInit = { config, pairs: plan.pairing.pairs, wantsClauses: plan.wantsClauses };
  const findings = await runOnWorkers(Math.min(count, tasks.length), init, tasks, (task) => {
    const texts: Record<string, string> = {};
    for (const p of filesOfTask(task)) {
      texts[p] = plan.texts.get(p)!;
      plan.texts.delete(p);
    }
    return texts;
  });
  return finishProject(plan, config, findings);
}

/** Hands tasks to `count` workers, one at a time each, until all are done. */
function runOnWorkers(count: number, init: WorkerInit, tasks: ProjectTask[], textsOf: (task: ProjectTask) => Record<string, string>): Promise<Finding[]> {
  const script = workerScript();
  return new Promise((resolve, reject) => {
    const findings: Finding[][] = new Array(tasks.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(findings.flat());
    };
    const feed = (worker: Worker) => {
      if (next >= tasks.length) return;
      const id = next++;
      const message: WorkerTask = { id, task: tasks[id], texts: textsOf(tasks[id]) };
      worker.postMessage(message);
    };
    for (let i = 0; i < count; i++) {
      // A larger young generation: parsing allocates many short-lived objects (fewer scavenges).
      const worker = new Worker(script.file, { workerData: init, execArgv: script.execArgv, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      workers.push(worker);
      worker.on('message', (m: { id: number; findings?: Finding[]; error?: string }) => {
        if (m.error !== undefined) return finish(new Error(`checking ${JSON.stringify(tasks[m.id])} failed in a worker: ${m.error}`));
        findings[m.id] = m.findings!;
        if (++done === tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (e) => finish(e));
      feed(worker);
    }
  });
}

/** The bundled worker next to dist/cli.js; the TypeScript source through tsx when run from source (tests). */
function workerScript(): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) return { file: path.join(__dirname, 'checkWorker.ts'), execArgv: ['--require', require.resolve('tsx/cjs')] };
  return { file: path.join(__dirname, 'check-worker.js'), execArgv: [] };
}
