// XLIFF 2 round trip of a pair for translators' CAT tools: export (xliffUnits + writeXliff), import (readXliff + applyXliff).
export { xliffUnits, type XliffUnit } from './xliffUnits';
export { writeXliff, type XliffExport } from './writeXliff';
export { readXliff, type ReadXliff } from './readXliff';
export { applyXliff, type ImportResult } from './applyXliff';
export { XLIFF_MESSAGE_IDS, type XliffProblem } from './xliffProblem';
export { unitNotes, type UnitFinding } from './unitNotes';
