import type { Lang, Localized } from '../lang';

export type { Localized } from '../lang';

/** Kinds of parameter; they decide how a value is written in each language. */
export type ClauseParameterType =
  | 'string'
  | 'text'
  | 'number'
  | 'integer'
  | 'date'
  | 'enum'
  | 'url'
  | 'email'
  | 'boolean';

/** A scalar value, or one value per language (e.g. a title that is translated). */
export type ParameterValue = string | number | boolean | Localized<string>;

export interface ClauseParameterOption {
  value: string;
  label: Localized;
}

export interface ClauseParameter {
  name: string;
  type: ClauseParameterType;
  /** A few words naming the value in each language (the tab stop's text when there is no value). */
  label?: Localized;
  description: Localized;
  default?: ParameterValue;
  example?: ParameterValue;
  /** Only for `enum`: the allowed values and how each is written in each language. */
  options?: ClauseParameterOption[];
}

export interface Clause {
  id: string;
  version: string;
  category: string;
  /** Unique in the library in each language: pickers list clauses by it. */
  title: Localized;
  /** The section heading in an assembled policy, when alternatives share one (`Open licence`). */
  heading?: Localized;
  /** Markdown with `{{name}}` placeholders. */
  body: Localized;
  parameters: ClauseParameter[];
  guidance?: Localized;
  sources: string[];
  alternatives: string[];
}

/** Where a clause came from, for diagnostics and for "go to definition". */
export interface ClauseOrigin {
  folder: string;
  file: string;
  /** 0-based line of the clause's first key. */
  line: number;
}

export interface LoadedClause extends Clause {
  origin: ClauseOrigin;
}

/** One file as the caller read it: core never touches the disk. */
export interface ClauseFileInput {
  path: string;
  text: string;
}

/** A folder of clause files; folders are given in increasing precedence. */
export interface ClauseFolderInput {
  folder: string;
  files: readonly ClauseFileInput[];
}

/** A profile entry that picks one clause from an answer (e.g. the privacy variant by province). */
export interface ClauseSelection {
  select: string;
  by: string;
  options: Record<string, string>;
  default?: string;
}

export type ProfileEntry = string | ClauseSelection;

export interface ProfileQuestion {
  name: string;
  type: ClauseParameterType;
  label: Localized;
  description?: Localized;
  required?: boolean;
  default?: ParameterValue;
  options?: ClauseParameterOption[];
}

export interface ClauseProfile {
  id: string;
  title: Localized;
  description: Localized;
  questions: ProfileQuestion[];
  /** Parameter values this profile prefers over the clauses' own defaults. */
  defaults?: Record<string, ParameterValue>;
  clauses: ProfileEntry[];
}

export interface LoadedProfile extends ClauseProfile {
  origin: ClauseOrigin;
}

export type { Lang };
