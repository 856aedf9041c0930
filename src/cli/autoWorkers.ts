/** Below this much text, starting workers costs more than it saves. */
export const PARALLEL_MIN_CHARS = 1_000_000;

/**
 * How many worker threads a tree of `chars` characters gets by default: one per free core (at
 * most 4) for a large tree. Each worker loads the engine and both dictionaries again (about 2 s
 * of CPU), which pays only when cores would otherwise sit idle: on 2 cores with other work
 * running (load average 1 or more), workers took a third more CPU and more wall time than one
 * thread (gcds-docs, 3 December 2026), so fewer than 2 free cores means none.
 */
export function autoWorkers(chars: number, cores: number, loadAverage: number): number {
  if (chars < PARALLEL_MIN_CHARS) return 0;
  const free = Math.min(4, Math.round(cores - loadAverage));
  return free >= 2 ? free : 0;
}
