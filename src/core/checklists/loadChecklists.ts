import type { Finding } from '../findings';
import type { LibraryFolder } from '../libraries/librarySpec';
import { loadById, type OneEntryLibrary } from '../libraries/loadById';
import { nodeAtPointer, problemAtNode } from '../clauses/yamlSource';
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

const CHECKLIST_FILES: OneEntryLibrary<Checklist> = {
  rule: CHECKLIST_RULE,
  validator: checklistValidator,
  messages: { folderUnreadable: 'checklists.folderUnreadable', fileUnreadable: 'checklists.fileUnreadable', duplicate: 'checklists.duplicateList', notMapping: 'checklists.notChecklistFile', yamlSyntax: 'checklists.yamlSyntax' },
  // What the schema cannot say: item ids are unique in a list (ticks are stored by them).
  extraChecks(list, source, node, problems) {
    const seen = new Set<string>();
    let unique = true;
    list.sections.forEach((section, s) =>
      section.items.forEach((item, i) => {
        if (seen.has(item.id)) {
          unique = false;
          problems.push(problemAtNode(source, nodeAtPointer(node, `/sections/${s}/items/${i}/id`).node, 'error', 'checklists.duplicateItem', { id: item.id }));
        }
        seen.add(item.id);
      }),
    );
    return unique;
  },
};

/** Reads checklist folders in increasing precedence (ours first); see loadById. */
export function loadChecklists(folders: readonly LibraryFolder[], options: LoadChecklistsOptions = {}): ChecklistLibrary {
  const { entries, problems } = loadById(CHECKLIST_FILES, folders, options.configFile);
  const disabled = new Set(options.disabled ?? []);
  const lists = entries.filter((l) => !disabled.has(l.id));
  return { lists, byId: new Map(lists.map((l) => [l.id, l])), problems };
}
