import type { Element } from '@xmldom/xmldom';
import type { NumberedPart } from './codes';
import type { ReadUnit, ReadXliff } from './readXliff';
import { XLIFF12_NS } from './writeXliff12';
import { TOOLKIT_NS } from './xmlBuild';
import { descendantsIn, elementsIn, readInlineParts, refuse } from './xmlRead';

/** Target states that say the target is not a translation yet (a tool may copy the source there). */
const UNTRANSLATED = new Set(['new', 'needs-translation']);
/** 1.2's inline elements that hold their native code as content. */
const NATIVE = new Set(['ph', 'bpt', 'ept', 'it']);
/** Its empty inline elements, which stand for a code of the source with the same id. */
const EMPTY = new Set(['x', 'bx', 'ex']);

/**
 * An XLIFF 1.2 file (its root in the 1.2 namespace): one `<file>` with `source-language` and
 * `target-language`, `<trans-unit>`s in `<body>` and its `<group>`s. A code is a `<ph>` (or
 * `<bpt>`/`<ept>`/`<it>`) with the Markdown as content, or an `<x>`/`<bx>`/`<ex>` or empty tag
 * standing for the source's code of the same id; `<mrk>` (a tool's sentence segmentation) is
 * read through. A `<g>` carries no Markdown to write back and is refused.
 */
export function read12(root: Element): ReadXliff {
  const version = root.getAttribute('version') ?? '';
  if (version !== '1.2') refuse('xliffVersion', { version });
  const files = elementsIn(root, XLIFF12_NS, 'file');
  if (files.length !== 1) refuse('xliffFileCount', { count: files.length });
  const file = files[0];
  const enPath = file.getAttribute('original');
  if (!enPath) refuse('xliffNoOriginal');
  const units: ReadUnit[] = [];
  for (const body of elementsIn(file, XLIFF12_NS, 'body')) for (const unit of descendantsIn(body, XLIFF12_NS, 'trans-unit')) units.push(readUnit(unit));
  return {
    version,
    srcLang: file.getAttribute('source-language') ?? '',
    trgLang: file.getAttribute('target-language') ?? '',
    enPath: enPath!,
    frPath: file.getAttributeNS(TOOLKIT_NS, 'target') || undefined,
    units,
  };
}

function readUnit(unit: Element): ReadUnit {
  const id = unit.getAttribute('id') ?? '';
  const source = elementsIn(unit, XLIFF12_NS, 'source')[0];
  if (!source) refuse('xliffSegments', { unit: id });
  const sourceCodes = new Map<string, string>();
  for (const part of readInline(source!, id, new Map())) if (part.kind === 'code') sourceCodes.set(part.id!, part.value);
  const target = elementsIn(unit, XLIFF12_NS, 'target')[0];
  if (!target || UNTRANSLATED.has(target.getAttribute('state') ?? '')) return { id };
  return { id, target: readInline(target, id, sourceCodes) };
}

/** The parts of a `<source>` or `<target>`; codes without content are those of `sourceCodes`. */
function readInline(el: Element, unit: string, sourceCodes: Map<string, string>): NumberedPart[] {
  return readInlineParts(el, unit, XLIFF12_NS, (e, name, parts) => {
    const code = (content: string | undefined) => {
      const id = e.getAttribute('id') ?? '';
      parts.code(id, content || sourceCodes.get(id));
    };
    if (NATIVE.has(name)) code(nativeCode(e, unit));
    else if (EMPTY.has(name)) code(undefined);
    else if (name === 'mrk') parts.walk(e);
    else refuse('xliffUnexpectedElement', { unit, element: e.tagName });
  });
}

/** The content of a native-code element: text only (a `<sub>` would be translatable text inside a code, which Markdown codes never have). */
function nativeCode(e: Element, unit: string): string {
  let value = '';
  for (let n = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) value += n.nodeValue ?? '';
    else if (n.nodeType === 1) refuse('xliffUnexpectedElement', { unit, element: (n as Element).tagName });
  }
  return value;
}
