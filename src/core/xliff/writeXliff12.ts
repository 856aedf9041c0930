import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { numberCodes, type NumberedPart } from './codes';
import type { XliffExport } from './writeXliff';
import type { XliffUnit } from './xliffUnits';
import type { XliffProblem } from './xliffProblem';
import { splitInvalid } from './xmlText';
import { child, display, indent, serialized, TOOLKIT_NS, XML_NS } from './xmlBuild';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * Why a pair cannot be written as XLIFF 1.2, if it cannot: 1.2 has no `<cp>`, so a character XML
 * 1.0 cannot hold (a control character) has no form there. XLIFF 2.1 holds it.
 */
export function unwritableIn12(units: XliffUnit[]): XliffProblem | undefined {
  for (const unit of units)
    for (const part of [...unit.source, ...(unit.target ?? [])]) {
      const bad = splitInvalid(part.value).find((p) => typeof p === 'number');
      if (bad !== undefined) return { messageId: 'xliff12Unwritable', args: { unit: unit.id, code: `U+${bad.toString(16).toUpperCase().padStart(4, '0')}` } };
    }
  return undefined;
}

/**
 * An XLIFF 1.2 document for older CAT tools: one `<file>` (`source-language`, `target-language`,
 * `datatype`), one `<trans-unit>` per aligned block in `<body>`, the French `<target>` with its
 * `state` (`translated`, or `signed-off` where the review record says so). Inline Markdown is
 * `<ph>` holding the exact bytes (1.2 keeps native code inside the tag), so the same code ids as
 * in 2.1 tell the importer which structure a target kept. Check `unwritableIn12` first.
 */
export function writeXliff12(x: XliffExport): string {
  const unwritable = unwritableIn12(x.units);
  if (unwritable) throw new Error(`XLIFF 1.2 cannot hold ${unwritable.args!.code} (unit ${unwritable.args!.unit})`);
  const doc = new DOMImplementation().createDocument(XLIFF12_NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '1.2');
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:odt', TOOLKIT_NS);
  const file = child(doc, root, 'file', 1);
  file.setAttribute('original', x.enPath);
  file.setAttribute('source-language', x.srcLang);
  file.setAttribute('target-language', x.trgLang);
  // `x-` is 1.2's way to name a data type outside its list.
  file.setAttribute('datatype', 'x-markdown');
  file.setAttributeNS(TOOLKIT_NS, 'odt:target', x.frPath);
  const body = child(doc, file, 'body', 2);
  for (const unit of x.units) {
    const u = child(doc, body, 'trans-unit', 3);
    u.setAttribute('id', unit.id);
    u.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    const numbered = numberCodes(unit.source, unit.target);
    inline(doc, child(doc, u, 'source', 4), numbered.source);
    if (numbered.target) {
      const target = child(doc, u, 'target', 4);
      target.setAttribute('state', x.reviewed?.has(unit.id) ? 'signed-off' : 'translated');
      inline(doc, target, numbered.target);
    }
    for (const text of x.notes?.get(unit.id) ?? []) {
      const note = child(doc, u, 'note', 4);
      note.setAttribute('from', 'toolkit-check');
      note.appendChild(doc.createTextNode(text));
    }
    indent(doc, u, 3);
  }
  indent(doc, body, 2);
  indent(doc, file, 1);
  indent(doc, root, 0);
  return serialized(new XMLSerializer().serializeToString(doc));
}

function inline(doc: Document, el: Element, parts: NumberedPart[]): void {
  for (const p of parts) {
    if (p.kind === 'text') el.appendChild(doc.createTextNode(p.value));
    else {
      const ph = doc.createElementNS(XLIFF12_NS, 'ph');
      ph.setAttribute('id', p.id!);
      // 1.2 has no canDelete: the tag's label is all a CAT tool shows of it.
      ph.setAttribute('equiv-text', display(p.value));
      ph.appendChild(doc.createTextNode(p.value));
      el.appendChild(ph);
    }
  }
}
