import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Finding, MessageArgs, Severity } from '../findings';
import type { Clause, ClauseFileInput, ClauseFolderInput, ClauseOrigin, LoadedClause } from './clauseTypes';
import { schemaErrorsToFindings, schemaValidators } from './clauseSchemas';
import { findPlaceholders } from './placeholders';
import { nodeAtPointer, parseYamlSource, problemAt, problemAtNode, type YamlSource } from './yamlSource';

export interface ClauseOverride {
  id: string;
  /** The clause now in force. */
  origin: ClauseOrigin;
  /** The clause it replaced, from an earlier folder. */
  replaced: ClauseOrigin;
}

export interface ClauseLibrary {
  /** Clauses in force, in the order they were first defined (an override keeps its place). */
  clauses: LoadedClause[];
  byId: ReadonlyMap<string, LoadedClause>;
  overrides: ClauseOverride[];
  /** Everything wrong with the input, placed at the offending line; invalid clauses are skipped. */
  problems: Finding[];
}

export interface LoadClauseLibraryOptions {
  /** Source ids clauses may cite (from sources.yaml); unknown ones are reported when given. */
  knownSources?: ReadonlySet<string>;
}

interface Located {
  clause: LoadedClause;
  source: YamlSource;
  node: Node;
  folderIndex: number;
}

/**
 * Reads clause files folder by folder. Folders come in increasing precedence: an
 * organisation's folder, given after ours, overrides our clause of the same id; two
 * clauses with the same id in one folder are a mistake and the second is reported.
 */
export function loadClauseLibrary(
  input: readonly ClauseFolderInput[] | readonly ClauseFileInput[],
  options: LoadClauseLibraryOptions = {},
): ClauseLibrary {
  // A plain list of files is one folder: same-id clauses in it are duplicates, not overrides.
  const folders: readonly ClauseFolderInput[] = input.every(isFolder)
    ? (input as readonly ClauseFolderInput[])
    : [{ folder: '', files: input as readonly ClauseFileInput[] }];
  const problems: Finding[] = [];
  const inForce = new Map<string, Located>();
  const order: string[] = [];
  const overrides: ClauseOverride[] = [];

  folders.forEach((folder, folderIndex) => {
    for (const file of folder.files) {
      for (const found of readClauseFile(folder.folder, file.path, file.text, problems)) {
        const id = found.clause.id;
        const previous = inForce.get(id);
        if (previous && previous.folderIndex === folderIndex) {
          const idNode = nodeAtPointer(found.node, '/id').node;
          problems.push(
            problemAtNode(found.source, idNode, 'error', 'clauses.duplicateId', { id, otherFile: previous.source.path }),
          );
          continue;
        }
        if (previous) overrides.push({ id, origin: found.clause.origin, replaced: previous.clause.origin });
        else order.push(id);
        inForce.set(id, { ...found, folderIndex });
      }
    }
  });

  for (const id of order) {
    const { clause, source, node } = inForce.get(id)!;
    clause.alternatives.forEach((alternative, index) => {
      if (!inForce.has(alternative)) {
        const at = nodeAtPointer(node, `/alternatives/${index}`).node;
        problems.push(problemAtNode(source, at, 'warning', 'clauses.unknownAlternative', { id, alternative }));
      }
    });
    if (options.knownSources) {
      clause.sources.forEach((sourceId, index) => {
        if (!options.knownSources!.has(sourceId)) {
          const at = nodeAtPointer(node, `/sources/${index}`).node;
          problems.push(problemAtNode(source, at, 'warning', 'clauses.unknownSource', { id, source: sourceId }));
        }
      });
    }
  }

  const clauses = order.map((id) => inForce.get(id)!.clause);
  return { clauses, byId: new Map(clauses.map((c) => [c.id, c])), overrides, problems };
}

function isFolder(x: ClauseFolderInput | ClauseFileInput): x is ClauseFolderInput {
  return 'files' in x;
}

/** The valid clauses of one file; problems are appended. A file with YAML errors yields none. */
function readClauseFile(folder: string, path: string, text: string, problems: Finding[]): Omit<Located, 'folderIndex'>[] {
  const { source, problems: syntax } = parseYamlSource(path, text);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return [];
  }
  const contents = source.doc.contents as Node | null;
  let items: Node[];
  if (isMap(contents)) items = [contents];
  else if (isSeq(contents)) items = contents.items as Node[];
  else {
    const end = text.length;
    problems.push(problemAt(source, contents?.range?.[0] ?? 0, contents?.range?.[1] ?? end, 'error', 'clauses.notClauseFile'));
    return [];
  }
  const validate = schemaValidators().clause;
  const found: Omit<Located, 'folderIndex'>[] = [];
  for (const node of items) {
    const value = (node as { toJSON?: () => unknown }).toJSON?.() ?? null;
    const label = clauseLabel(value);
    if (!validate(value)) {
      problems.push(...schemaErrorsToFindings(source, node, validate.errors, label));
      continue;
    }
    const raw = value as Clause;
    const clause: LoadedClause = {
      ...raw,
      parameters: raw.parameters ?? [],
      alternatives: raw.alternatives ?? [],
      origin: { folder, file: path, line: source.lines.linePos(node.range?.[0] ?? 0).line - 1 },
    };
    const semantic = checkClause(clause, source, node);
    problems.push(...semantic);
    if (semantic.some((p) => p.severity === 'error')) continue;
    found.push({ clause, source, node });
  }
  return found;
}

function clauseLabel(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value && typeof (value as { id: unknown }).id === 'string') {
    return (value as { id: string }).id;
  }
  return 'clause';
}

/** What the schema cannot say: placeholders and parameters must agree, in both languages. */
export function checkClause(clause: Clause, source: YamlSource, node: Node): Finding[] {
  const problems: Finding[] = [];
  const declared = new Map<string, number>();
  clause.parameters.forEach((parameter, index) => {
    if (declared.has(parameter.name)) {
      const at = nodeAtPointer(node, `/parameters/${index}/name`).node;
      problems.push(problemAtNode(source, at, 'error', 'clauses.duplicateParameter', { name: parameter.name }));
    } else declared.set(parameter.name, index);
    if (parameter.type === 'enum' && parameter.options) {
      const values = new Set(parameter.options.map((o) => o.value));
      for (const which of ['default', 'example'] as const) {
        const v = parameter[which];
        if (typeof v === 'string' && !values.has(v)) {
          const at = nodeAtPointer(node, `/parameters/${index}/${which}`).node;
          problems.push(problemAtNode(source, at, 'error', 'clauses.badDefault', { name: parameter.name, which }));
        }
      }
    }
  });

  const used = { en: new Set<string>(), fr: new Set<string>() };
  for (const lang of ['en', 'fr'] as const) {
    const bodyNode = nodeAtPointer(node, `/body/${lang}`).node;
    for (const use of findPlaceholders(clause.body[lang])) {
      const first = !used[lang].has(use.name);
      used[lang].add(use.name);
      if (first && !declared.has(use.name)) {
        problems.push(
          placeholderProblem(source, bodyNode, use.name, 'error', 'clauses.undeclaredPlaceholder', {
            field: `body.${lang}`,
            name: use.name,
          }),
        );
      }
    }
  }
  for (const [present, missing] of [
    ['en', 'fr'],
    ['fr', 'en'],
  ] as const) {
    for (const name of used[present]) {
      if (!used[missing].has(name) && declared.has(name)) {
        const at = nodeAtPointer(node, `/body/${missing}`).node;
        problems.push(
          problemAtNode(source, at, 'error', 'clauses.placeholderOneLanguage', {
            name,
            presentField: `body.${present}`,
            missingField: `body.${missing}`,
          }),
        );
      }
    }
  }
  for (const [name, index] of declared) {
    if (!used.en.has(name) && !used.fr.has(name)) {
      const at = nodeAtPointer(node, `/parameters/${index}/name`).node;
      problems.push(problemAtNode(source, at, 'warning', 'clauses.unusedParameter', { name }));
    }
  }
  return problems;
}

/** Points at the placeholder itself when it can be found in the body's source, else at the body. */
function placeholderProblem(
  source: YamlSource,
  bodyNode: Node | null,
  name: string,
  severity: Severity,
  messageId: string,
  args: MessageArgs,
): Finding {
  const range = bodyNode?.range;
  if (range) {
    const needle = `{{${name}}}`;
    const at = source.text.indexOf(needle, range[0]);
    if (at !== -1 && at < range[1]) return problemAt(source, at, at + needle.length, severity, messageId, args);
  }
  return problemAtNode(source, bodyNode, severity, messageId, args);
}
