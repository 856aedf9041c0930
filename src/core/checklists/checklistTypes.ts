import type { Severity } from '../findings';
import type { Lang } from '../lang';

/** The same text in English and in Canadian French. */
export type Localized = Record<Lang, string>;

/**
 * The check that decides an automatic item: exactly one key, naming the check, with its
 * parameters (schemas/checklist.schema.json says what each means).
 */
export type ChecklistCheck =
  | { heading: Record<Lang, string[]> }
  | { clause: { id: string } | { category: string } }
  | { provision: string }
  | { frontMatter: string }
  | { counterpart: true }
  | { noFindings: { rules?: string[]; severity?: Severity } }
  | { imagesAlt: true }
  | { minWords: number }
  | { link: string[] };

export type CheckName = ChecklistCheck extends infer C ? (C extends unknown ? keyof C : never) : never;

export interface ChecklistItem {
  id: string;
  label: Localized;
  help?: Localized;
  sources?: string[];
  kind: 'automatic' | 'manual';
  /** A missing required item fails `toolkit-check checklist` (exit 1). */
  required?: boolean;
  check?: ChecklistCheck;
}

export interface ChecklistSection {
  title: Localized;
  items: ChecklistItem[];
}

export interface Checklist {
  id: string;
  title: Localized;
  description?: Localized;
  /** Front matter `type` values the list applies to without being named. */
  appliesTo: { types?: string[] };
  sections: ChecklistSection[];
}

/** A checklist as loaded, with the file and line it came from. */
export interface LoadedChecklist extends Checklist {
  origin: { folder: string; file: string; line: number };
}
