import type { ProseUnit } from './documentModel';

interface Segment {
  at: number;
  source: number;
  length: number;
  /** The visible text equals the source text here, so offsets inside can be mapped one to one. */
  exact: boolean;
}

/**
 * Accumulates the visible text of a piece of prose from many inline nodes while remembering
 * where each piece came from, so that a number found in the text maps back to the source.
 */
export class ProseBuilder {
  private text = '';
  private readonly segments: Segment[] = [];
  private start = Number.POSITIVE_INFINITY;
  private end = 0;

  add(value: string, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (value.length === 0) return;
    this.segments.push({ at: this.text.length, source: sourceStart, length: value.length, exact });
    this.text += value;
    this.start = Math.min(this.start, sourceStart);
    this.end = Math.max(this.end, sourceEnd);
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
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].at <= at) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo];
    if (!seg) return this.start;
    const inside = Math.min(at - seg.at, seg.length);
    return seg.exact ? seg.source + inside : seg.source;
  }

  unit(): ProseUnit {
    return { text: this.text.replace(/\s+/g, ' ').trim(), start: this.start === Number.POSITIVE_INFINITY ? 0 : this.start, end: this.end };
  }
}
