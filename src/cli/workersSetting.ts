/**
 * TOOLKIT_CHECK_WORKERS, read where it enters: a whole number of worker threads (0 = check on the
 * main thread) or `auto` (one per free core for large trees, see autoWorkers). Anything else is an error, never a
 * fallback: `Number("abc")` once turned into a pool of NaN workers that checked nothing.
 */
export type WorkersSetting = { ok: true; workers: number | undefined } | { ok: false; value: string };

export function parseWorkersSetting(value: string | undefined): WorkersSetting {
  if (value === undefined || value === 'auto') return { ok: true, workers: undefined };
  if (!/^\d{1,4}$/.test(value)) return { ok: false, value };
  return { ok: true, workers: Number(value) };
}
