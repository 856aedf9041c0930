import { defineMessages } from '../../messages/catalog';

/** The words of a checklist report, in every format (command line and editor alike). */
export const checklistReportMessages = defineMessages({
  en: {
    'checklistReport.progress': '{ticked}/{total} ticked',
    'checklistReport.noLists': 'No checklist applies: set the front matter field “type” to policy or chapter, or name the lists in the field “checklists”.',
    'checklistReport.missingRequired': '{count, plural, one {# required item is} other {# required items are}} missing.',
    'checklistReport.allRequired': 'Every required item is ticked.',
    'checklistReport.required': 'required',
    'checklistReport.title': 'Checklist report',
    'checklistReport.missing': 'missing',
  },
  fr: {
    'checklistReport.progress': '{ticked}/{total} cochés',
    'checklistReport.noLists': 'Aucune liste de contrôle ne s’applique\u00A0: donnez au champ «\u00A0type\u00A0» de l’en-tête la valeur policy ou chapter, ou nommez les listes dans le champ «\u00A0checklists\u00A0».',
    'checklistReport.missingRequired': '{count, plural, one {# élément obligatoire manque} other {# éléments obligatoires manquent}}.',
    'checklistReport.allRequired': 'Tous les éléments obligatoires sont cochés.',
    'checklistReport.required': 'obligatoire',
    'checklistReport.title': 'Rapport de liste de contrôle',
    'checklistReport.missing': 'manquant',
  },
});
