/**
 * Every command id of the extension, as package.json contributes them (a unit test checks that
 * the two lists match) plus the internal ones that menus never show.
 */
export const COMMANDS = {
  openCounterpart: 'openDataToolkit.openCounterpart',
  goToCounterpartSection: 'openDataToolkit.goToCounterpartSection',
  createCounterpart: 'openDataToolkit.createCounterpart',
  checkWorkspace: 'openDataToolkit.checkWorkspace',
  newChapter: 'openDataToolkit.newChapter',
  insertClause: 'openDataToolkit.insertClause',
  assemblePolicy: 'openDataToolkit.assemblePolicy',
  markReviewed: 'openDataToolkit.markReviewed',
  markSectionReviewed: 'openDataToolkit.markSectionReviewed',
  openAlignedReview: 'openDataToolkit.openAlignedReview',
  exportXliff: 'openDataToolkit.exportXliff',
  importXliff: 'openDataToolkit.importXliff',
  checklistFix: 'openDataToolkit.checklistFix',
  exportChecklistReport: 'openDataToolkit.exportChecklistReport',
} as const;

/** Commands that code actions and links run, not listed in the palette. */
export const INTERNAL_COMMANDS = {
  revealLocation: 'openDataToolkit.revealLocation',
  /** Insert a clause with the prompts' answers given: (id, ClauseAnswers) → { inserted, asked, refused? }. */
  insertClauseWith: 'openDataToolkit.insertClauseWith',
  /** New toolkit chapter with every answer given (tests, other extensions): (folder, ChapterChoice). */
  newChapterWith: 'openDataToolkit.newChapterWith',
  /** Assemble a policy with every answer given: (folder, PolicyChoice). */
  assemblePolicyWith: 'openDataToolkit.assemblePolicyWith',
  /** The aligned review's last posted rows and their version (tests). */
  alignedReviewState: 'openDataToolkit.alignedReviewState',
  /** Opens a side of an aligned review row as the page's click does: (row, 'en' | 'fr'). */
  alignedReviewOpenSide: 'openDataToolkit.alignedReviewOpenSide',
  /** The workspace dashboard's model, built now with an optional filter (tests). */
  dashboardState: 'openDataToolkit.dashboardState',
  /** Export the XLIFF of a pair without dialogs: (source, out, version '2.1' | '1.2'). */
  exportXliffTo: 'openDataToolkit.exportXliffTo',
  /** Import an XLIFF without a dialog: (xlf). */
  importXliffFrom: 'openDataToolkit.importXliffFrom',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
