import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { XliffUnit } from './xliffUnits';
import { dataRefOf, isSoftBreak, numberCodes, type NumberedPart } from './codes';
import { hex, splitInvalid } from './xmlText';
import { child, display, indent, serialized, TOOLKIT_NS, XML_NS } from './xmlBuild';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffExport {
  /** Paths of the English and French files as the importer will find them (relative to the XLIFF file). */
  enPath: string;
  frPath: string;
  srcLang: string;
  trgLang: string;
  units: XliffUnit[];
  /** Rule findings by unit id, as `<notes>` a translator sees beside the segment. */
  notes?: Map<string, string[]>;
  /** Units whose French was reviewed against the English as it is now (the stale-translation record): `state="reviewed"`. */
  reviewed?: Set<string>;
}

/**
 * An XLIFF 2.1 document: one `<file>` for the pair, one `<unit>` per aligned block, the English
 * source and the French target where the French file has the block (`state="translated"`), inline
 * Markdown as `<ph>` codes whose `<originalData>` holds the exact bytes. Built as a DOM and
 * serialized by the XML library, so escaping is never ours to get wrong.
 */
export function writeXliff(x: XliffExport): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '2.1');
  root.setAttribute('srcLang', x.srcLang);
  root.setAttribute('trgLang', x.trgLang);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:odt', TOOLKIT_NS);
  const file = child(doc, root, 'file', 1);
  file.setAttribute('id', 'f1');
  file.setAttribute('original', x.enPath);
  file.setAttributeNS(TOOLKIT_NS, 'odt:target', x.frPath);
  for (const unit of x.units) {
    const u = child(doc, file, 'unit', 2);
    u.setAttribute('id', unit.id);
    const numbered = numberCodes(unit.source, unit.target);
    const notes = x.notes?.get(unit.id);
    if (notes?.length) {
      const el = child(doc, u, 'notes', 3);
      for (const text of notes) {
        const note = child(doc, el, 'note', 4);
        note.setAttribute('category', 'toolkit-check');
        appendText(doc, note, text);
      }
      indent(doc, el, 3);
    }
    if (numbered.data.size) {
      const original = child(doc, u, 'originalData', 3);
      for (const [id, value] of numbered.data) {
        const data = child(doc, original, 'data', 4);
        data.setAttribute('id', id);
        data.setAttributeNS(XML_NS, 'xml:space', 'preserve');
        appendText(doc, data, value);
      }
      indent(doc, original, 3);
    }
    const segment = child(doc, u, 'segment', 3);
    segment.setAttribute('state', !numbered.target ? 'initial' : x.reviewed?.has(unit.id) ? 'reviewed' : 'translated');
    inline(doc, child(doc, segment, 'source', 4), numbered.source);
    if (numbered.target) inline(doc, child(doc, segment, 'target', 4), numbered.target);
    indent(doc, segment, 3);
    indent(doc, u, 2);
  }
  indent(doc, file, 1);
  indent(doc, root, 0);
  return serialized(new XMLSerializer().serializeToString(doc));
}

function inline(doc: Document, el: Element, parts: NumberedPart[]): void {
  el.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  for (const p of parts) {
    if (p.kind === 'text') appendText(doc, el, p.value);
    else {
      const ph = doc.createElementNS(XLIFF_NS, 'ph');
      ph.setAttribute('id', p.id!);
      ph.setAttribute('dataRef', dataRefOf(p.id!));
      // What the CAT tool shows in the tag, and that structure may be neither dropped nor copied.
      ph.setAttribute('disp', display(p.value));
      if (!isSoftBreak(p.value)) {
        ph.setAttribute('canCopy', 'no');
        ph.setAttribute('canDelete', 'no');
      }
      el.appendChild(ph);
    }
  }
}

function appendText(doc: Document, el: Element, text: string): void {
  for (const piece of splitInvalid(text)) {
    if (typeof piece === 'string') el.appendChild(doc.createTextNode(piece));
    else {
      const cp = doc.createElementNS(XLIFF_NS, 'cp');
      cp.setAttribute('hex', hex(piece));
      el.appendChild(cp);
    }
  }
}
