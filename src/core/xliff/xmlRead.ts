import type { Element } from '@xmldom/xmldom';
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
