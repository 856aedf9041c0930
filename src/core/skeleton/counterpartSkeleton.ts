import type { Lang } from '../messages/catalog';
import type { ParsedDocument } from '../markdown/documentModel';
import { folderCounterparts, suffixCounterparts } from '../pairing/fileLanguage';

import { FrontMatterKeyPolicy } from '../frontMatter/keyPolicy';

/** The marker left on everything still to translate; invisible once rendered, easy to search. */
export const TO_TRANSLATE: Record<Lang, string> = { fr: 'À TRADUIRE', en: 'TO TRANSLATE' };

/**
 * The path a new counterpart should have: the other language's suffix (`x.en.md` → `x.fr.md`),
 * the parallel folder (`en/x.md` → `fr/x.md`), or a suffix added (`x.md` → `x.fr.md`).
 */
export function counterpartPath(path: string, to: Lang): string {
  return suffixCounterparts(path, to)[0] ?? folderCounterparts(path, to)[0] ?? path.replace(/(\.(md|markdown))?$/i, (ext) => `.${to}${ext || '.md'}`);
}

/**
 * A first draft of the counterpart of `source` in language `to`: the same front matter keys,
 * headings, lists, tables and code, each piece of prose kept in the original language behind a
 * to-translate marker, so the new file pairs and aligns from the start and the untranslated
 * rule lists what is left to do.
 */
export function counterpartSkeleton(source: ParsedDocument, to: Lang): string {
  const marker = TO_TRANSLATE[to];
  const text = source.text;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const out: string[] = [];
  const fm = source.frontMatter;
  if (fm && fm.format === 'yaml') {
    out.push('---');
    const fmStart = source.lines.offset(fm.range.start);
    const fmEnd = source.lines.offset(fm.range.end);
    const lines = text.slice(fmStart, fmEnd).split(/\r?\n/).slice(1, -1);
    for (const line of lines) out.push(frontMatterLine(line, to, marker));
    out.push('---', '');
  }
  for (const block of source.blocks) {
    const raw = text.slice(block.start, block.end).replace(/\r\n/g, '\n');
    if (block.kind === 'heading') {
      out.push(block.html ? `${raw} <!-- ${marker} -->` : `${raw.replace(/\n+$/, '')} <!-- ${marker} -->`, '');
    } else if (block.kind === 'code') {
      out.push(raw, '');
    } else {
      out.push(`<!-- ${marker} -->`, raw, '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n').replace(/\n/g, eol);
}

/** Which keys are written for each language (titles, descriptions, addresses): only their values are marked. */
const KEYS = new FrontMatterKeyPolicy();

/**
 * A front matter line: `lang` switched, the free text of per-language keys kept behind a YAML
 * comment marker, the rest copied (`chapter: standards` is the same in both languages).
 */
function frontMatterLine(line: string, to: Lang, marker: string): string {
  const m = /^([\w-]+)(\s*:\s*)(.*)$/.exec(line);
  if (!m) return line;
  const [, key, sep, value] = m;
  if (key === 'lang' || key === 'language') return `${key}${sep}${/^["']?[a-z]{2}([-_][A-Za-z]{2})?["']?$/.test(value) ? to : value}`;
  const isText = value !== '' && !/^(["']?)(\d[\d\-:.TZ ]*|true|false|null|~|[\w.-]*\d[\w.-]*)\1$/i.test(value) && !/^[[{|>&*!]/.test(value) && KEYS.isPerLanguage(key);
  return isText ? `${line} # ${marker}` : line;
}
