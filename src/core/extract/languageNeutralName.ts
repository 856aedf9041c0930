/**
 * A template identifier without the words that only say which language its value is for:
 * `links.figmaFr` and `links.figmaEn`, `banner_en` and `banner_fr`, `guide-EN` and `guide-FR` are
 * one name each. Bilingual sites keep per-language values under such twin names, and a page
 * may use either (the French page offering the English library, or its own): they are
 * counterparts, not a changed placeholder. Words are split at separators and at camel case;
 * a name made of a language word only (`{{ en }}`) is kept whole.
 */
export function languageNeutralName(name: string): string {
  const pieces = name.match(PIECE) ?? [];
  let out = '';
  let removed = false;
  let pendingSeparator = '';
  for (const piece of pieces) {
    if (!/[A-Za-z0-9]/.test(piece)) {
      pendingSeparator += piece;
      continue;
    }
    if (LANGUAGE_WORD.test(piece)) {
      // The separator before a dropped word goes with it (`banner_en` → `banner`).
      removed = true;
      if (out === '') pendingSeparator = '';
      else pendingSeparator = pendingSeparator.replace(/[-_]+$/, '');
      continue;
    }
    out += pendingSeparator + piece;
    pendingSeparator = '';
  }
  out += pendingSeparator;
  return removed && /[A-Za-z0-9]/.test(out) ? out : name;
}

/** A word of an identifier (`figma`, `Fr`, `URL`, `2`) or a run of anything else. */
const PIECE = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^A-Za-z0-9]+/g;
const LANGUAGE_WORD = /^(en|fr|eng|fra|fre|english|french|anglais|francais)$/i;
