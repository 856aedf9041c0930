import { parseDocument, type Document } from 'yaml';

/** How every front matter block is parsed (the options only change error wording, not the tree). */
const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

/** Parsed blocks kept for the full parse, by their text; bounded so a front end that never builds them does not grow. */
const kept = new Map<string, Document.Parsed>();
let keptChars = 0;
const KEEP_CHARS = 4_000_000;

/**
 * The YAML of a front matter block, parsed for pairing (quickFrontMatter) and kept until the
 * file's full parse takes it: the yaml library is slow (about 2 ms for a 12-line block), and
 * both readers of a file used to parse the same text.
 */
export function parseFrontMatterYaml(text: string): Document.Parsed {
  const doc = parseDocument(text, OPTIONS);
  if (text.length <= KEEP_CHARS && !kept.has(text)) {
    kept.set(text, doc);
    keptChars += text.length;
    for (const [oldest] of kept) {
      if (keptChars <= KEEP_CHARS) break;
      keptChars -= oldest.length;
      kept.delete(oldest);
    }
  }
  return doc;
}

/** The block as parsed by parseFrontMatterYaml when it still is kept (taken once), else parsed now. Neither reader changes the tree. */
export function takeFrontMatterYaml(text: string): Document.Parsed {
  const doc = kept.get(text);
  if (!doc) return parseDocument(text, OPTIONS);
  kept.delete(text);
  keptChars -= text.length;
  return doc;
}
