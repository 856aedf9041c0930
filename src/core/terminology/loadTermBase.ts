import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/term-base.schema.json';
import type { ConfigProblem } from '../config/loadConfig';
import { jsonDepthOverflow } from '../config/configBounds';
import { LineIndex } from '../text/lineIndex';
import type { MessageArgs } from '../findings';
import type { TermEntry } from './termBase';

let validator: ValidateFunction | undefined;
/** The entry schema alone: each entry is validated on its own, so one bad entry leaves the others in force. */
const entryValidator = () => (validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema.properties.terms.items));

/**
 * A team's term base file (the configuration's `termBase`: JSON, comments allowed, the same
 * shape as terms/term-base.json): its valid entries, and a problem at its line for everything
 * else (bad JSON, an entry the schema refuses, an id given twice). `file` names it in problems.
 */
export function parseTermBaseText(text: string, file: string): { entries: TermEntry[]; problems: ConfigProblem[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const problem = (node: { offset: number; length: number } | undefined, messageId: string, args: MessageArgs): ConfigProblem => ({
    file,
    range: lines.range(node?.offset ?? 0, (node?.offset ?? 0) + Math.max(1, node?.length ?? 1)),
    messageId,
    args,
  });
  const deep = jsonDepthOverflow(body);
  if (deep >= 0) return { entries: [], problems: [problem({ offset: deep, length: 1 }, 'configTooDeep', {})] };
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree) {
    return { entries: [], problems: errors.map((e) => problem(e, 'configSyntax', { detail: printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() })) };
  }
  const terms = tree.type === 'object' ? tree.children?.find((p) => p.children?.[0]?.value === 'terms')?.children?.[1] : undefined;
  if (terms?.type !== 'array') return { entries: [], problems: [problem(terms ?? tree, 'termBaseShape', {})] };
  const problems: ConfigProblem[] = [];
  const entries: TermEntry[] = [];
  const seen = new Map<string, number>();
  (terms.children ?? []).forEach((node, i) => {
    const value = plain(node);
    const check = entryValidator();
    if (!check(value)) {
      for (const error of mostSpecific(check.errors ?? [])) problems.push(problem(nodeAt(node, error) ?? node, ...describe(error, `terms.${i}`)));
      return;
    }
    const entry = value as TermEntry;
    const idNode = nodeAt(node, { instancePath: '/id' } as ErrorObject);
    const first = seen.get(entry.id);
    if (first !== undefined) {
      problems.push(problem(idNode, 'termBaseDuplicate', { id: entry.id, line: first + 1 }));
      return;
    }
    seen.set(entry.id, lines.position(node.offset).line);
    entries.push(entry);
  });
  // In the file's order: Ajv lists an entry's errors by schema keyword, not by place.
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { entries, problems };
}

/** A JSON node's value with plain objects (a `__proto__` key stays a key). */
function plain(node: JsonNode): unknown {
  if (node.type === 'array') return (node.children ?? []).map(plain);
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k && v) Object.defineProperty(out, String(k.value), { value: plain(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Where an error's value is written in the entry (the unknown key itself for an unknown key). */
function nodeAt(entry: JsonNode, error: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): JsonNode | undefined {
  let node: JsonNode | undefined = entry;
  for (const part of error.instancePath.split('/').slice(1)) {
    node = node?.type === 'array' ? node.children?.[Number(part)] : node?.children?.find((p) => p.children?.[0]?.value === part)?.children?.[1];
  }
  if (error.keyword === 'additionalProperties') return node?.children?.find((p) => p.children?.[0]?.value === error.params.additionalProperty)?.children?.[0] ?? node;
  return node;
}

function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const byPlace = new Map<string, ErrorObject>();
  for (const e of errors) byPlace.set(e.instancePath + (e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : ''), e);
  return [...byPlace.values()];
}

function describe(error: ErrorObject, prefix: string): [string, MessageArgs] {
  const path = [prefix, ...error.instancePath.split('/').slice(1)].join('.');
  if (error.keyword === 'additionalProperties') return ['configUnknownKey', { key: `${path}.${String(error.params.additionalProperty)}`, expected: expectedKeys(error.instancePath) }];
  if (error.keyword === 'required') return ['termBaseRequired', { path, key: String(error.params.missingProperty) }];
  if (error.keyword === 'enum') return ['configEnum', { path, allowed: (error.params.allowedValues as unknown[]).join(', ') }];
  if (error.keyword === 'type') return ['configWrongType', { path, expected: { messageId: TYPE_MESSAGES[String(error.params.type)] ?? 'typeString' } }];
  return ['configInvalid', { path, detail: error.message ?? error.keyword }];
}

const TYPE_MESSAGES: Record<string, string> = { object: 'typeObject', array: 'typeArray', string: 'typeString', boolean: 'typeBoolean' };

function expectedKeys(instancePath: string): string {
  let node: { properties?: Record<string, unknown> } | undefined = schema.properties.terms.items;
  for (const part of instancePath.split('/').slice(1)) node = node?.properties?.[part] as typeof node;
  return Object.keys(node?.properties ?? {}).join(', ');
}
