import { parse as parseJson, parseTree, findNodeAtLocation, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/opendata-toolkit.schema.json';
import type { MessageArgs, MessageRef, Severity } from '../findings';
import type { Range } from '../text/position';
import { LineIndex } from '../text/lineIndex';
import { RULE_INFOS, ruleInfo } from '../rules/registry';
import { DEFAULT_IGNORE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, DEFAULT_TIME_BUDGET_MS, type ResolvedConfig, type ToolkitConfigFile } from './configTypes';
import { DEFAULT_HOST_PAIRS } from '../links/knownHosts';
import { dirnamePosix } from '../text/paths';
import { readErrorReason } from '../project/loadSource';
import { confinePath } from './confinePath';
import { globProblem, jsonDepthOverflow, MAX_PAIRS } from './configBounds';
import './configMessages';
import { CONFIG_AJV_OPTIONS, precompiledValidator } from './precompiledValidator';
import { parseTermBaseText } from '../terminology/loadTermBase';
import type { TermEntry } from '../terminology/termBase';

/** Something wrong in a configuration file, with where it is. */
export interface ConfigProblem {
  file: string;
  range: Range;
  messageId: string;
  args?: MessageArgs;
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  // Compiled ahead of time in the bundles, or on first use: most runs of the extension never open a config file.
  validator ??= precompiledValidator ?? new Ajv(CONFIG_AJV_OPTIONS).compile(schema);
  return validator;
}

/**
 * Parses and validates the text of a configuration file (JSON, comments allowed). Problems
 * carry the line and column of the offending key or value; the valid parts are kept.
 */
export function parseConfigText(text: string, file: string): { config: ToolkitConfigFile; problems: ConfigProblem[] } {
  const lines = new LineIndex(text);
  // The parser recurses: nesting past a sane depth would exhaust the stack, so it is refused first.
  const deep = jsonDepthOverflow(text);
  if (deep >= 0) return { config: {}, problems: [{ file, range: lines.range(deep, deep + 1), messageId: 'configTooDeep', args: {} }] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    file,
    range: lines.range(e.offset, e.offset + Math.max(1, e.length)),
    messageId: 'configSyntax',
    args: { detail: syntaxDetail(printParseErrorCode(e.error)) },
  }));
  if (!tree || problems.length > 0) return { config: {}, problems };
  const value = nodeValue(tree);
  const invalid = schemaProblems(value);
  if (!invalid.length) return { config: value as ToolkitConfigFile, problems };
  const config = { ...(value as Record<string, unknown>) };
  for (const p of invalid) {
    const node = findNode(tree, p.key ? [...p.path, p.key] : p.path);
    const target = p.key && node?.parent?.type === 'property' ? node.parent.children![0] : node ?? tree;
    problems.push({ file, range: lines.range(target.offset, target.offset + target.length), messageId: p.messageId, args: p.args });
    dropInvalid(config, p);
  }
  return { config: config as ToolkitConfigFile, problems };
}

/** Something in a configuration value that the schema refuses, by where it is (`path`, and `key` for an unknown key). */
export interface SchemaProblem {
  path: string[];
  key?: string;
  messageId: string;
  args: MessageArgs;
}

/**
 * What the schema refuses in a configuration value, however it came (a file, the editor's
 * settings): one problem per place, the most specific one.
 */
export function schemaProblems(value: unknown): SchemaProblem[] {
  const check = validate();
  if (check(value)) return globProblems(value);
  return dedupe(check.errors ?? []).map((error) => {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    const key = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    return { path, ...(key !== undefined ? { key } : {}), ...describe(error, path, key) };
  });
}

/** Globs the schema accepts but the matcher should not run: too complex, or reaching outside the folder (configBounds.ts). */
function globProblems(value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const key of ['include', 'ignore'] as const) {
    const list = (value as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    list.forEach((pattern: string, i) => {
      const reason = globProblem(pattern);
      if (reason) problems.push({ path: [key, String(i)], messageId: 'configGlob', args: { path: `${key}.${i}`, pattern, detail: { messageId: reason } } });
    });
  }
  const globs = (value as Record<string, unknown>).checklistGlobs;
  for (const pattern of globs && typeof globs === 'object' ? Object.keys(globs) : []) {
    const reason = globProblem(pattern);
    if (reason) problems.push({ path: ['checklistGlobs', pattern], messageId: 'configGlob', args: { path: `checklistGlobs.${pattern}`, pattern, detail: { messageId: reason } } });
  }
  return problems;
}

/**
 * Drops what is invalid so the rest of the configuration still applies: one rule's setting
 * (`rules.numbers`), or else the whole top-level entry.
 */
export function dropInvalid(config: Record<string, unknown>, problem: SchemaProblem): void {
  const [top, second] = problem.path;
  const ruleId = top === 'rules' ? (second ?? problem.key) : undefined;
  if (ruleId !== undefined && config.rules && typeof config.rules === 'object') {
    const rules = { ...(config.rules as Record<string, unknown>) };
    delete rules[ruleId];
    config.rules = rules;
  } else if (top !== undefined) delete config[top];
  else if (problem.key) delete config[problem.key];
}

/** The node at a schema path, whose list indexes come as texts (`include/3`) where the parser wants numbers. */
function findNode(tree: JsonNode, path: string[]): JsonNode | undefined {
  let node: JsonNode | undefined = tree;
  for (const segment of path) {
    if (!node) return undefined;
    node = node.type === 'array' && /^\d+$/.test(segment) ? node.children?.[Number(segment)] : findNodeAtLocation(node, [segment]);
  }
  return node;
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      // Keys are defined, never assigned: `out["__proto__"] = …` would set the object's prototype,
      // so a `__proto__` key would set options unseen by the schema instead of being reported.
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) Object.defineProperty(out, String(k.value), { value: nodeValue(v), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  // `oneOf` failures repeat each branch's complaint; keep the most specific per place.
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    const where = e.instancePath + (e.keyword === 'additionalProperties' ? '/' + String(e.params.additionalProperty) : '');
    const previous = byPath.get(where);
    if (!previous || rank(e) > rank(previous)) byPath.set(where, e);
  }
  return [...byPath.values()];
}

function rank(e: ErrorObject): number {
  return e.keyword === 'additionalProperties' ? 3 : e.keyword === 'enum' ? 2 : e.keyword === 'oneOf' ? 0 : 1;
}

function describe(error: ErrorObject, path: string[], key: string | undefined): { messageId: string; args: MessageArgs } {
  const where = path.join('.') || '(root)';
  if (key !== undefined) {
    const props = Object.keys((schemaAt(path) as { properties?: object })?.properties ?? {});
    return { messageId: 'configUnknownKey', args: { key: path.length ? `${where}.${key}` : key, expected: props.filter((p) => p !== '$schema').join(', ') } };
  }
  if (error.keyword === 'type') return { messageId: 'configWrongType', args: { path: where, expected: { messageId: typeMessage(String(error.params.type)) } } };
  if (error.keyword === 'enum') return { messageId: 'configEnum', args: { path: where, allowed: (error.params.allowedValues as unknown[]).join(', ') } };
  if (error.keyword === 'pattern' && path[0] === 'policy') return { messageId: 'configPolicyAnswer', args: { path: where } };
  if (error.keyword === 'maxItems' || error.keyword === 'maxProperties') return { messageId: 'configTooMany', args: { path: where, limit: Number(error.params.limit) } };
  if (error.keyword === 'maxLength') return { messageId: 'configTooLong', args: { path: where, limit: Number(error.params.limit) } };
  if (error.keyword === 'oneOf' && path[0] === 'rules') return { messageId: 'configEnum', args: { path: where, allowed: 'error, warning, info, off, { "severity": … }' } };
  return { messageId: 'configInvalid', args: { path: where, detail: error.message ?? error.keyword } };
}

function schemaAt(path: string[]): unknown {
  let node: any = schema;
  for (const part of path) {
    node = node?.properties?.[part] ?? (typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined);
    if (node?.oneOf) node = node.oneOf.find((o: any) => o.type === 'object') ?? node;
  }
  return node;
}

function typeMessage(type: string): string {
  return { object: 'typeObject', array: 'typeArray', string: 'typeString', integer: 'typeInteger', number: 'typeNumber', boolean: 'typeBoolean' }[type] ?? 'typeString';
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

function syntaxDetail(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export interface ResolveOptions {
  /**
   * Absolute folders outside the root that the configuration's paths may point into. Given by the
   * user (a command-line flag, a user setting), never by the repository: everything else outside
   * the root is refused with a `configPathOutside` problem and never read.
   */
  allowedOutside?: readonly string[];
  /** The configuration file's text, to place problems at their key. */
  configText?: string;
}

const NOWHERE: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/**
 * The pairs of a pairs file, `undefined` when it is not one object of texts, or why it is not
 * JSON: a position and a reason, never the text itself (a file that is not JSON may be a secret
 * that a configuration pointed at).
 */
function parsePairsText(text: string): Array<[string, string]> | undefined | MessageRef {
  const body = stripBom(text);
  const deep = jsonDepthOverflow(body);
  if (deep >= 0) return where(body, deep, { messageId: 'configTooDeepReason' });
  const errors: ParseError[] = [];
  const parsed = parseJson(body, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  if (errors.length) return where(body, errors[0].offset, syntaxDetail(printParseErrorCode(errors[0].error)));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed as Record<string, unknown>);
  return entries.every((e): e is [string, string] => typeof e[1] === 'string') ? entries : undefined;
}

function where(text: string, offset: number, detail: string | MessageRef): MessageRef {
  const at = new LineIndex(text).position(offset);
  return { messageId: 'configJsonAt', args: { detail, line: at.line + 1, column: at.column + 1 } };
}

/**
 * Applies defaults and resolves paths. `root` is the absolute folder of the configuration
 * file (or the working folder without one); `readText` reads a pairs file, relative to root.
 */
export function resolveConfig(
  config: ToolkitConfigFile,
  root: string,
  file: string | undefined,
  readText: (relativePath: string) => string,
  options: ResolveOptions = {},
): { resolved: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const severities = new Map<string, Severity | 'off'>();
  const ruleOptions = new Map<string, Record<string, unknown>>();
  for (const rule of RULE_INFOS) severities.set(rule.id, rule.off ? 'off' : rule.severity);
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting === 'string') severities.set(id, setting);
    else if (setting && typeof setting === 'object') {
      const { severity, ...options } = setting;
      if (severity) severities.set(id, severity);
      // An options object turns on a rule that is off by default.
      else if (ruleInfo(id)?.off) severities.set(id, ruleInfo(id)!.severity);
      ruleOptions.set(id, options);
    }
  }
  const allowed = options.allowedOutside ?? [];
  // Placed at the key in the file when the text is given (the key may come from settings instead).
  const at = (keyPath: Array<string | number>) => {
    const found = options.configText !== undefined ? locateJsonValue(options.configText, keyPath) : undefined;
    return found ? new LineIndex(options.configText!).range(found.start, found.end) : NOWHERE;
  };
  const outside = (key: string, path: string, keyPath: Array<string | number>) => problems.push({ file: file ?? root, range: at(keyPath), messageId: 'configPathOutside', args: { key, path } });
  const pairs = new Map<string, string>();
  const addPair = (en: string, fr: string, base: string, key: string, keyPath: Array<string | number>) => {
    const enPath = confinePath(root, en, allowed, base);
    const frPath = confinePath(root, fr, allowed, base);
    if (enPath === undefined) outside(key, en, keyPath);
    else if (frPath === undefined) outside(key, fr, keyPath);
    else pairs.set(enPath, frPath);
  };
  if (typeof config.pairs === 'string') {
    // Entries are relative to the pairs file; an absolute pairs file is brought back under root.
    const pairsFile = confinePath(root, config.pairs, allowed);
    if (pairsFile === undefined) outside('pairs', config.pairs, ['pairs']);
    else {
      try {
        const parsed = parsePairsText(readText(pairsFile));
        if (parsed && !Array.isArray(parsed)) problems.push({ file: file ?? pairsFile, range: at(['pairs']), messageId: 'configPairsFile', args: { path: pairsFile, reason: parsed } });
        else if (!parsed) problems.push({ file: file ?? pairsFile, range: at(['pairs']), messageId: 'configPairsNotMap', args: { path: pairsFile } });
        else if (parsed.length > MAX_PAIRS) problems.push({ file: file ?? pairsFile, range: at(['pairs']), messageId: 'configPairsTooMany', args: { path: pairsFile, count: parsed.length, limit: MAX_PAIRS } });
        else for (const [en, fr] of parsed) addPair(en, fr, dirnamePosix(pairsFile), pairsFile, ['pairs']);
      } catch (e) {
        // The reason comes from the file system, never from the file's content.
        const err = e as NodeJS.ErrnoException;
        const reason = err.code === 'ENOENT' ? 'file not found' : readErrorReason(err.code, err.code ?? 'unreadable');
        problems.push({ file: file ?? pairsFile, range: at(['pairs']), messageId: 'configPairsFile', args: { path: pairsFile, reason } });
      }
    }
  } else if (config.pairs) {
    for (const [en, fr] of Object.entries(config.pairs)) addPair(en, fr, '', `pairs.${en}`, ['pairs', en]);
  }
  // Library folders stay inside the root (or a folder the user allowed); one outside is a problem naming its key.
  const confinedFolders = (key: 'clauseFolders' | 'checklistFolders' | 'templateFolders'): string[] => {
    const out: string[] = [];
    (config[key] ?? []).forEach((folder, i) => {
      const confined = confinePath(root, folder, allowed);
      if (confined === undefined) outside(`${key}.${i}`, folder, [key, i]);
      else out.push(confined);
    });
    return out;
  };
  const clauseFolders = confinedFolders('clauseFolders');
  const checklistFolders = confinedFolders('checklistFolders');
  const templateFolders = confinedFolders('templateFolders');
  const team = config.termBase !== undefined ? readTermBase(config.termBase, { root, file, allowed, readText, at, outside, problems }) : undefined;
  const resolved: ResolvedConfig = {
    root,
    file,
    sourceLanguage: config.sourceLanguage ?? 'en',
    pairs,
    include: config.include?.length ? config.include : DEFAULT_INCLUDE,
    ignore: [...DEFAULT_IGNORE, ...(config.ignore ?? [])],
    severities,
    ruleOptions,
    hostPairs: { ...DEFAULT_HOST_PAIRS, ...(config.hostPairs ?? {}) },
    siteHosts: config.siteHosts ?? [],
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    timeBudgetMs: config.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    policy: config.policy ?? {},
    clauseFolders,
    checklistFolders,
    disabledChecklists: config.disabledChecklists ?? [],
    checklistGlobs: config.checklistGlobs ?? {},
    templateFolders,
    allowedOutside: [...allowed],
    cache: config.cache ?? false,
    ...(team ? { termBase: team.path, termEntries: team.entries } : {}),
  };
  return { resolved, problems };
}

/** The team's term base named by `termBase`: read like a pairs file (inside the root or an allowed folder), its problems at their lines. */
function readTermBase(
  name: string,
  c: { root: string; file?: string; allowed: readonly string[]; readText: (relativePath: string) => string; at: (keyPath: Array<string | number>) => Range; outside: (key: string, path: string, keyPath: Array<string | number>) => void; problems: ConfigProblem[] },
): { path: string; entries: TermEntry[] } | undefined {
  const path = confinePath(c.root, name, c.allowed);
  if (path === undefined) {
    c.outside('termBase', name, ['termBase']);
    return undefined;
  }
  let text: string;
  try {
    text = c.readText(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'file not found' : readErrorReason(err.code, err.code ?? 'unreadable');
    c.problems.push({ file: c.file ?? path, range: c.at(['termBase']), messageId: 'termBaseFile', args: { path, reason } });
    return undefined;
  }
  const parsed = parseTermBaseText(text, `${c.root.replace(/\/$/, '')}/${path}`);
  c.problems.push(...parsed.problems);
  return { path, entries: parsed.entries };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where the value at a key path is written in a JSON text (comments allowed): its offsets, or undefined. */
function locateJsonValue(text: string, path: Array<string | number>): { start: number; end: number } | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const node = tree && findNodeAtLocation(tree, path);
  return node ? { start: node.offset, end: node.offset + node.length } : undefined;
}

/**
 * Where a key path is written in a JSON text (comments allowed): the key's offsets, or the
 * closest enclosing key's when the path goes deeper than the text.
 */
export function locateJsonKey(text: string, path: string[]): { start: number; end: number } | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!tree) return undefined;
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    const key = node?.parent?.type === 'property' ? node.parent.children![0] : undefined;
    if (key) return { start: key.offset, end: key.offset + key.length };
  }
  return undefined;
}
