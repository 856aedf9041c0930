import { isMap } from 'yaml';
import type { Node } from 'yaml';
import type { Finding } from '../findings';
import type { LibraryFolder } from '../libraries/librarySpec';
import { schemaErrorsToFindings } from '../clauses/clauseSchemas';
import { nodeAtPointer, parseYamlSource, problemAt, problemAtNode } from '../clauses/yamlSource';
import { checklistValidator } from './checklistSchema';
import type { Checklist, LoadedChecklist } from './checklistTypes';

export const CHECKLIST_RULE = 'checklist-library' as const;

export interface ChecklistLibrary {
  /** Lists in force, in the order first defined (an organisation's list of the same id replaces ours in place). */
  lists: LoadedChecklist[];
  byId: ReadonlyMap<string, LoadedChecklist>;
  /** Every problem of every folder at its line; the valid lists still load. */
  problems: Finding[];
}

export interface LoadChecklistsOptions {
  /** Where a folder that cannot be read is reported (the configuration file that names it). */
  configFile?: string;
  /** Ids of built-in lists switched off by the configuration. */
  disabled?: readonly string[];
}

/**
 * Reads checklist folders in increasing precedence (ours first). The file parsing and the
 * schema errors placed on YAML nodes are the clause library's; the findings are re-labelled
 * as this library's, so that a checklist problem never reads as a clause problem.
 */
export function loadChecklists(folders: readonly LibraryFolder[], options: LoadChecklistsOptions = {}): ChecklistLibrary {
  const problems: Finding[] = [];
  const inForce = new Map<string, { list: LoadedChecklist; folderIndex: number }>();
  const order: string[] = [];
  const at = { line: 0, column: 0 };
  folders.forEach((folder, folderIndex) => {
    if (folder.readError !== undefined) {
      problems.push({ file: options.configFile ?? folder.folder, range: { start: at, end: at }, severity: 'error', rule: CHECKLIST_RULE, messageId: 'checklists.folderUnreadable', args: { folder: folder.folder, reason: folder.readError } });
      return;
    }
    for (const file of folder.unreadableFiles ?? []) {
      problems.push({ file: file.path, range: { start: at, end: at }, severity: 'error', rule: CHECKLIST_RULE, messageId: 'checklists.fileUnreadable', args: { reason: file.reason } });
    }
    for (const file of folder.files) {
      const list = readChecklistFile(folder.folder, file.path, file.text, problems);
      if (!list) continue;
      const previous = inForce.get(list.id);
      if (previous && previous.folderIndex === folderIndex) {
        problems.push({ ...duplicateAt(list, previous.list.origin.file) });
        continue;
      }
      if (!previous) order.push(list.id);
      inForce.set(list.id, { list, folderIndex });
    }
  });
  const disabled = new Set(options.disabled ?? []);
  const lists = order.filter((id) => !disabled.has(id)).map((id) => inForce.get(id)!.list);
  return { lists, byId: new Map(lists.map((l) => [l.id, l])), problems: problems.map(relabel) };
}

function duplicateAt(list: LoadedChecklist, otherFile: string): Finding {
  const line = { line: list.origin.line, column: 0 };
  return { file: list.origin.file, range: { start: line, end: line }, severity: 'error', rule: CHECKLIST_RULE, messageId: 'checklists.duplicateList', args: { id: list.id, otherFile } };
}

/** The clause helpers write `clause-library` findings; syntax gets our own words, the field messages are generic. */
function relabel(finding: Finding): Finding {
  const messageId = finding.messageId === 'clauses.yamlSyntax' ? 'checklists.yamlSyntax' : finding.messageId;
  return { ...finding, rule: CHECKLIST_RULE, messageId };
}

/** One valid checklist from a file, or none (its problems appended). */
function readChecklistFile(folder: string, path: string, text: string, problems: Finding[]): LoadedChecklist | undefined {
  const { source, problems: syntax } = parseYamlSource(path, text);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return undefined;
  }
  const node = source.doc.contents as Node | null;
  if (!isMap(node)) {
    problems.push({ ...problemAt(source, node?.range?.[0] ?? 0, node?.range?.[1] ?? text.length, 'error', 'checklists.notChecklistFile') });
    return undefined;
  }
  const value = node.toJSON() as unknown;
  const validate = checklistValidator();
  const label = typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : 'checklist';
  if (!validate(value)) {
    problems.push(...schemaErrorsToFindings(source, node, validate.errors, label));
    return undefined;
  }
  const list = value as Checklist & { $schema?: string };
  // What the schema cannot say: item ids are unique in a list (ticks are stored by them).
  const seen = new Set<string>();
  let duplicate = false;
  list.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      if (seen.has(item.id)) {
        duplicate = true;
        problems.push(problemAtNode(source, nodeAtPointer(node, `/sections/${s}/items/${i}/id`).node, 'error', 'checklists.duplicateItem', { id: item.id }));
      }
      seen.add(item.id);
    }),
  );
  if (duplicate) return undefined;
  const { $schema: _schema, ...rest } = list;
  return { ...rest, origin: { folder, file: path, line: source.lines.linePos(node.range?.[0] ?? 0).line - 1 } };
}
