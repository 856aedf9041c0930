import type { ResolvedConfig } from '../core/config/configTypes';
import type { FilePair } from '../core/pairing/pairFiles';
import type { ClauseFolderRead } from '../core/clauses/clauseCatalogue';
import type { ProjectTask, SourceFile, TaskResult } from '../core/project/checkProject';
import type { CounterpartLocation } from '../core/navigation/counterpartLocation';
import type { LoadProblem } from '../core/project/loadSource';
import type { SiteRoutes } from '../core/links/siteRoutes';
import type { SpellerConfigProblem } from '../core/spelling/speller';

/** What an engine worker is told once, and again whenever the configuration or the pairing changes. */
export interface EngineSetup {
  config: ResolvedConfig;
  pairs: FilePair[];
  /**
   * The clause folders' files (ours first), when some file holds a clause marker or the
   * configuration names clause folders; `'disk'` lets the worker read them itself (command line).
   */
  clauses?: ClauseFolderRead[] | 'disk';
  /** Where each page is published, for links between pages (see core/links/siteRoutes.ts). */
  siteRoutes?: SiteRoutes;
  /**
   * The project's dictionary as the front end read it (the editor: the open document's text, so
   * a word just added counts before it is saved), and why it could not be read.
   */
  projectWords?: { words: string[]; problems: SpellerConfigProblem[] };
  /** Keep each file's parsed pieces between checks, so an edit re-parses only what it touched (editor). */
  incremental?: boolean;
}

/** The work an engine worker does: check a pair or a file, or map a line of a pair to its counterpart. */
export type EngineRequest =
  /**
   * `phase` runs a part of the check only (the editor): every rule but spelling, which never
   * waits for the dictionaries, or spelling alone, which the pool runs on its speller's worker.
   */
  | { kind: 'check'; task: ProjectTask; sources: SourceFile[]; phase?: 'withoutSpeller' | 'spellerOnly' }
  | { kind: 'locate'; en: SourceFile; fr: SourceFile; from: 'en' | 'fr'; line: number; sectionOnly?: boolean }
  | { kind: 'skeleton'; source: SourceFile; from: 'en' | 'fr' };

export interface EngineResults {
  check: TaskResult;
  locate: CounterpartLocation | undefined;
  /** The first draft of the other language's file, or why the file cannot be read. */
  skeleton: { text: string; hasTranslationKey: boolean } | { problem: LoadProblem };
}

export type WorkerMessage =
  | { type: 'setup'; setup: EngineSetup }
  | { type: 'request'; id: number; request: EngineRequest; cancel: SharedArrayBuffer };

export type WorkerReply =
  | { type: 'started'; id: number }
  | { type: 'result'; id: number; value: unknown }
  /**
   * A check's findings of every rule but spelling, sent while the dictionaries still load; the
   * result that follows holds them all.
   */
  | { type: 'partial'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; stack?: string; cancelled?: boolean }
  /** The worker loads its dictionaries (once, seconds): not part of the request's time budget. */
  | { type: 'loading'; id: number; done: boolean };
