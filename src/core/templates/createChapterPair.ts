/**
 * "New toolkit chapter…": the English and French files of a new chapter, paired by their front
 * matter `translationKey`, with the chapter type's skeleton. Pure: it returns paths and texts;
 * the caller writes them, after asking `wouldOverwrite` which of them already exist.
 */
import * as blocks from './blocks';
import type { ChapterSection, ChapterType, ChapterTypeId, SectionBlock } from './chapterTypes';
import type { ChapterTemplateLibrary } from './loadTemplates';
import { isoDate, label, type Bilingual, type Lang } from './format';

/**
 * Where the two files go:
 * - `suffix`: side by side, `folder/slug.en.md` and `folder/slug.fr.md` (the default);
 * - `parallel`: parallel trees, `folder/en/slug.md` and `folder/fr/slug.md`.
 */
export type ChapterLayout = 'suffix' | 'parallel';

export interface ChapterPairOptions {
  type: ChapterTypeId;
  /** File name without extension or language: lower-case letters, digits and hyphens. */
  slug: string;
  /** Folder, with `/` separators ('' for the workspace root). For `parallel`, the folder holding `en/` and `fr/` (a folder ending in `/en` or `/fr` is taken as its parent). */
  folder: string;
  layout?: ChapterLayout;
  /** Chapter title; defaults to the chapter type's title. */
  title?: Partial<Bilingual>;
  /** Pairing key; defaults to the slug. */
  translationKey?: string;
  /** The `lastReviewed` date; defaults to today. */
  today?: Date;
}

export interface ChapterFile {
  lang: Lang;
  /** `/`-separated path: `folder` joined with the file's relative path. */
  path: string;
  text: string;
}

export interface ChapterPair {
  translationKey: string;
  en: ChapterFile;
  fr: ChapterFile;
}

export type SlugProblem = 'empty' | 'tooLong' | 'invalidCharacters';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 80;

/** Why a slug cannot be used, or undefined when it can (for an input box's validation). */
export function validateSlug(slug: string): SlugProblem | undefined {
  if (slug.trim() === '') return 'empty';
  if (slug.length > MAX_SLUG) return 'tooLong';
  if (!SLUG.test(slug)) return 'invalidCharacters';
  return undefined;
}

const SLUG_MESSAGES: Record<SlugProblem, Bilingual> = {
  empty: { en: 'Enter a file name.', fr: 'Entrez un nom de fichier.' },
  tooLong: { en: `Use at most ${MAX_SLUG} characters.`, fr: `Utilisez au plus ${MAX_SLUG} caractères.` },
  invalidCharacters: {
    en: 'Use lower-case letters, digits and single hyphens only (for example governance-basics).',
    fr: 'Utilisez seulement des lettres minuscules, des chiffres et des traits d’union simples (par exemple gouvernance-bases).',
  },
};

export function slugProblemMessage(problem: SlugProblem, lang: Lang): string {
  return SLUG_MESSAGES[problem][lang];
}

/** A slug suggested from a title: accents removed, lower case, hyphens between words. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/** `folder/rel` with `/` separators; an empty folder (or `.`) means the root. */
function joinPath(folder: string, rel: string): string {
  const f = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  return f === '' || f === '.' ? rel : `${f}/${rel}`;
}

/** The folder that holds `en/` and `fr/`: a folder named `en` or `fr` stands for its parent. */
export function parallelRoot(folder: string): string {
  const clean = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  const m = /^(.*?)(?:^|\/)(en|fr)$/.exec(clean);
  return m ? m[1] : clean;
}

/** The two paths for a slug in a folder, with the given layout. */
export function chapterPaths(folder: string, slug: string, layout: ChapterLayout = 'suffix'): Bilingual {
  if (layout === 'parallel') {
    const root = parallelRoot(folder);
    return { en: joinPath(root, `en/${slug}.md`), fr: joinPath(root, `fr/${slug}.md`) };
  }
  return { en: joinPath(folder, `${slug}.en.md`), fr: joinPath(folder, `${slug}.fr.md`) };
}

/**
 * The English and French files of a new chapter, from the chapter types of `templates` (see
 * loadTemplates). Throws on an unknown chapter type or an invalid slug (check `validateSlug`
 * first to show a message instead).
 */
export function createChapterPair(options: ChapterPairOptions, templates: Pick<ChapterTemplateLibrary, 'byId'>): ChapterPair {
  const type = templates.byId.get(options.type);
  if (!type) throw new Error(`unknown chapter type: ${options.type}`);
  const problem = validateSlug(options.slug);
  if (problem) throw new Error(`invalid slug "${options.slug}": ${SLUG_MESSAGES[problem].en}`);
  const translationKey = options.translationKey ?? options.slug;
  if (validateSlug(translationKey)) throw new Error(`invalid translationKey "${translationKey}"`);
  const title: Bilingual = { en: options.title?.en?.trim() || type.title.en, fr: options.title?.fr?.trim() || type.title.fr };
  const lastReviewed = isoDate(options.today ?? new Date());
  const paths = chapterPaths(options.folder, options.slug, options.layout ?? 'suffix');
  const file = (lang: Lang): ChapterFile => ({
    lang,
    path: paths[lang],
    text: renderChapter(type, lang, { title: title[lang], translationKey, lastReviewed }),
  });
  return { translationKey, en: file('en'), fr: file('fr') };
}

/**
 * The paths of the pair that already exist and would be overwritten: the caller must write
 * nothing when this is not empty. `exists` is the set of existing paths or a predicate.
 */
export function wouldOverwrite(pair: ChapterPair, exists: Iterable<string> | ((path: string) => boolean)): string[] {
  const has = typeof exists === 'function' ? exists : ((set: Set<string>) => (p: string) => set.has(p))(new Set(exists));
  return [pair.en.path, pair.fr.path].filter((p) => has(p));
}

/** Quick pick entries for the chapter types, in the user's language. */
export function chapterTypeChoices(lang: Lang, templates: Pick<ChapterTemplateLibrary, 'types'>): Array<{ id: ChapterTypeId; label: string; description: string }> {
  return templates.types.map((t) => ({ id: t.id, label: t.title[lang], description: t.description[lang] }));
}

const HEADINGS = {
  objectives: { en: 'Learning objectives', fr: 'Objectifs d’apprentissage' },
  objectivesLead: { en: 'By the end of this chapter, you will be able to', fr: 'À la fin de ce chapitre, vous serez en mesure de' },
  takeaways: { en: 'Key takeaways', fr: 'Points à retenir' },
  further: { en: 'Further reading', fr: 'Pour en savoir plus' },
  englishOnly: { en: '', fr: ' (en anglais seulement)' },
} satisfies Record<string, Bilingual>;

interface FrontMatterValues {
  title: string;
  translationKey: string;
  lastReviewed: string;
}

/** One language's Markdown for a chapter type. */
export function renderChapter(type: ChapterType, lang: Lang, fm: FrontMatterValues): string {
  const lines: string[] = [
    '---',
    // JSON strings are valid YAML double-quoted scalars: titles may contain `:` or quotes.
    `title: ${JSON.stringify(fm.title)}`,
    `lang: ${lang}`,
    `translationKey: ${fm.translationKey}`,
    // `type` picks the checklists (chapter-review applies to `type: chapter`); `chapter` names the kind.
    'type: chapter',
    `chapter: ${type.id}`,
    `summary: ${JSON.stringify(type.description[lang])}`,
    `lastReviewed: ${fm.lastReviewed}`,
    '---',
    '',
    `# ${fm.title}`,
    '',
    ...blocks.guidance(type.intro, lang),
    '',
    `## ${HEADINGS.objectives[lang]}`,
    '',
    label(HEADINGS.objectivesLead[lang], lang),
    '',
    ...type.objectives.map((o, i) => `${i + 1}. ${o[lang]}`),
  ];
  for (const section of type.sections) lines.push('', ...renderSection(section, lang));
  lines.push('', `## ${HEADINGS.takeaways[lang]}`, '', ...type.takeaways.map((t) => `- ${t[lang]}`));
  lines.push('', `## ${HEADINGS.further[lang]}`, '', ...type.furtherReading.map((r) => `- [${r.title[lang]}](${r.url[lang]})${r.englishOnly ? HEADINGS.englishOnly[lang] : ''}`));
  return lines.join('\n').replace(/ +\n/g, '\n') + '\n';
}

function renderSection(section: ChapterSection, lang: Lang): string[] {
  const out = [`## ${section.heading[lang]}`, '', ...blocks.guidance(section.guidance, lang)];
  for (const block of section.blocks ?? []) out.push('', ...renderBlock(block, lang));
  return out;
}

function renderBlock(block: SectionBlock, lang: Lang): string[] {
  switch (block.kind) {
    case 'callout': return blocks.callout(block.callout, block.text, lang);
    case 'caseStudy': return blocks.caseStudy(block.caseStudy, lang);
    case 'riskTable': return blocks.riskTable(block.rows, lang);
    case 'stakeholderMap': return blocks.stakeholderMap(block.rows, lang);
    case 'dataset': return blocks.datasetDescription(block.dataset, lang);
    case 'useCase': return blocks.useCase(block.useCase, lang);
    case 'milestone': return blocks.milestone(block.milestone, lang);
    case 'event': return blocks.eventPlan(block.event, lang);
    case 'checklist': return blocks.checklist(block.title, block.items, lang);
    case 'definitions': return blocks.definitions(block.items, lang);
    case 'list': return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item[lang]}`);
  }
}

