const MARKER_HINT = /<!--\s*\/?clause\b/;

/** Cheap test before any clause work: most Markdown files hold no clause marker. */
export function mentionsClauses(text: string): boolean {
  return MARKER_HINT.test(text);
}
