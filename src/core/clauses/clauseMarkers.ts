import type { Finding } from '../findings';
import { LineIndex } from '../text/lineIndex';
import type { Position, Range } from '../text/position';
import './clauseMessages';
import { htmlComments } from '../text/htmlComments';

export const MARKER_RULE = 'clause-markers';
export const CLOSE_MARKER = '<!-- /clause -->';

export function openMarker(id: string, version: string, adapted = false): string {
  return `<!-- clause:${id}@${version}${adapted ? ` ${ADAPTED}` : ''} -->`;
}

/** The word after the version that says the writer kept their own wording on purpose. */
export const ADAPTED = 'adapted';

/** A clause body between its markers, on lines of their own (how assembly and insertion write it). */
export function wrapInMarkers(id: string, version: string, body: string): string {
  return `${openMarker(id, version)}\n${body.replace(/\n+$/, '')}\n${CLOSE_MARKER}`;
}

export interface ClauseMarker {
  id: string;
  /** null when the marker has no `@version`, which is reported. */
  version: string | null;
  /** `<!-- clause:id@1.0.0 adapted -->`: reworded on purpose, so no drift is reported. */
  adapted: boolean;
  /** From the start of the opening marker to the end of the closing one. */
  range: Range;
  openRange: Range;
  closeRange: Range;
  /** The clause text: lines between the markers when they stand on their own lines. */
  contentRange: Range;
  content: string;
}

export interface MarkerScan {
  clauses: ClauseMarker[];
  problems: Finding[];
}

const OPEN = /^\s*clause:([^\s@]+)(?:@(\S*))?(\s+adapted)?\s*$/;
const CLOSE = /^\s*\/clause\s*$/;

/**
 * Finds `<!-- clause:ID@VERSION -->` … `<!-- /clause -->` pairs. Markers inside fenced code
 * blocks are examples, not clauses, and are ignored.
 */
export function findClauseMarkers(text: string, file: string): MarkerScan {
  const lines = new LineIndex(text);
  const pos = (offset: number): Position => lines.position(offset);
  const fences = fencedRanges(text);
  const inFence = (offset: number) => fences.some(([s, e]) => offset >= s && offset < e);

  const clauses: ClauseMarker[] = [];
  const problems: Finding[] = [];
  let open: { id: string; version: string | null; adapted: boolean; start: number; end: number } | null = null;
  const problem = (start: number, end: number, severity: Finding['severity'], messageId: string, args?: Finding['args']) =>
    problems.push({ file, range: { start: pos(start), end: pos(end) }, severity, rule: MARKER_RULE, messageId, args });

  for (const m of htmlComments(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inFence(start)) continue;
    const opening = OPEN.exec(m[1]);
    if (opening) {
      const id = opening[1];
      const version = opening[2] ? opening[2] : null;
      if (version === null) problem(start, end, 'warning', 'clauses.markerNoVersion', { id });
      if (open) problem(start, end, 'error', 'clauses.markerNested', { id, outer: open.id });
      open = { id, version, adapted: opening[3] !== undefined, start, end };
      continue;
    }
    if (CLOSE.test(m[1])) {
      if (!open) {
        problem(start, end, 'error', 'clauses.markerStrayClose');
        continue;
      }
      const contentStart = afterLineEnd(text, open.end);
      const contentEnd = beforeLineStart(text, start, contentStart);
      clauses.push({
        id: open.id,
        version: open.version,
        adapted: open.adapted,
        range: { start: pos(open.start), end: pos(end) },
        openRange: { start: pos(open.start), end: pos(open.end) },
        closeRange: { start: pos(start), end: pos(end) },
        contentRange: { start: pos(contentStart), end: pos(contentEnd) },
        content: text.slice(contentStart, contentEnd),
      });
      open = null;
    }
  }
  if (open) problem(open.start, open.end, 'error', 'clauses.markerUnclosed', { id: open.id });
  return { clauses, problems };
}

/** If only spaces follow the marker on its line, the content starts on the next line. */
function afterLineEnd(text: string, offset: number): number {
  const m = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(offset));
  return m ? offset + m[0].length : offset;
}

/** If only spaces precede the closing marker on its line, the content ends before that line break. */
function beforeLineStart(text: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > floor && text[i - 1] === '\n') return i - 1 > floor && text[i - 2] === '\r' ? i - 2 : i - 1;
  if (i > floor && text[i - 1] === '\r') return i - 1;
  return offset;
}

/** Offsets of fenced code blocks (``` or ~~~), an unclosed fence running to the end. */
function fencedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const fence = /^ {0,3}(`{3,}|~{3,})/;
  let offset = 0;
  let openAt = -1;
  let marker = '';
  for (const line of text.split(/(?<=\n)/)) {
    const m = fence.exec(line);
    if (m) {
      if (openAt < 0) {
        openAt = offset;
        marker = m[1];
      } else if (m[1][0] === marker[0] && m[1].length >= marker.length) {
        ranges.push([openAt, offset + line.length]);
        openAt = -1;
      }
    }
    offset += line.length;
  }
  if (openAt >= 0) ranges.push([openAt, text.length]);
  return ranges;
}

