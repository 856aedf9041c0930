import type { Range } from './text/position';

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
}

export type MessageArgs = Record<string, string | number | MessageRef>;

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
  rule: string;
  messageId: string;
  args?: MessageArgs;
  related?: RelatedLocation[];
  /** Extra machine-readable data for code actions (e.g. the text to copy across). */
  data?: Record<string, unknown>;
}
