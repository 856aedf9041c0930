import { defineMessages } from '../../core/messages/catalog';

/** Messages of toolkit-policy; French follows the project's typography like every catalogue. */
export const policyMessages = defineMessages({
  en: {
    'policy.prefix': 'toolkit-policy: {text}',
    'policy.needsValue': '{flag} needs a value.',
    'policy.badLang': '--lang must be en or fr (got “{value}”).',
    'policy.unknownOption': 'Unknown option {option}.',
    'policy.unexpectedArgument': 'Unexpected argument “{arg}”.',
    'policy.noCommand': 'Say what to do: assemble or list.',
    'policy.notForList': '{flag} is an option of assemble, not of list.',
    'policy.badAnswerSyntax': '--answer takes NAME=VALUE or NAME.fr=VALUE (got “{text}”).',
    'policy.noProfile': 'Say which profile to assemble with --profile ({profiles}).',
    'policy.unknownProfile': 'There is no profile “{profile}”; choose one of: {profiles}.',
    'policy.missingEssential': 'No answer for “{label}”: give {flag}, or set policy.{key} in opendata-toolkit.json.',
    'policy.unknownAnswer': 'Nothing in profile “{profile}” is called “{name}”; known names: {names}.',
    'policy.badName': '--name: {detail}',
    'policy.exists': 'Nothing written: {files} already exist(s); choose another --name or --out.',
    'policy.writeFailed': 'Could not write {file}: {reason}.',
    'policy.notAssembled': 'Nothing written: the policy cannot be assembled.',
    'policy.notClean': 'The pair was written, but toolkit-check finds {count, plural, one {# error} other {# errors}} in it (above): an answer probably holds markup, a link or a line break in one language only.',
    'policy.wrote': 'Wrote {en} and {fr}: {count} clauses, profile “{profile}”.',
    'policy.unanswered': 'Left to fill in both files: {{{name}}} ({label}); next time give --answer {name}=…',
    'policy.sameFrench': 'No French form given for {flag}: the French file uses “{value}” too (give {flagFr} to translate it).',
    'policy.libraryProblems': 'Some clause files have problems (above); the valid clauses were used.',
    'policy.configInvalid': 'The configuration is not valid; nothing was done.',
    'policy.listProfiles': 'Profiles',
    'policy.listClauses': 'Clauses ({count})',
    'policy.profileSize': '{count} clauses',
  },
  fr: {
    'policy.prefix': 'toolkit-policy\u00A0: {text}',
    'policy.needsValue': '{flag} exige une valeur.',
    'policy.badLang': '--lang doit valoir en ou fr (reçu «\u00A0{value}\u00A0»).',
    'policy.unknownOption': 'Option inconnue\u00A0: {option}.',
    'policy.unexpectedArgument': 'Argument inattendu\u00A0: «\u00A0{arg}\u00A0».',
    'policy.noCommand': 'Indiquez quoi faire\u00A0: assemble ou list.',
    'policy.notForList': '{flag} est une option de assemble, pas de list.',
    'policy.badAnswerSyntax': '--answer prend NOM=VALEUR ou NOM.fr=VALEUR (reçu «\u00A0{text}\u00A0»).',
    'policy.noProfile': 'Indiquez le profil à assembler avec --profile ({profiles}).',
    'policy.unknownProfile': 'Il n’y a pas de profil «\u00A0{profile}\u00A0»; choisissez parmi les suivants\u00A0: {profiles}.',
    'policy.missingEssential': 'Aucune réponse pour «\u00A0{label}\u00A0»\u00A0: indiquez {flag} ou définissez policy.{key} dans opendata-toolkit.json.',
    'policy.unknownAnswer': 'Rien ne s’appelle «\u00A0{name}\u00A0» dans le profil «\u00A0{profile}\u00A0»; noms connus\u00A0: {names}.',
    'policy.badName': '--name\u00A0: {detail}',
    'policy.exists': 'Rien n’a été écrit\u00A0: {files} existe(nt) déjà; choisissez un autre --name ou --out.',
    'policy.writeFailed': 'Impossible d’écrire {file}\u00A0: {reason}.',
    'policy.notAssembled': 'Rien n’a été écrit\u00A0: la politique ne peut pas être assemblée.',
    'policy.notClean': 'La paire a été écrite, mais toolkit-check y trouve {count, plural, one {#\u00A0erreur} other {#\u00A0erreurs}} (ci-dessus)\u00A0: une réponse contient sans doute du balisage, un lien ou un saut de ligne dans une seule langue.',
    'policy.wrote': '{en} et {fr} écrits\u00A0: {count}\u00A0clauses, profil «\u00A0{profile}\u00A0».',
    'policy.unanswered': 'À remplir dans les deux fichiers\u00A0: {{{name}}} ({label}); la prochaine fois, indiquez --answer {name}=…',
    'policy.sameFrench': 'Aucune forme française donnée pour {flag}\u00A0: le fichier français utilise aussi «\u00A0{value}\u00A0» (indiquez {flagFr} pour la traduire).',
    'policy.libraryProblems': 'Certains fichiers de clauses ont des problèmes (ci-dessus); les clauses valides ont été utilisées.',
    'policy.configInvalid': 'La configuration n’est pas valide; rien n’a été fait.',
    'policy.listProfiles': 'Profils',
    'policy.listClauses': 'Clauses ({count})',
    'policy.profileSize': '{count}\u00A0clauses',
  },
});

export const POLICY_USAGE = {
  en: `Usage:
  toolkit-policy assemble --profile ID --municipality NAME --province CODE --lead TITLE [options]
  toolkit-policy list [--config FILE] [--lang en|fr]

Assembles an English and a French open data policy from the clause library, or lists the
profiles and clauses. Answers not given default to "policy" in opendata-toolkit.json.

Options of assemble:
  --profile ID              starter, full-program, or a profile of your clause folders
  --municipality NAME       official name of the municipality (--municipality-fr NAME in French)
  --province CODE           AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK or YT
  --lead TITLE              job title of the open data lead (--lead-fr TITLE in French)
  --answer NAME=VALUE       any other question or clause parameter (NAME.fr=VALUE: French only)
  --out DIR                 folder of the two files (default: the current folder)
  --name NAME               file name without .en.md / .fr.md (default: open-data-policy)
Common options:
  --config FILE             configuration file (default: opendata-toolkit.json, searched upward)
  --allow-outside DIR       let the configuration name clause folders in DIR, outside its own folder
  --lang en|fr              language of the messages (default: from the locale)
  -h, --help                show this help
  -v, --version             show the version

Never overwrites: if NAME.en.md or NAME.fr.md exists, nothing is written.
Exit status: 0 written (or listed), 2 bad usage, configuration error, or files that exist.`,
  fr: `Usage\u00A0:
  toolkit-policy assemble --profile ID --municipality NOM --province CODE --lead TITRE [options]
  toolkit-policy list [--config FICHIER] [--lang en|fr]

Assemble une politique sur les données ouvertes en anglais et en français à partir de la
bibliothèque de clauses, ou énumère les profils et les clauses. Les réponses non données
sont tirées de «\u00A0policy\u00A0» dans opendata-toolkit.json.

Options de assemble\u00A0:
  --profile ID              starter, full-program ou un profil de vos dossiers de clauses
  --municipality NOM        nom officiel de la municipalité (--municipality-fr NOM en français)
  --province CODE           AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK ou YT
  --lead TITRE              titre du poste de responsable des données ouvertes (--lead-fr TITRE en français)
  --answer NOM=VALEUR       toute autre question ou tout autre paramètre (NOM.fr=VALEUR\u00A0: en français seulement)
  --out DOSSIER             dossier des deux fichiers (par défaut\u00A0: le dossier courant)
  --name NOM                nom de fichier sans .en.md ni .fr.md (par défaut\u00A0: open-data-policy)
Options communes\u00A0:
  --config FICHIER          fichier de configuration (par défaut\u00A0: opendata-toolkit.json, cherché vers le haut)
  --allow-outside DOSSIER   permettre à la configuration de désigner des dossiers de clauses dans DOSSIER, hors de son propre dossier
  --lang en|fr              langue des messages (par défaut\u00A0: selon les paramètres régionaux)
  -h, --help                afficher cette aide
  -v, --version             afficher la version

N’écrase jamais rien\u00A0: si NOM.en.md ou NOM.fr.md existe, rien n’est écrit.
Code de sortie\u00A0: 0 fichiers écrits (ou liste affichée), 2 usage incorrect, erreur de configuration ou fichiers existants.`,
} as const;
