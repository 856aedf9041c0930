import type { Severity } from '../findings';
import type { Lang } from '../messages/catalog';
import type { TermEntry } from '../terminology/termBase';

export type RuleSetting = Severity | 'off' | { severity?: Severity | 'off'; [option: string]: unknown };

/** The configuration file as written (opendata-toolkit.json); see schemas/opendata-toolkit.schema.json. */
export interface ToolkitConfigFile {
  $schema?: string;
  sourceLanguage?: Lang;
  pairs?: Record<string, string> | string;
  include?: string[];
  ignore?: string[];
  rules?: Record<string, RuleSetting>;
  hostPairs?: Record<string, string>;
  siteHosts?: string[];
  maxFileSize?: number;
  timeBudgetMs?: number;
  policy?: PolicyAnswers;
  clauseFolders?: string[];
  /** The command line keeps each pair's findings between runs (as `--cache`). */
  cache?: boolean;
  checklistFolders?: string[];
  disabledChecklists?: string[];
  /** The team's term base file (JSON, the shape of terms/term-base.json), relative to this file. */
  termBase?: string;
  templateFolders?: string[];
  /** Glob (relative to the configuration's folder) → ids of the checklists that apply to the files it matches. */
  checklistGlobs?: Record<string, string[]>;
}

/** A text given once, or in each language. */
export type BilingualText = string | { en: string; fr: string };

/** Answers used to fill clauses and assemble a policy (municipality, province, lead). */
export interface PolicyAnswers {
  municipality?: BilingualText;
  province?: string;
  leadTitle?: BilingualText;
}

/** The configuration with defaults applied and paths made relative to `root` (with `/`). */
export interface ResolvedConfig {
  /** Absolute folder the relative paths are resolved from (the config file's folder). */
  root: string;
  /** Absolute path of the config file, when there is one. */
  file?: string;
  sourceLanguage: Lang;
  /** English path → French path, both relative to `root`. */
  pairs: Map<string, string>;
  include: string[];
  ignore: string[];
  severities: Map<string, Severity | 'off'>;
  ruleOptions: Map<string, Record<string, unknown>>;
  hostPairs: Record<string, string>;
  /** Host names the site itself is published under: absolute links there are links between its pages. */
  siteHosts: string[];
  maxFileSize: number;
  /** Longest time one pair's check may take before it is stopped and reported. */
  timeBudgetMs: number;
  policy: PolicyAnswers;
  /** The organisation's clause folders, relative to `root`. */
  clauseFolders: string[];
  /** The organisation's checklist folders, relative to `root`. */
  checklistFolders: string[];
  /** Ids of built-in checklists switched off. */
  disabledChecklists: string[];
  /** The organisation's chapter template folders, relative to `root`. */
  templateFolders: string[];
  /** Glob → ids of checklists applied to the files it matches, besides those their front matter asks for. */
  checklistGlobs: Record<string, string[]>;
  /** Absolute folders outside `root` that the user (never the repository) let the configuration's paths point into. */
  allowedOutside: string[];
  /** `--cache` by default on the command line. */
  cache: boolean;
  /** The team's term base file, relative to `root`, when the configuration names one. */
  termBase?: string;
  /** Its valid entries: they extend the built-in term base and replace its entries of the same id. */
  termEntries?: TermEntry[];
}

export const CONFIG_FILE_NAME = 'opendata-toolkit.json';
export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];
/** Always left out. Hidden folders below the folders given are skipped while walking, not here, so that a hidden folder named explicitly is still checked. */
export const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
export const DEFAULT_TIME_BUDGET_MS = 10_000;
