import { defineMessages } from '../messages/catalog';

/** Problems of the chapter template files. */
export const templateMessages = defineMessages({
  en: {
    'templates.yamlSyntax': 'This chapter template file is not valid YAML: {detail}',
    'templates.notTemplateFile': 'A chapter template file must hold one chapter type (a mapping).',
    'templates.duplicateType': 'Chapter type “{id}” is defined twice in the same folder (first in {otherFile}); this one is ignored.',
    'templates.folderUnreadable': 'Chapter template folder “{folder}” cannot be read ({reason}); the other chapter types still load.',
    'templates.fileUnreadable': 'This chapter template file cannot be read ({reason}); the rest of its folder still loads.',
  },
  fr: {
    'templates.yamlSyntax': 'Ce fichier de modèle de chapitre n’est pas du YAML valide\u00A0: {detail}',
    'templates.notTemplateFile': 'Un fichier de modèle de chapitre doit contenir un seul type de chapitre (un dictionnaire).',
    'templates.duplicateType': 'Le type de chapitre «\u00A0{id}\u00A0» est défini deux fois dans le même dossier (d’abord dans {otherFile}); celui-ci est ignoré.',
    'templates.folderUnreadable': 'Le dossier de modèles de chapitre «\u00A0{folder}\u00A0» ne peut pas être lu ({reason}); les autres types de chapitre sont quand même chargés.',
    'templates.fileUnreadable': 'Ce fichier de modèle de chapitre ne peut pas être lu ({reason}); le reste de son dossier est quand même chargé.',
  },
});
