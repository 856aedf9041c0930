import type { Lang } from './clauseTypes';

/** Names of the library's categories, for grouping clauses in pickers and lists. */
const CATEGORY_NAMES: Record<string, { en: string; fr: string }> = {
  foundations: { en: 'Foundations', fr: 'Fondements' },
  governance: { en: 'Governance', fr: 'Gouvernance' },
  licence: { en: 'Licence', fr: 'Licence' },
  privacy: { en: 'Privacy and exemptions', fr: 'Vie privée et exceptions' },
  publication: { en: 'Publication', fr: 'Publication' },
  'data-management': { en: 'Data management', fr: 'Gestion des données' },
  engagement: { en: 'Community engagement', fr: 'Participation de la collectivité' },
  procurement: { en: 'Procurement and third parties', fr: 'Approvisionnement et tiers' },
  implementation: { en: 'Implementation', fr: 'Mise en œuvre' },
};

/** An organisation's own category has no translation: its id, words separated, is shown. */
export function categoryName(category: string, lang: Lang): string {
  return CATEGORY_NAMES[category]?.[lang] ?? category.replace(/-/g, ' ');
}

/** Categories in the order a policy reads (ours first, as listed above), then an organisation's own in order of appearance. */
export function sortCategories(categories: Iterable<string>): string[] {
  const known = Object.keys(CATEGORY_NAMES);
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return [...new Set(categories)].map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
}
