import type { TooComplex } from './complexity';

/** Thrown by the parse when a file is past the limits of complexity.ts: reported, never a crash. */
export class TooComplexError extends Error {
  constructor(readonly detail: TooComplex) {
    super(`too complex (${detail.kind} ${detail.count} on line ${detail.line + 1})`);
  }
}
