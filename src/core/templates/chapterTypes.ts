/**
 * What a chapter type is: its skeleton of sections, example blocks and reading. The types
 * themselves are data, one file each in templates/ (schemas/chapter-template.schema.json):
 * the ten topics the advisory committee set out, and an organisation's own. Example content in
 * the skeletons is there to be replaced; guidance notes are HTML comments.
 */
import type { Bilingual } from './format';
import type { CalloutKind, CaseStudy, Definition, DatasetDescription, EventPlan, Milestone, RiskRow, StakeholderRow, UseCase } from './blocks';

/** A chapter type's id (`governance`): the file's `id`, written into a chapter's front matter `chapter`. */
export type ChapterTypeId = string;

export type SectionBlock =
  | { kind: 'callout'; callout: CalloutKind; text: Bilingual }
  | { kind: 'caseStudy'; caseStudy: CaseStudy }
  | { kind: 'riskTable'; rows: RiskRow[] }
  | { kind: 'stakeholderMap'; rows: StakeholderRow[] }
  | { kind: 'dataset'; dataset: DatasetDescription }
  | { kind: 'useCase'; useCase: UseCase }
  | { kind: 'milestone'; milestone: Milestone }
  | { kind: 'event'; event: EventPlan }
  | { kind: 'checklist'; title: Bilingual; items: Bilingual[] }
  | { kind: 'definitions'; items: Definition[] }
  | { kind: 'list'; ordered: boolean; items: Bilingual[] };

export interface ChapterSection {
  heading: Bilingual;
  /** What the author should write here (rendered as an HTML comment). */
  guidance: Bilingual;
  blocks?: SectionBlock[];
}

export interface FurtherReading {
  title: Bilingual;
  /** The page in each language; the same address when there is only one. */
  url: Bilingual;
  /** Only in English: the French file says so, as Government of Canada sites do. */
  englishOnly?: boolean;
}

export interface ChapterType {
  id: ChapterTypeId;
  /** Place in the “New toolkit chapter…” list, smallest first. */
  order: number;
  title: Bilingual;
  description: Bilingual;
  intro: Bilingual;
  objectives: Bilingual[];
  sections: ChapterSection[];
  takeaways: Bilingual[];
  furtherReading: FurtherReading[];
}
