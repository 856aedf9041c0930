import { isSoftBreak, numberCodes, type NumberedPart } from './codes';
import type { ReadXliff } from './readXliff';
import type { XliffUnit } from './xliffUnits';
import { yamlValue } from './frontMatterUnits';
import type { XliffProblem } from './xliffProblem';

export type ImportResult = { ok: true; text: string; warnings: XliffProblem[] } | { ok: false; problems: XliffProblem[] };

interface Edit {
  at: number;
  end: number;
  text: string;
}

/**
 * The French file from the targets of an XLIFF. `units` are those of the pair as it is now
 * (xliffUnits of the current files): their ids must be those of the XLIFF, or the files changed
 * since the export and the targets would land in the wrong blocks. Only the spans of units with a
 * target change; everything between (front matter, French-only blocks, blank lines) is kept byte
 * for byte. Without a French file, the English one is the skeleton. Codes a target lost or
 * repeated refuse the import (the Markdown would break); codes moved are a warning.
 */
export function applyXliff(x: ReadXliff, units: XliffUnit[], enText: string, frText: string | undefined): ImportResult {
  const problems: XliffProblem[] = [];
  const warnings: XliffProblem[] = [];
  if (!/^en\b/i.test(x.srcLang) || !/^fr\b/i.test(x.trgLang)) return { ok: false, problems: [{ messageId: 'xliffLanguages', args: { src: x.srcLang || '—', trg: x.trgLang || '—' } }] };
  const expected = units.map((u) => u.id).join(' ');
  const found = x.units.map((u) => u.id).join(' ');
  if (expected !== found) return { ok: false, problems: [{ messageId: 'xliffUnitsMismatch', args: { ids: mismatch(units.map((u) => u.id), x.units.map((u) => u.id)) } }] };
  const edits: Edit[] = [];
  const targets = new Map<string, string>();
  units.forEach((unit, i) => {
    const target = x.units[i].target;
    if (!target) return;
    const numbered = numberCodes(unit.source, unit.target);
    const reference = codeIds(numbered.target ?? numbered.source);
    const got = codeIds(target);
    const missing = without(reference, got);
    const extra = without(got, reference);
    if (missing.length) problems.push({ messageId: 'xliffCodesMissing', args: { unit: unit.id, codes: missing.join(', ') } });
    if (extra.length) problems.push({ messageId: 'xliffCodesExtra', args: { unit: unit.id, codes: extra.join(', ') } });
    if (!missing.length && !extra.length && reference.join(' ') !== got.join(' ')) warnings.push({ messageId: 'xliffCodesReordered', args: { unit: unit.id } });
    const joined = target.map((p) => p.value).join('');
    const side = frText === undefined ? unit.yaml?.en : unit.yaml?.fr;
    const text = side ? yamlValue(joined, side.quote, side.text) : joined;
    targets.set(unit.id, text);
    if (frText === undefined) return;
    if (unit.frSpan) edits.push({ at: unit.frSpan[0], end: unit.frSpan[1], text });
    else edits.push(insertion(units, i, text, frText));
  });
  if (problems.length) return { ok: false, problems };
  if (frText === undefined) {
    for (const unit of units) if (targets.has(unit.id)) edits.push({ at: unit.enSpan[0], end: unit.enSpan[1], text: targets.get(unit.id)! });
  }
  const base = frText ?? enText;
  edits.sort((a, b) => a.at - b.at || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.at < at) return { ok: false, problems: [{ messageId: 'xliffOverlap' }] };
    out += base.slice(at, e.at) + e.text;
    at = e.end;
  }
  return { ok: true, text: out + base.slice(at), warnings };
}

/** Where a block the French file lacks goes: after the French of the unit before it, or before the one after. */
function insertion(units: XliffUnit[], i: number, text: string, frText: string): Edit {
  for (let j = i - 1; j >= 0; j--) if (units[j].frSpan) return { at: units[j].frSpan![1], end: units[j].frSpan![1], text: '\n\n' + text };
  for (let j = i + 1; j < units.length; j++) if (units[j].frSpan) return { at: units[j].frSpan![0], end: units[j].frSpan![0], text: text + '\n\n' };
  const end = frText.replace(/\s+$/, '').length;
  return { at: end, end, text: (end ? '\n\n' : '') + text };
}

const codeIds = (parts: NumberedPart[]) => parts.filter((p) => p.kind === 'code' && !isSoftBreak(p.value)).map((p) => p.id!);

/** The items of `a` not matched one for one in `b`. */
function without(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function mismatch(expected: string[], found: string[]): string {
  const e = new Set(expected);
  const f = new Set(found);
  const diff = [...expected.filter((id) => !f.has(id)), ...found.filter((id) => !e.has(id))];
  return (diff.length ? diff : ['order']).slice(0, 5).join(', ');
}
