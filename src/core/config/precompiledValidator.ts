import type { ValidateFunction } from 'ajv';

/**
 * The configuration schema's validator compiled ahead of time. From source (tests) there is
 * none and loadConfig compiles the schema on first use; the bundles (scripts/build.mjs) replace
 * this module with Ajv's standalone code for the same schema and options, which saves the
 * compilation (about half of a cached re-run's time).
 */
export const precompiledValidator: ValidateFunction | undefined = undefined;

/** The Ajv options of both: the same validator either way. */
export const CONFIG_AJV_OPTIONS = { allErrors: true, strict: false } as const;
