import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';

/** A schema's validator, compiled on first use only: compiling costs far more than validating a file. */
export function lazyValidator(schema: object): () => ValidateFunction {
  let validator: ValidateFunction | undefined;
  return () => (validator ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true }).compile(schema));
}
