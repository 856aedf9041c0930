import type { Finding } from '../findings';
import type { LibraryFolder } from '../libraries/librarySpec';
import { loadById, type OneEntryLibrary, type Origin } from '../libraries/loadById';
import { chapterTemplateValidator } from './templateSchema';
import type { ChapterType } from './chapterTypes';

export const TEMPLATE_RULE = 'template-library' as const;

export type LoadedChapterType = ChapterType & Origin;

export interface ChapterTemplateLibrary {
  /** Chapter types in force, by `order` (then id); an organisation's type of the same id replaces ours. */
  types: LoadedChapterType[];
  byId: ReadonlyMap<string, LoadedChapterType>;
  /** Every problem of every folder at its line; the valid types still load. */
  problems: Finding[];
}

const TEMPLATE_FILES: OneEntryLibrary<ChapterType> = {
  rule: TEMPLATE_RULE,
  validator: chapterTemplateValidator,
  messages: { folderUnreadable: 'templates.folderUnreadable', fileUnreadable: 'templates.fileUnreadable', duplicate: 'templates.duplicateType', notMapping: 'templates.notTemplateFile', yamlSyntax: 'templates.yamlSyntax' },
};

/** Reads chapter template folders in increasing precedence (ours first); see loadById. */
export function loadTemplates(folders: readonly LibraryFolder[], options: { configFile?: string } = {}): ChapterTemplateLibrary {
  const { entries, problems } = loadById(TEMPLATE_FILES, folders, options.configFile);
  const types = [...entries].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { types, byId: new Map(types.map((t) => [t.id, t])), problems };
}
