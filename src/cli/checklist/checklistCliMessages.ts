import { defineMessages } from '../../core/messages/catalog';
import type { Lang } from '../../core/lang';

/** The words of `toolkit-check checklist`'s own output. */
export const checklistCliMessages = defineMessages({
  en: {
    'checklistCli.progress': '{ticked}/{total} ticked',
    'checklistCli.noLists': 'No checklist applies: set the front matter field “type” to policy or chapter, or name the lists in the field “checklists”.',
    'checklistCli.missingRequired': '{count, plural, one {# required item is} other {# required items are}} missing.',
    'checklistCli.allRequired': 'Every required item is ticked.',
    'checklistCli.required': 'required',
    'checklistCli.title': 'Checklist report',
    'checklistCli.unreadable': '{file}: cannot be read ({reason}).',
    'checklistCli.libraryInvalid': 'toolkit-check checklist: some checklist files are not valid (above); the valid ones were used.',
  },
  fr: {
    'checklistCli.progress': '{ticked}/{total} cochés',
    'checklistCli.noLists': 'Aucune liste de contrôle ne s’applique\u00A0: donnez au champ «\u00A0type\u00A0» de l’en-tête la valeur policy ou chapter, ou nommez les listes dans le champ «\u00A0checklists\u00A0».',
    'checklistCli.missingRequired': '{count, plural, one {# élément obligatoire manque} other {# éléments obligatoires manquent}}.',
    'checklistCli.allRequired': 'Tous les éléments obligatoires sont cochés.',
    'checklistCli.required': 'obligatoire',
    'checklistCli.title': 'Rapport de liste de contrôle',
    'checklistCli.unreadable': '{file}\u00A0: ne peut pas être lu ({reason}).',
    'checklistCli.libraryInvalid': 'toolkit-check checklist\u00A0: certains fichiers de listes de contrôle ne sont pas valides (ci-dessus); les listes valides ont été utilisées.',
  },
});

export const CHECKLIST_USAGE: Record<Lang, string> = {
  en: `Usage: toolkit-check checklist [paths...] [options]

Shows, for each Markdown file, the checklists that apply to it (front matter type: policy,
type: chapter, or checklists: [...]): items proven from the document, items missing, items
for a person to tick (listed in the front matter field checklist-done: [list/item, ...]).

Options:
  --format text|json|html    output format (default: text)
  --config FILE              configuration file (default: opendata-toolkit.json, searched upward)
  --lang en|fr               language of the output (default: from the locale)
  --allow-outside DIR        let the configuration name folders in DIR, outside its own folder
  -h, --help                 show this help

Exit status: 0 every required item ticked, 1 a required item missing, 2 bad usage,
configuration or I/O error.`,
  fr: `Usage\u00A0: toolkit-check checklist [chemins...] [options]

Affiche, pour chaque fichier Markdown, les listes de contrôle qui s’y appliquent (en-tête
type: policy, type: chapter ou checklists: [...])\u00A0: éléments démontrés par le document,
éléments manquants, éléments à cocher par une personne (inscrits dans le champ d’en-tête
checklist-done: [liste/élément, ...]).

Options\u00A0:
  --format text|json|html    format de sortie (par défaut\u00A0: text)
  --config FICHIER           fichier de configuration (par défaut\u00A0: opendata-toolkit.json, cherché vers le haut)
  --lang en|fr               langue de la sortie (par défaut\u00A0: selon les paramètres régionaux)
  --allow-outside DOSSIER    permettre à la configuration de désigner des dossiers dans DOSSIER
  -h, --help                 afficher cette aide

Code de sortie\u00A0: 0 tous les éléments obligatoires cochés, 1 un élément obligatoire manque,
2 usage incorrect, erreur de configuration ou d’entrée-sortie.`,
};
