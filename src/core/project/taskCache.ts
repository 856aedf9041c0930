import type { ResolvedConfig } from '../config/configTypes';
import type { ClauseCatalogue } from '../clauses/clauseCatalogue';
import type { ProjectPlan, ProjectTask, TaskResult } from './checkProject';

/**
 * Task results kept from an earlier run (the command line's `--cache` file). The engine asks
 * before running a task and hands over what it found; the store decides what a key is made of
 * from `taskCacheContext`, `taskCacheKey` and the task's texts, so core never touches a file.
 */
export interface TaskResultStore {
  get(task: ProjectTask): TaskResult | undefined;
  set(task: ProjectTask, result: TaskResult): void;
}

/**
 * Everything besides a task's own texts that its findings depend on, as one stable text: the
 * whole configuration, the pairing (links between pages are judged by it), where every page is
 * published, and the clause library. Editing the body of one file changes none of it; changing
 * a front matter route, the pairs or a clause does, and then every task runs again.
 */
export function taskCacheContext(plan: Pick<ProjectPlan, 'pairing' | 'siteRoutes'>, config: ResolvedConfig, catalogue?: ClauseCatalogue): string {
  return stableJson({ config: { ...config, cache: undefined }, pairs: plan.pairing.pairs, siteRoutes: plan.siteRoutes, clauses: catalogue ?? null });
}

/** What names a task within its context: its kind, files and language. */
export function taskCacheKey(task: ProjectTask): string {
  return task.kind === 'pair' ? `pair\0${task.en}\0${task.fr}` : `single\0${task.path}\0${task.lang ?? ''}`;
}

/**
 * Whether a result may be kept and reused as is: plain JSON data only (a Date or a Map would come
 * back different), and no time-out or internal failure (those depend on the machine and the moment).
 */
export function isReusableResult(result: TaskResult): boolean {
  if (result.loadProblems.some((p) => p.messageId === 'fileCheckTimeout' || p.messageId === 'fileCheckFailed')) return false;
  return isPlainJson(result, 0);
}

/** Whether front matter data read for pairing may be kept and reused: plain JSON data only. */
export function isReusableFrontMatter(data: Record<string, unknown> | undefined): boolean {
  return isPlainJson(data, 0);
}

function isPlainJson(value: unknown, depth: number): boolean {
  if (depth > 64) return false;
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && isPlainJson(v, depth + 1));
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((v) => isPlainJson(v, depth + 1));
}

/** JSON with Maps and Sets written as their entries, so that a configuration's Maps count. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (v instanceof Set) return { $set: [...v.values()] };
    if (typeof v === 'function') return `$function ${v.name}`;
    return v;
  });
}
