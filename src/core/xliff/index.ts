// XLIFF round trip of a pair for translators' CAT tools: export (xliffUnits + writeXliff, or writeXliff12), import (readXliff, either version, + applyXliff).
export { xliffUnits, type XliffUnit } from './xliffUnits';
export { writeXliff, type XliffExport } from './writeXliff';
export { writeXliff12, unwritableIn12 } from './writeXliff12';
export { readXliff, type ReadXliff } from './readXliff';
export { applyXliff, type ImportResult } from './applyXliff';
export { reviewedUnits } from './reviewedUnits';
export { XLIFF_MESSAGE_IDS, type XliffProblem } from './xliffProblem';
export { unitNotes, type UnitFinding } from './unitNotes';
