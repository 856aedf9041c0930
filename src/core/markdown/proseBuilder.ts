import type { ProseSegment, ProseUnit } from './documentModel';
import { extractTemplateTokens, templateTagSpans } from '../extract/placeholders';
import { decodeCharacterReference } from '../text/characterReferences';

/**
 * Accumulates the visible text of a piece of prose from many inline nodes while remembering
 * where each piece came from, so that a number, a word or a typography problem found in the
 * text maps back to the source. A text node's value is aligned with its source character by
 * character: an escape (`\*`) or a character reference (`&nbsp;`) is one visible character for
 * several source ones, and only that character is mapped loosely.
 */
export class ProseBuilder {
  private text = '';
  private readonly segments: ProseSegment[] = [];
  private start = Number.POSITIVE_INFINITY;
  private end = 0;
  private readonly masked: Array<[number, number]> = [];

  /** `source` is the node's source text when it differs from its value (escapes, references). */
  add(value: string, sourceStart: number, sourceEnd: number, exact: boolean, source?: string): void {
    if (value.length === 0) return;
    this.start = Math.min(this.start, sourceStart);
    this.end = Math.max(this.end, sourceEnd);
    const pieces = exact || source === undefined ? [{ length: value.length, source: 0, exact, sourceLength: value.length }] : alignDecoded(value, source);
    let at = this.text.length;
    for (const piece of pieces) {
      this.pushSegment(at, piece.length, sourceStart + piece.source, piece.exact, piece.sourceLength);
      at += piece.length;
    }
    this.text += value;
  }

  /** Visible text that is not prose of any language (a bare web or e-mail address): kept in place, masked for text rules. */
  addMasked(value: string, sourceStart: number, sourceEnd: number, source: string): void {
    const at = this.text.length;
    this.add(value, sourceStart, sourceEnd, value === source, source);
    this.masked.push([at, this.text.length]);
  }

  private pushSegment(at: number, length: number, source: number, exact: boolean, sourceLength: number): void {
    const last = this.segments[this.segments.length - 1];
    // Exact pieces that follow each other in the text and in the source are one segment.
    if (last && exact && last.exact && last.at + last.length === at && last.source + last.length === source) {
      last.length += length;
      return;
    }
    this.segments.push({ at, source, length, exact, sourceLength });
  }

  /** A separator that is not in the source (a code span, a line break between cells). */
  gap(): void {
    if (this.text.length > 0 && !this.text.endsWith(' ')) this.text += ' ';
  }

  get value(): string {
    return this.text;
  }

  get isEmpty(): boolean {
    return this.text.trim().length === 0;
  }

  /** Maps an offset in the visible text back to a source offset. */
  sourceOffset(at: number): number {
    return mapOffset(this.segments, at, this.start === Number.POSITIVE_INFINITY ? 0 : this.start);
  }

  unit(): ProseUnit {
    const masked = [...this.masked, ...extractTemplateTokens(this.text).map((t): [number, number] => [t.start, t.end]), ...templateTagSpans(this.text)].sort((a, b) => a[0] - b[0]);
    return {
      text: this.text.replace(/\s+/g, ' ').trim(),
      start: this.start === Number.POSITIVE_INFINITY ? 0 : this.start,
      end: this.end,
      raw: this.text,
      segments: this.segments,
      masked,
    };
  }
}

/** The source offset of a visible offset, through the segments of a prose unit. */
export function mapOffset(segments: readonly ProseSegment[], at: number, fallback: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].at <= at) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return fallback;
  const inside = Math.min(at - seg.at, seg.length);
  if (seg.exact) return seg.source + inside;
  // A loose piece (a reference): its start, or its end for the offset just after it.
  return inside >= seg.length ? seg.source + (seg.sourceLength ?? seg.length) : seg.source;
}

/**
 * Pieces of a decoded value against its source: runs where both are the same character for
 * character (exact), and the characters an escape or a character reference stands for (loose,
 * with their source length). Falls back to one loose piece where the two cannot be followed.
 */
export function alignDecoded(value: string, source: string): Array<{ length: number; source: number; exact: boolean; sourceLength: number }> {
  const out: Array<{ length: number; source: number; exact: boolean; sourceLength: number }> = [];
  let i = 0;
  let j = 0;
  const exact = (length: number) => {
    const last = out[out.length - 1];
    if (last?.exact && last.source + last.length === j) last.length += length;
    else out.push({ length, source: j, exact: true, sourceLength: length });
  };
  while (i < value.length && j < source.length) {
    if (value[i] === source[j]) {
      exact(1);
      i++;
      j++;
      continue;
    }
    if (source[j] === '\\' && source[j + 1] === value[i]) {
      out.push({ length: 1, source: j, exact: false, sourceLength: 2 });
      i++;
      j += 2;
      continue;
    }
    if (source[j] === '\r' && value[i] === '\n') {
      // An HTML parser reads CR LF (or a lone CR) as one LF, as browsers do.
      const length = source[j + 1] === '\n' ? 2 : 1;
      out.push({ length: 1, source: j, exact: false, sourceLength: length });
      i++;
      j += length;
      continue;
    }
    if (source[j] === '&') {
      const semi = source.indexOf(';', j);
      const decoded = semi > j && semi - j <= 40 ? decodeCharacterReference(source.slice(j, semi + 1)) : undefined;
      if (decoded !== undefined && value.startsWith(decoded, i)) {
        out.push({ length: decoded.length, source: j, exact: false, sourceLength: semi + 1 - j });
        i += decoded.length;
        j = semi + 1;
        continue;
      }
    }
    // Soft line breaks and other normalisations the parser made: the rest maps loosely.
    out.push({ length: value.length - i, source: j, exact: false, sourceLength: source.length - j });
    return out;
  }
  if (i < value.length) out.push({ length: value.length - i, source: Math.max(0, source.length - 1), exact: false, sourceLength: 1 });
  return out;
}
