import type { XliffUnit } from './xliffUnits';

/** A rule finding placed in one of the pair's files, by offset. */
export interface UnitFinding {
  side: 'en' | 'fr';
  offset: number;
  text: string;
}

/** The findings of the pair under the unit whose English or French span holds them (others are about no unit). */
export function unitNotes(units: XliffUnit[], findings: UnitFinding[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const f of findings) {
    const unit = units.find((u) => {
      const span = f.side === 'en' ? u.enSpan : u.frSpan;
      return span !== undefined && f.offset >= span[0] && f.offset <= span[1];
    });
    if (!unit) continue;
    const list = notes.get(unit.id) ?? [];
    if (!list.includes(f.text)) list.push(f.text);
    notes.set(unit.id, list);
  }
  return notes;
}
