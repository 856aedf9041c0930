import { defineMessages } from '../../core/messages/catalog';
import type { Lang } from '../../core/lang';

/** The words of `toolkit-check checklist`'s own output. */
export const checklistCliMessages = defineMessages({
  en: {
    'checklistCli.unreadable': '{file}: cannot be read ({reason}).',
    'checklistCli.libraryInvalid': 'toolkit-check checklist: some checklist files are not valid (above); the valid ones were used.',
  },
  fr: {
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
  --format text|json|html|markdown
                             output format (default: text)
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
  --format text|json|html|markdown
                             format de sortie (par défaut\u00A0: text)
  --config FICHIER           fichier de configuration (par défaut\u00A0: opendata-toolkit.json, cherché vers le haut)
  --lang en|fr               langue de la sortie (par défaut\u00A0: selon les paramètres régionaux)
  --allow-outside DOSSIER    permettre à la configuration de désigner des dossiers dans DOSSIER
  -h, --help                 afficher cette aide

Code de sortie\u00A0: 0 tous les éléments obligatoires cochés, 1 un élément obligatoire manque,
2 usage incorrect, erreur de configuration ou d’entrée-sortie.`,
};
