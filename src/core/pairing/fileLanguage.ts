import type { Lang } from '../messages/catalog';
import { frontMatterField } from '../frontMatter/fieldName';

export type LanguageSource = 'front-matter' | 'suffix' | 'folder' | 'map';

export interface FileLanguage {
  lang: Lang;
  source: LanguageSource;
}

const SUFFIX = /[._-](en|fr)(?:[-_]ca)?\.(md|markdown)$/i;
const FOLDER = /^(en|fr)(?:[-_]ca)?$/i;

/** A front matter `lang` / `language` value as a language, if it names English or French. */
export function languageFromValue(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (/^(en|eng|english|anglais)([-_]\w+)?$/.test(v)) return 'en';
  if (/^(fr|fra|fre|french|fran[cç]ais)([-_]\w+)?$/.test(v)) return 'fr';
  return undefined;
}

/** The language a file declares: front matter first, then its name's suffix, then its folder. */
export function fileLanguage(path: string, frontMatter: Record<string, unknown> | undefined): FileLanguage | undefined {
  const declared = languageFromValue(frontMatterField(frontMatter, 'lang')) ?? languageFromValue(frontMatterField(frontMatter, 'language'));
  if (declared) return { lang: declared, source: 'front-matter' };
  const suffix = SUFFIX.exec(path);
  if (suffix) return { lang: suffix[1].toLowerCase() as Lang, source: 'suffix' };
  const folders = path.split('/').slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const m = FOLDER.exec(folders[i]);
    if (m) return { lang: m[1].toLowerCase() as Lang, source: 'folder' };
  }
  return undefined;
}

/** Names the counterpart of a suffixed file could have (`a.en.md` → `a.fr.md`, `a.en-CA.md` → `a.fr-CA.md`). */
export function suffixCounterparts(path: string, to: Lang): string[] {
  const m = SUFFIX.exec(path);
  if (!m) return [];
  const head = path.slice(0, m.index + 1);
  const tail = path.slice(m.index + 1);
  const from = m[1];
  const swapped = tail.replace(new RegExp(`^${from}`), (x) => (x === x.toUpperCase() ? to.toUpperCase() : to));
  const candidates = [head + swapped];
  // A region tag may be written on one side only: `a.en.md` ↔ `a.fr-CA.md`.
  const ext = m[2];
  candidates.push(`${head}${to}.${ext}`, `${head}${to}-CA.${ext}`, `${head}${to}-ca.${ext}`, `${head}${to}_CA.${ext}`);
  return [...new Set(candidates)].filter((c) => c !== path);
}

/** Paths in a parallel tree: each `en` folder segment replaced by `fr` (or the reverse). */
export function folderCounterparts(path: string, to: Lang): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) {
    const m = FOLDER.exec(parts[i]);
    if (!m || m[1].toLowerCase() === to) continue;
    const region = parts[i].slice(2);
    const replaced = parts.slice();
    replaced[i] = (parts[i][0] === parts[i][0].toUpperCase() ? to.toUpperCase() : to) + region;
    out.push(replaced.join('/'));
  }
  return out;
}
