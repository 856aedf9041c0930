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
  checklistFix: 'openDataToolkit.checklistFix',
  exportChecklistReport: 'openDataToolkit.exportChecklistReport',
} as const;

/** Commands that code actions and links run, not listed in the palette. */
export const INTERNAL_COMMANDS = {
  revealLocation: 'openDataToolkit.revealLocation',
  /** New toolkit chapter with every answer given (tests, other extensions): (folder, ChapterChoice). */
  newChapterWith: 'openDataToolkit.newChapterWith',
  /** Assemble a policy with every answer given: (folder, PolicyChoice). */
  assemblePolicyWith: 'openDataToolkit.assemblePolicyWith',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
