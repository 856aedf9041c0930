/** How many of the smallest trigram hashes a sketch keeps: enough to rank neighbours, cheap to compare. */
export const SKETCH_SIZE = 64;

/**
 * A bottom-k sketch of a text's word trigrams (accent-folded, word stems only): the
 * SKETCH_SIZE smallest distinct hashes, sorted. English and French share many cognates
 * (politique/policy, municipalité/municipality, licence), which is enough to tell aligned
 * blocks from their neighbours; a sketch keeps the comparison cost fixed for long sections.
 */
export function trigramSketch(text: string): Uint32Array {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const hashes: number[] = [];
  const words = folded.match(/[a-z0-9]{4,}/g);
  if (words) {
    for (const word of words) {
      const w = ` ${word.length > 8 ? word.slice(0, 8) : word}`;
      for (let i = 0; i + 3 <= w.length; i++) {
        hashes.push(Math.imul(Math.imul(w.charCodeAt(i), 65599) + w.charCodeAt(i + 1), 65599) + w.charCodeAt(i + 2) >>> 0);
      }
    }
  }
  return bottomK(Uint32Array.from(hashes).sort());
}

/** Keeps the distinct smallest values of a sorted array, up to SKETCH_SIZE. */
function bottomK(sorted: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(sorted.length, SKETCH_SIZE));
  let n = 0;
  for (let i = 0; i < sorted.length && n < out.length; i++) if (n === 0 || sorted[i] !== out[n - 1]) out[n++] = sorted[i];
  return out.subarray(0, n);
}

/** The sketch of two texts together, from their sketches (for a paragraph split in two). */
export function mergeSketches(a: Uint32Array, b: Uint32Array): Uint32Array {
  const merged = new Uint32Array(a.length + b.length);
  merged.set(a);
  merged.set(b, a.length);
  return bottomK(merged.sort());
}

/**
 * Resemblance of two texts from their sketches (bottom-k estimate of Jaccard, as Dice):
 * 0 = nothing shared, 1 = the same trigrams.
 */
export function sketchSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Walk the union in order, up to k values, counting the values present in both.
  const k = Math.min(SKETCH_SIZE, Math.max(a.length, b.length));
  let i = 0;
  let j = 0;
  let seen = 0;
  let shared = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  const jaccard = shared / seen;
  return (2 * jaccard) / (1 + jaccard);
}
