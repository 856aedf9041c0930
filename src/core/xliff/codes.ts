import type { Part } from './inlineParts';

/** A part with the id its inline code has in the XLIFF (codes only). */
export type NumberedPart = Part & { id?: string };

export interface NumberedUnit {
  source: NumberedPart[];
  target?: NumberedPart[];
  /** Original data of every code: data id → Markdown. */
  data: Map<string, string>;
}

export const dataRefOf = (id: string) => `d${id}`;

/**
 * A line end with the next line's indentation or quote markers inside a block: a translator who
 * rewraps a sentence drops or adds these, and the Markdown stays the same block. Every other code
 * (a list marker, `**`, a link destination) is structure a target must keep exactly once.
 */
export const isSoftBreak = (value: string) => /^\r?\n[ \t>]*$/.test(value);

/**
 * Numbers the codes of a unit. A French code with the same Markdown as an English one (`**`, the
 * same link) takes its id, so a CAT tool sees it as the same tag; one of its own (a French URL)
 * gets a `t` id. Duplicates pair in order.
 */
export function numberCodes(source: Part[], target: Part[] | undefined): NumberedUnit {
  const data = new Map<string, string>();
  let n = 0;
  const numberedSource = source.map((p): NumberedPart => {
    if (p.kind !== 'code') return p;
    const id = String(++n);
    data.set(dataRefOf(id), p.value);
    return { ...p, id };
  });
  if (!target) return { source: numberedSource, data };
  const free = numberedSource.filter((p) => p.kind === 'code');
  let t = 0;
  const numberedTarget = target.map((p): NumberedPart => {
    if (p.kind !== 'code') return p;
    const same = free.findIndex((s) => s.value === p.value);
    if (same >= 0) return { ...p, id: free.splice(same, 1)[0].id };
    const id = `t${++t}`;
    data.set(dataRefOf(id), p.value);
    return { ...p, id };
  });
  return { source: numberedSource, target: numberedTarget, data };
}
