import type * as EngineApi from '../../core/engineApi';

export type Engine = typeof EngineApi;

let engine: Engine | undefined;

/**
 * The parity engine, loaded on first use from its own bundle (dist/engine.js): parsers, rules
 * and dictionaries stay out of the activation path.
 */
export function getEngine(): Engine {
  // The path is relative to dist/extension.js and left to Node at run time (esbuild external).
  engine ??= require('./engine.js') as Engine;
  return engine;
}
