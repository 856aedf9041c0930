/** Chapter templates: the toolkit's chapter types and the paired files of a new chapter. */
export { CHAPTER_TYPE_IDS, CHAPTER_TYPES, getChapterType } from './chapterTypes';
export type { ChapterType, ChapterTypeId, ChapterSection, FurtherReading, SectionBlock } from './chapterTypes';
export {
  chapterPaths, chapterTypeChoices, createChapterPair, parallelRoot, renderChapter, slugify, slugProblemMessage, validateSlug, wouldOverwrite,
} from './createChapterPair';
export type { ChapterFile, ChapterLayout, ChapterPair, ChapterPairOptions, SlugProblem } from './createChapterPair';
export { formatDate, formatDollars, formatNumber, formatPercent } from './format';
export type { Bilingual } from './format';
