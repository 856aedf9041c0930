import type { Element, Node } from '@xmldom/xmldom';
import type { NumberedPart } from './codes';
import type { XliffProblem } from './xliffProblem';

/** Thrown inside the readers to stop at the first reason to refuse a file. */
export class Refused extends Error {
  constructor(readonly problem: XliffProblem) {
    super(problem.messageId);
  }
}

export const refuse = (messageId: XliffProblem['messageId'], args?: XliffProblem['args']): never => {
  throw new Refused({ messageId, args });
};

/** The child elements of `parent` in namespace `ns` (all of them, or those named `name`). */
export function elementsIn(parent: Element, ns: string, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    const e = n as Element;
    if (n.nodeType === 1 && e.namespaceURI === ns && (name === undefined || e.localName === name)) out.push(e);
  }
  return out;
}

/** Elements named `name` directly in `parent` or inside its `<group>`s, in document order of the groups. */
export function descendantsIn(parent: Element, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (const e of elementsIn(parent, ns)) {
    if (e.localName === name) out.push(e);
    else if (e.localName === 'group') out.push(...descendantsIn(e, ns, name));
  }
  return out;
}

/** What an inline element's reader may add to the parts: text, a code, or the parts inside an element. */
export interface InlineParts {
  text(value: string): void;
  /** A code whose Markdown is `value`; an unknown one (`undefined`) refuses the file, naming the unit and code. */
  code(id: string, value: string | undefined): void;
  walk(e: Element): void;
}

/**
 * The parts of inline content (a `<source>`, a `<target>`, a `<data>`): text and CDATA joined into
 * runs, each element handed to `element` with its local name when it is in `ns` ('' otherwise).
 */
export function readInlineParts(el: Element, unit: string, ns: string, element: (e: Element, name: string, parts: InlineParts) => void): NumberedPart[] {
  const parts: NumberedPart[] = [];
  const reader: InlineParts = {
    text(value) {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text') last.value += value;
      else parts.push({ kind: 'text', value });
    },
    code(id, value) {
      if (value === undefined) refuse('xliffUnknownCode', { unit, code: id });
      parts.push({ kind: 'code', id, value: value! });
    },
    walk(node: Node) {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3 || n.nodeType === 4) reader.text(n.nodeValue ?? '');
        else if (n.nodeType === 1) {
          const e = n as Element;
          element(e, e.namespaceURI === ns ? (e.localName ?? '') : '', reader);
        }
      }
    },
  };
  reader.walk(el);
  return parts;
}
