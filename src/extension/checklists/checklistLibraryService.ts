import type * as vscode from 'vscode';
import type { ChecklistLibrary } from '../../core/checklists/index';
import { getEngine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import { LibraryService } from '../libraries/libraryService';

/** The checklists of each workspace folder: ours and the configuration's `checklistFolders`. */
export type ChecklistLibraryService = LibraryService<ChecklistLibrary>;

export function createChecklistLibraryService(extensionUri: vscode.Uri, configs: ConfigService): ChecklistLibraryService {
  return new LibraryService(() => getEngine().checklists.CHECKLIST_LIBRARY, extensionUri, configs, 'opendata-toolkit-checklists');
}
