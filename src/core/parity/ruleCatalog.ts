import type { Severity } from '../findings';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: { en: string; fr: string };
}

/** Every rule the parity engine knows, with its default severity; ids are a public contract. */
export const PARITY_RULES: readonly RuleInfo[] = [
  { id: 'file', severity: 'error', description: { en: 'The file can be read as UTF-8 Markdown of a reasonable size.', fr: 'Le fichier peut être lu comme du Markdown UTF-8 de taille raisonnable.' } },
  { id: 'front-matter-syntax', severity: 'error', description: { en: 'Front matter is valid YAML.', fr: 'Les métadonnées d’en-tête sont du YAML valide.' } },
  { id: 'front-matter', severity: 'warning', description: { en: 'Both files have the same front matter keys.', fr: 'Les deux fichiers ont les mêmes clés de métadonnées.' } },
  { id: 'sections', severity: 'error', description: { en: 'Every section has its counterpart.', fr: 'Chaque section a sa correspondante.' } },
  { id: 'heading-levels', severity: 'warning', description: { en: 'Matching headings have the same level.', fr: 'Les titres correspondants ont le même niveau.' } },
  { id: 'blocks', severity: 'warning', description: { en: 'Every paragraph has its counterpart.', fr: 'Chaque paragraphe a son correspondant.' } },
  { id: 'lists', severity: 'error', description: { en: 'Lists have the same items, nested lists included.', fr: 'Les listes ont les mêmes éléments, sous-listes comprises.' } },
  { id: 'tables', severity: 'error', description: { en: 'Tables have the same rows and columns.', fr: 'Les tableaux ont les mêmes lignes et colonnes.' } },
  { id: 'code-blocks', severity: 'error', description: { en: 'Code blocks match in number and language tag.', fr: 'Les blocs de code correspondent en nombre et en langage.' } },
  { id: 'blockquotes', severity: 'warning', description: { en: 'Block quotes and callouts match.', fr: 'Les citations et les encadrés correspondent.' } },
  { id: 'links', severity: 'error', description: { en: 'Links match in number and target (localized addresses accepted).', fr: 'Les liens correspondent en nombre et en destination (adresses localisées acceptées).' } },
  { id: 'link-language', severity: 'warning', description: { en: 'Each file links to pages in its own language where they exist.', fr: 'Chaque fichier renvoie aux pages dans sa langue lorsqu’elles existent.' } },
  { id: 'images', severity: 'error', description: { en: 'Images match in number.', fr: 'Les images correspondent en nombre.' } },
  { id: 'image-alt', severity: 'warning', description: { en: 'An image with alt text in one language has alt text in the other.', fr: 'Une image avec un texte de remplacement dans une langue en a un dans l’autre.' } },
  { id: 'numbers', severity: 'error', description: { en: 'Numbers, dates and amounts have the same values.', fr: 'Les nombres, dates et montants ont les mêmes valeurs.' } },
  { id: 'number-format', severity: 'warning', description: { en: 'Numbers are written the way the language writes them.', fr: 'Les nombres sont écrits selon les conventions de la langue.' } },
  { id: 'placeholders', severity: 'error', description: { en: 'Template placeholders are identical in both languages.', fr: 'Les paramètres substituables sont identiques dans les deux langues.' } },
  { id: 'shortcodes', severity: 'error', description: { en: 'Hugo shortcodes match.', fr: 'Les codes courts Hugo correspondent.' } },
  { id: 'untranslated', severity: 'warning', description: { en: 'No passage is left in the other language.', fr: 'Aucun passage n’est resté dans l’autre langue.' } },
  { id: 'unpaired', severity: 'warning', description: { en: 'Every file has its counterpart in the other language.', fr: 'Chaque fichier a son pendant dans l’autre langue.' } },
];

export const PARITY_RULE_IDS = PARITY_RULES.map((r) => r.id);

export function ruleInfo(id: string): RuleInfo | undefined {
  return PARITY_RULES.find((r) => r.id === id);
}
