import type { ProjectTask, TaskResult } from './checkProject';
import type { LoadProblem } from './loadSource';

/**
 * The result of a task that could not run to its end: one `file` finding on its first file,
 * saying it ran over the time budget or why it failed, so the rest of the run goes on.
 */
export function failedTaskResult(task: ProjectTask, why: { timeoutMs: number } | { reason: string; stack?: string; path?: string }): TaskResult {
  const path = ('path' in why && why.path) || (task.kind === 'pair' ? task.en : task.path);
  const problem: LoadProblem =
    'timeoutMs' in why
      ? { path, messageId: 'fileCheckTimeout' as const, args: { budget: why.timeoutMs }, line: 0, column: 0 }
      : { path, messageId: 'fileCheckFailed' as const, args: { reason: firstLine(why.reason) }, line: 0, column: 0, ...(why.stack ? { stack: why.stack } : {}) };
  return { findings: [], loadProblems: [problem] };
}

function firstLine(text: string): string {
  return text.split('\n')[0].replace(/[.\s]+$/, '').slice(0, 300);
}

/**
 * A task that failed after its early findings (every rule but spelling, sent while the
 * dictionaries loaded) came in: those findings are kept beside the failure, so no other rule's
 * findings are lost when loading the dictionaries fails or runs out of time.
 */
export function withEarlyFindings(early: TaskResult | undefined, failed: TaskResult): TaskResult {
  if (!early) return failed;
  return { findings: [...early.findings, ...failed.findings], loadProblems: [...early.loadProblems, ...failed.loadProblems] };
}
