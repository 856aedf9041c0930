import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node } from 'yaml';
import clauseSchema from '../../../schemas/clause.schema.json';
import profileSchema from '../../../schemas/clause-profile.schema.json';
import sourcesSchema from '../../../schemas/clause-sources.schema.json';
import type { Finding } from '../findings';
import { keyNodeOf, nodeAtPointer, problemAtNode, type YamlSource } from './yamlSource';

export { clauseSchema, profileSchema, sourcesSchema };

interface Validators {
  clause: ValidateFunction;
  clauseFile: ValidateFunction;
  profile: ValidateFunction;
  sources: ValidateFunction;
}

let validators: Validators | undefined;

/** Compiled once: compiling the schemas costs far more than validating a library. */
export function schemaValidators(): Validators {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true });
  ajv.addSchema(clauseSchema).addSchema(profileSchema).addSchema(sourcesSchema);
  const get = (ref: string): ValidateFunction => {
    const fn = ajv.getSchema(ref);
    if (!fn) throw new Error(`schema ${ref} did not compile`);
    return fn;
  };
  validators = {
    clause: get(`${clauseSchema.$id}#/definitions/clause`),
    clauseFile: get(clauseSchema.$id),
    profile: get(profileSchema.$id),
    sources: get(sourcesSchema.$id),
  };
  return validators;
}

/** `/parameters/0/default` → `parameters[0].default`, readable in both languages. */
export function readablePath(pointer: string, root: string): string {
  let out = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(seg) ? `[${seg}]` : out ? `.${seg}` : seg;
  }
  return out;
}

/**
 * Turns Ajv errors into findings placed on the offending YAML node. Alternatives (`oneOf`)
 * make Ajv report every branch's failure; keep the errors of the branch that matched the
 * value's type and only fall back to a generic message when none did.
 */
export function schemaErrorsToFindings(
  source: YamlSource,
  root: Node | null,
  errors: readonly ErrorObject[] | null | undefined,
  rootLabel: string,
): Finding[] {
  if (!errors || errors.length === 0) return [];
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword === 'oneOf') continue;
    const owner = oneOfPaths.find((p) => error.instancePath === p || error.instancePath.startsWith(p + '/'));
    if (owner !== undefined && error.keyword === 'type' && error.instancePath === owner) continue;
    if (owner !== undefined && error.instancePath === owner && (error.keyword === 'pattern' || error.keyword === 'required')) {
      // A scalar branch's pattern or an object branch's `required` failing on the other kind of value.
      const value = error.data;
      if ((error.keyword === 'pattern') !== (typeof value === 'string')) continue;
    }
    kept.push(error);
  }
  for (const path of new Set(oneOfPaths)) {
    if (!kept.some((e) => e.instancePath === path || e.instancePath.startsWith(path + '/'))) {
      kept.push({ keyword: 'oneOf', instancePath: path, schemaPath: '', params: {}, message: 'must match one of the allowed forms' });
    }
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const finding = errorToFinding(source, root, error, rootLabel);
    const key = `${finding.range.start.line}:${finding.range.start.column}:${finding.messageId}:${JSON.stringify(finding.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function errorToFinding(source: YamlSource, root: Node | null, error: ErrorObject, rootLabel: string): Finding {
  const { node } = nodeAtPointer(root, error.instancePath);
  const field = readablePath(error.instancePath, '') || rootLabel;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return problemAtNode(source, node, 'error', 'clauses.missingField', {
        field: String(params.missingProperty),
        where: readablePath(error.instancePath, rootLabel),
      });
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return problemAtNode(source, keyNodeOf(node, name) ?? node, 'error', 'clauses.unknownField', {
        field: name,
        where: readablePath(error.instancePath, rootLabel),
      });
    }
    case 'type':
      return problemAtNode(source, node, 'error', 'clauses.wrongType', { field, expected: String(params.type) });
    case 'enum':
      return problemAtNode(source, node, 'error', 'clauses.notAllowed', {
        field,
        allowed: (params.allowedValues as unknown[]).map(String).join(', '),
      });
    case 'const':
      return problemAtNode(source, node, 'error', 'clauses.notAllowed', { field, allowed: String(params.allowedValue) });
    case 'pattern':
      return problemAtNode(source, node, 'error', 'clauses.badFormat', { field, detail: String(params.pattern) });
    default:
      return problemAtNode(source, node, 'error', 'clauses.invalidValue', { field, detail: error.message ?? error.keyword });
  }
}
