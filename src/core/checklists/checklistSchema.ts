import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import checklistSchema from '../../../schemas/checklist.schema.json';

export { checklistSchema };

let validator: ValidateFunction | undefined;

/** Compiled once: compiling costs far more than validating a list. */
export function checklistValidator(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true });
  validator = ajv.compile(checklistSchema);
  return validator;
}
