import type { ToolkitConfigFile } from './configTypes';

/**
 * Keys of the configuration file that the editor also takes as settings (`openDataToolkit.<key>`);
 * the file wins key by key. package.json's settings are generated from the schema for these.
 */
export const MIRRORED_SETTINGS = ['sourceLanguage', 'pairs', 'include', 'ignore', 'rules', 'hostPairs', 'maxFileSize', 'timeBudgetMs', 'policy', 'clauseFolders'] as const satisfies ReadonlyArray<keyof ToolkitConfigFile>;

export type MirroredSetting = (typeof MIRRORED_SETTINGS)[number];
