/** Chapter templates: the toolkit's chapter types (data, in templates/) and the paired files of a new chapter. */
export { loadTemplates, TEMPLATE_RULE, type ChapterTemplateLibrary, type LoadedChapterType } from './loadTemplates';
export { TEMPLATE_LIBRARY } from './templateLibrarySpec';
export { chapterTemplateSchema } from './templateSchema';
export type { ChapterType, ChapterTypeId, ChapterSection, FurtherReading, SectionBlock } from './chapterTypes';
export {
  chapterPaths, chapterTypeChoices, createChapterPair, parallelRoot, renderChapter, slugify, slugProblemMessage, validateSlug, wouldOverwrite,
} from './createChapterPair';
export type { ChapterFile, ChapterLayout, ChapterPair, ChapterPairOptions, SlugProblem } from './createChapterPair';
export { formatDate, formatDollars, formatNumber, formatPercent } from './format';
export type { Bilingual } from './format';
