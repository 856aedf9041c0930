import type { CheckControl } from '../rules/runRules';

/** A check stopped on purpose (a newer edit arrived): not a failure of the file, passed up as is. */
export class CheckCancelled extends Error {}

/** A check that ran past its time budget on this thread (workers are terminated instead). */
export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`over the time budget of ${budgetMs} ms`);
  }
}

/**
 * The control of a single-threaded check: its checkpoints throw once `budgetMs` has passed since
 * the task started, so one slow pair is reported and the run goes on, as on worker threads.
 */
export function budgetControl(budgetMs: number, now: () => number = Date.now): CheckControl {
  const deadline = now() + budgetMs;
  return {
    checkpoint: () => {
      if (now() > deadline) throw new BudgetExceeded(budgetMs);
    },
  };
}
