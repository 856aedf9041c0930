import type { Document, Element } from '@xmldom/xmldom';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Our extension attributes on `<file>` (both XLIFF versions let other namespaces add attributes there). */
export const TOOLKIT_NS = 'urn:open-data-toolkit:xliff';

/** Appends an element of the parent's namespace on its own line (indentation is whitespace XLIFF ignores between structural elements). */
export function child(doc: Document, parent: Element, name: string, depth: number): Element {
  parent.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
  const el = doc.createElementNS(parent.namespaceURI, name);
  parent.appendChild(el);
  return el;
}

/** The line end and indentation before a closing tag. */
export function indent(doc: Document, el: Element, depth: number): void {
  el.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
}

/** What a CAT tool shows in an inline code's tag: the Markdown, line ends as ↵, at most 40 characters. */
export function display(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a tag's label must not show
  const shown = value.replace(/\r?\n/g, '↵').replace(/[\u0000-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g, '');
  return shown.length > 40 ? shown.slice(0, 39) + '…' : shown;
}

/**
 * The serialized document with its XML declaration. The only raw carriage returns are in our
 * text and data; as references they survive parsing (a parser turns a raw one into a line feed).
 */
export function serialized(xml: string): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml.replace(/\r/g, '&#13;') + '\n';
}
