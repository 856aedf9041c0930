import type { Block, Section } from '../markdown/documentModel';

/** English and French sections put side by side; one side is empty where a section has no counterpart. */
export interface SectionStep {
  en?: Section;
  fr?: Section;
  /**
   * For a section on one side only whose text the other side has: `as` holds what the other side
   * wrote in place of its heading (a plain line, a list, a block quote), or, when the heading was
   * simply dropped, `at` is the other side's first block of its text. Absent for a section that
   * is missing as a whole.
   */
  loose?: { as?: Block[]; at?: Block };
}

export interface BlockStep {
  en: Block[];
  fr: Block[];
  /** The sections the blocks belong to (where a block without counterpart would go). */
  section: SectionStep;
}

export interface DocumentAlignment {
  sections: SectionStep[];
  /** Block steps of every section pair, in document order. */
  blocks: BlockStep[];
}
