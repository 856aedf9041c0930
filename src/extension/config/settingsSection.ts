/** The section of the extension's settings: `openDataToolkit.<key>`. */
export const SETTINGS_SECTION = 'openDataToolkit';
