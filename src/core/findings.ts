import type { Range } from './text/position';
import type { RuleId } from './rules/registry';

export type Severity = 'error' | 'warning' | 'info';

/** A location in another file (usually the counterpart) that explains a finding. */
export interface RelatedLocation {
  file: string;
  range: Range;
  messageId: string;
  args?: MessageArgs;
}

/** A message argument that is itself a message (a language name, a kind of block), localised with the rest. */
export interface MessageRef {
  messageId: string;
  args?: MessageArgs;
}

/**
 * Message arguments: text, a number (written the way the message's language writes numbers), a
 * message, or a text given in each language (a value from the other file, written the reader's way).
 */
export type MessageArgs = Record<string, string | number | MessageRef | { en: string; fr: string }>;

/** A safe edit that resolves a finding: replace `range` of the finding's file with `text`. */
export interface Fix {
  range: Range;
  text: string;
  /** What the quick fix is called, in the reader's language. */
  title: MessageRef;
}

/**
 * One problem found by the engine. Plain data: front ends (CLI, editor) turn the message id
 * and arguments into text in the user's language and the range into their own types.
 */
export interface Finding {
  /** The file the finding is about, as given to the engine (absolute or workspace-relative). */
  file: string;
  range: Range;
  severity: Severity;
  /** Stable rule id, e.g. `numbers`; the key of the rule's switch in the config file. */
  rule: RuleId;
  messageId: string;
  args?: MessageArgs;
  related?: RelatedLocation[];
  /** The edit that fixes it, where the engine knows one is safe. */
  fix?: Fix;
  /** Other edits offered beside `fix` for the user to choose (more spelling suggestions); never applied in bulk. */
  alternatives?: Fix[];
  /** What a front end shows beside the message (a drifted clause's id and word diff). */
  data?: Readonly<Record<string, unknown>>;
}
