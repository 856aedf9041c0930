import { DOMParser, type Element } from '@xmldom/xmldom';
import { XLIFF_NS } from './writeXliff';
import { XLIFF12_NS } from './writeXliff12';
import { TOOLKIT_NS } from './xmlBuild';
import { descendantsIn, elementsIn, readInlineParts, Refused, refuse } from './xmlRead';
import { read12 } from './readXliff12';
import type { NumberedPart } from './codes';
import type { XliffProblem } from './xliffProblem';

export interface ReadUnit {
  id: string;
  /** Absent when the unit has no target (not translated yet). */
  target?: NumberedPart[];
}

export interface ReadXliff {
  /** As the root says: `2.0`, `2.1` or `1.2`. */
  version: string;
  srcLang: string;
  trgLang: string;
  enPath: string;
  frPath?: string;
  units: ReadUnit[];
}

/**
 * Reads an XLIFF file as a CAT tool gives it back, version 2 or 1.2 as its namespace says: strict
 * XML (any well-formedness error is refused, never repaired), one `<file>`, targets with their
 * codes resolved to Markdown. In XLIFF 2, codes are those of `<originalData>`; `<pc>` and `<mrk>`
 * that a tool may add are read through, `<sm>`/`<em>` markers carry no text. XLIFF 1.2 is read
 * by readXliff12.ts.
 */
export function readXliff(xml: string): { ok: true; xliff: ReadXliff } | { ok: false; problem: XliffProblem } {
  try {
    return { ok: true, xliff: read(xml) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
}

function read(xml: string): ReadXliff {
  let doc;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Refused({ messageId: 'xliffNotXml', args: { reason: String(message).split('\n')[0] } });
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    if (e instanceof Refused) throw e;
    refuse('xliffNotXml', { reason: (e as Error).message.split('\n')[0] });
  }
  const root = doc!.documentElement;
  if (!root || root.localName !== 'xliff' || (root.namespaceURI !== XLIFF_NS && root.namespaceURI !== XLIFF12_NS)) refuse('xliffNotXliff');
  if (root!.namespaceURI === XLIFF12_NS) return read12(root!);
  const version = root!.getAttribute('version') ?? '';
  if (!/^2\.[01]$/.test(version)) refuse('xliffVersion', { version });
  const files = elements(root!, 'file');
  if (files.length !== 1) refuse('xliffFileCount', { count: files.length });
  const file = files[0];
  const enPath = file.getAttribute('original');
  if (!enPath) refuse('xliffNoOriginal');
  const units: ReadUnit[] = [];
  for (const unit of descendantsIn(file, XLIFF_NS, 'unit')) units.push(readUnit(unit));
  return {
    version,
    srcLang: root!.getAttribute('srcLang') ?? '',
    trgLang: root!.getAttribute('trgLang') ?? '',
    enPath: enPath!,
    frPath: file.getAttributeNS(TOOLKIT_NS, 'target') || undefined,
    units,
  };
}

function readUnit(unit: Element): ReadUnit {
  const id = unit.getAttribute('id') ?? '';
  const data = new Map<string, string>();
  for (const original of elements(unit, 'originalData'))
    for (const d of elements(original, 'data')) data.set(d.getAttribute('id') ?? '', readText(d, id, data, false).map((p) => p.value).join(''));
  // A CAT tool may split the unit into sentences: its segments and ignorables (the spaces between)
  // are read in order and joined. Half translated is refused rather than mixed with English.
  const pieces = children(unit).filter((e) => e.localName === 'segment' || e.localName === 'ignorable');
  if (!pieces.length) refuse('xliffSegments', { unit: id });
  const segments = pieces.filter((e) => e.localName === 'segment');
  const translated = segments.filter((e) => elements(e, 'target').length).length;
  if (translated === 0) return { id };
  if (translated < segments.length) refuse('xliffPartlyTranslated', { unit: id });
  const target: NumberedPart[] = [];
  for (const piece of pieces) {
    const el = elements(piece, 'target')[0] ?? elements(piece, 'source')[0];
    if (!el) refuse('xliffSegments', { unit: id });
    for (const part of readText(el, id, data, true)) {
      const last = target[target.length - 1];
      if (part.kind === 'text' && last?.kind === 'text') last.value += part.value;
      else target.push(part);
    }
  }
  return { id, target };
}

/** The parts of a `<target>` (or the text of a `<data>`), codes resolved through `data`. */
function readText(el: Element, unit: string, data: Map<string, string>, codes: boolean): NumberedPart[] {
  return readInlineParts(el, unit, XLIFF_NS, (e, name, parts) => {
    const code = (id: string, ref: string | null) => parts.code(id, ref === null ? undefined : data.get(ref));
    if (name === 'cp') parts.text(String.fromCharCode(parseInt(e.getAttribute('hex') ?? '', 16)));
    else if (codes && name === 'ph') code(e.getAttribute('id') ?? '', e.getAttribute('dataRef'));
    else if (codes && name === 'pc') {
      code(`${e.getAttribute('id')}`, e.getAttribute('dataRefStart'));
      parts.walk(e);
      code(`${e.getAttribute('id')}/`, e.getAttribute('dataRefEnd'));
    } else if (codes && name === 'mrk') parts.walk(e);
    else if (codes && (name === 'sm' || name === 'em')) return;
    else refuse('xliffUnexpectedElement', { unit, element: e.tagName });
  });
}

const children = (parent: Element) => elementsIn(parent, XLIFF_NS);
const elements = (parent: Element, name: string) => elementsIn(parent, XLIFF_NS, name);
