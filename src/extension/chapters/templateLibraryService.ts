import type * as vscode from 'vscode';
import type { ChapterTemplateLibrary } from '../../core/templates/index';
import { getEngine } from '../engine/engine';
import type { ConfigService } from '../config/configService';
import { LibraryService } from '../libraries/libraryService';

/** The chapter types of each workspace folder: ours (templates/) and the configuration's `templateFolders`. */
export type TemplateLibraryService = LibraryService<ChapterTemplateLibrary>;

export function createTemplateLibraryService(extensionUri: vscode.Uri, configs: ConfigService): TemplateLibraryService {
  return new LibraryService(() => getEngine().templates.TEMPLATE_LIBRARY, extensionUri, configs, 'opendata-toolkit-templates');
}
