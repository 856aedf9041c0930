// A worker thread of toolkit-check: checks the pairs it is sent with the same engine and
// options as the main thread, so a large tree uses every core.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/configTypes';
import type { FilePair } from '../core/pairing/pairFiles';
import { pairKeyLookup } from '../core/pairing/pairKeyLookup';
import { checkOptionsFrom, runProjectTask, type ProjectTask } from '../core/project/checkProject';
import { loadClauseCatalogue } from '../core/clauses/clauseCatalogue';
import { readClauseFolders } from './readClauseFolders';

export interface WorkerInit {
  config: ResolvedConfig;
  pairs: FilePair[];
  wantsClauses: boolean;
}

export interface WorkerTask {
  id: number;
  task: ProjectTask;
  texts: Record<string, string>;
}

const { config, pairs, wantsClauses } = workerData as WorkerInit;
const catalogue = wantsClauses ? loadClauseCatalogue(readClauseFolders(config), { configFile: config.file }) : undefined;
const options = checkOptionsFrom(config, pairKeyLookup(pairs), catalogue?.library);

parentPort!.on('message', (message: WorkerTask) => {
  try {
    parentPort!.postMessage({ id: message.id, findings: runProjectTask(message.task, (path) => message.texts[path], options) });
  } catch (e) {
    parentPort!.postMessage({ id: message.id, error: (e as Error).stack ?? String(e) });
  }
});
