import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/**
 * The character(s) an HTML character reference (`&nbsp;`, `&#160;`, `&#xA0;`) stands for, as
 * micromark decodes them: a reference out of range or to a control character is U+FFFD, never
 * an exception. Undefined when the text is not a reference.
 */
export function decodeCharacterReference(reference: string): string | undefined {
  const m = /^&(#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));$/.exec(reference);
  if (!m) return undefined;
  if (m[2] !== undefined) return decodeNumericCharacterReference(m[2], 16);
  if (m[3] !== undefined) return decodeNumericCharacterReference(m[3], 10);
  const named = decodeNamedCharacterReference(m[4]);
  return named === false ? undefined : named;
}

/** Every character reference of a text decoded; what is not a known reference stays as written. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#[xX][0-9a-fA-F]{1,8}|#\d{1,9}|[A-Za-z][A-Za-z0-9]{0,31});/g, (ref) => decodeCharacterReference(ref) ?? ref);
}
