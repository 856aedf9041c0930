import { isMap } from 'yaml';
import type { Node } from 'yaml';
import type { ValidateFunction } from 'ajv';
import type { Finding } from '../findings';
import type { LibraryFolder } from './librarySpec';
import { schemaErrorsToFindings } from '../clauses/clauseSchemas';
import { parseYamlSource, problemAt, type YamlSource } from '../clauses/yamlSource';

/** An entry of a library of one entry per file (a checklist, a chapter type), with where it came from. */
export interface Origin {
  origin: { folder: string; file: string; line: number };
}

/** How one library of one-entry files reads and names its problems. */
export interface OneEntryLibrary<T extends { id: string }> {
  rule: Finding['rule'];
  validator(): ValidateFunction;
  messages: { folderUnreadable: string; fileUnreadable: string; duplicate: string; notMapping: string; yamlSyntax: string };
  /** What the schema cannot say about a valid entry (problems appended); false refuses the entry. */
  extraChecks?(value: T, source: YamlSource, node: Node, problems: Finding[]): boolean;
}

/**
 * Reads folders of one-entry files (YAML or JSON) in increasing precedence (ours first): an
 * entry of a later folder with the id of an earlier one replaces it in place; the same id twice
 * in one folder is a problem. Every problem is a finding at its file and line (the clause
 * library's YAML positions and schema messages); the valid entries still load.
 */
export function loadById<T extends { id: string }>(spec: OneEntryLibrary<T>, folders: readonly LibraryFolder[], configFile?: string): { entries: Array<T & Origin>; problems: Finding[] } {
  const problems: Finding[] = [];
  const inForce = new Map<string, { entry: T & Origin; folderIndex: number }>();
  const order: string[] = [];
  const at = { line: 0, column: 0 };
  const problem = (file: string, line: number, messageId: string, args: Finding['args']): Finding => ({ file, range: { start: { line, column: 0 }, end: { line, column: 0 } }, severity: 'error', rule: spec.rule, messageId, ...(args ? { args } : {}) });
  folders.forEach((folder, folderIndex) => {
    if (folder.readError !== undefined) {
      problems.push({ ...problem(configFile ?? folder.folder, 0, spec.messages.folderUnreadable, { folder: folder.folder, reason: folder.readError }), range: { start: at, end: at } });
      return;
    }
    for (const file of folder.unreadableFiles ?? []) problems.push(problem(file.path, 0, spec.messages.fileUnreadable, { reason: file.reason }));
    for (const file of folder.files) {
      const entry = readOne(spec, folder.folder, file.path, file.text, problems);
      if (!entry) continue;
      const previous = inForce.get(entry.id);
      if (previous && previous.folderIndex === folderIndex) {
        problems.push(problem(entry.origin.file, entry.origin.line, spec.messages.duplicate, { id: entry.id, otherFile: previous.entry.origin.file }));
        continue;
      }
      if (!previous) order.push(entry.id);
      inForce.set(entry.id, { entry, folderIndex });
    }
  });
  // The clause helpers write `clause-library` findings; syntax gets this library's words, field messages are generic.
  const relabel = (f: Finding): Finding => ({ ...f, rule: spec.rule, messageId: f.messageId === 'clauses.yamlSyntax' ? spec.messages.yamlSyntax : f.messageId });
  return { entries: order.map((id) => inForce.get(id)!.entry), problems: problems.map(relabel) };
}

function readOne<T extends { id: string }>(spec: OneEntryLibrary<T>, folder: string, path: string, text: string, problems: Finding[]): (T & Origin) | undefined {
  const { source, problems: syntax } = parseYamlSource(path, text);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return undefined;
  }
  const node = source.doc.contents as Node | null;
  if (!isMap(node)) {
    problems.push(problemAt(source, node?.range?.[0] ?? 0, node?.range?.[1] ?? text.length, 'error', spec.messages.notMapping));
    return undefined;
  }
  const value = node.toJSON() as unknown;
  const validate = spec.validator();
  const label = typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : path;
  if (!validate(value)) {
    problems.push(...schemaErrorsToFindings(source, node, validate.errors, label));
    return undefined;
  }
  const { $schema: _schema, ...entry } = value as T & { $schema?: string };
  if (spec.extraChecks && !spec.extraChecks(entry as T, source, node, problems)) return undefined;
  return { ...(entry as T), origin: { folder, file: path, line: source.lines.linePos(node.range?.[0] ?? 0).line - 1 } };
}
