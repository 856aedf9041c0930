import type { Severity } from '../findings';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: { en: string; fr: string };
  /**
   * The rule grades its own findings (an unclosed clause marker is an error, a marker without
   * a version a warning): left at its default, each finding keeps its grade; any other
   * configured severity applies to all of them.
   */
  graded?: true;
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
  { id: 'typography', severity: 'info', description: { en: 'French prose follows Canadian typography: no-break space before the colon and inside « », none before ; ? !, a no-break space before %, the dollar sign after the amount.', fr: 'Le texte français suit la typographie canadienne\u00A0: espace insécable avant le deux-points et à l’intérieur des «\u00A0\u00A0», aucune avant ; ? !, espace insécable avant %, symbole du dollar après le montant.' } },
  { id: 'untranslated', severity: 'warning', description: { en: 'No passage is left in the other language.', fr: 'Aucun passage n’est resté dans l’autre langue.' } },
  { id: 'unpaired', severity: 'warning', description: { en: 'Every file has its counterpart in the other language.', fr: 'Chaque fichier a son pendant dans l’autre langue.' } },
  // Policy clauses (src/core/clauses): the library itself, then the clauses inserted in a policy.
  { id: 'clause-library', severity: 'error', graded: true, description: { en: 'Clause files, profiles and the source registry are valid.', fr: 'Les fichiers de clauses, les profils et le registre des sources sont valides.' } },
  { id: 'clause-markers', severity: 'error', graded: true, description: { en: 'Clause markers are closed, versioned, not nested, and name clauses of the library.', fr: 'Les marqueurs de clause sont fermés, versionnés, non imbriqués et désignent des clauses de la bibliothèque.' } },
  { id: 'clause-drift', severity: 'info', description: { en: 'An inserted clause still says what the library text says.', fr: 'Une clause insérée dit toujours ce que dit le texte de la bibliothèque.' } },
  { id: 'clause-version', severity: 'info', description: { en: 'Inserted clauses are at the library’s current version.', fr: 'Les clauses insérées sont à la version actuelle de la bibliothèque.' } },
  { id: 'clause-pairing', severity: 'warning', graded: true, description: { en: 'Both files of a pair hold the same clauses, at the same versions, in the same order.', fr: 'Les deux fichiers d’une paire contiennent les mêmes clauses, aux mêmes versions, dans le même ordre.' } },
  { id: 'clause-assembly', severity: 'error', graded: true, description: { en: 'A profile can be assembled: its clauses exist and its questions are answered.', fr: 'Un profil peut être assemblé\u00A0: ses clauses existent et ses questions ont une réponse.' } },
];

export const PARITY_RULE_IDS = PARITY_RULES.map((r) => r.id);

export function ruleInfo(id: string): RuleInfo | undefined {
  return PARITY_RULES.find((r) => r.id === id);
}
