export { loadChecklists, CHECKLIST_RULE, type ChecklistLibrary } from './loadChecklists';
export { CHECKLIST_LIBRARY } from './checklistLibrarySpec';
export { evaluateChecklist, tickKey, type ChecklistResult, type ItemResult, type ItemState } from './evaluateChecklist';
export { applicableChecklists, frontMatterTicks, CHECKLISTS_FIELD, TICKS_FIELD } from './applicableChecklists';
export type { ChecklistContext, ClauseLookup } from './checklistContext';
export type { Checklist, ChecklistItem, ChecklistSection, ChecklistCheck, LoadedChecklist, Localized } from './checklistTypes';
export { checklistSchema } from './checklistSchema';
export { ticksEdit, type TextEdit } from './tickEdit';
