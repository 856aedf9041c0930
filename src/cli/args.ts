import type { Lang } from '../core/messages/catalog';
import type { MessageArgs } from '../core/findings';
import type { cliMessages } from './cliMessages';
import { flagWords, langValue } from './flagWords';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'html';

export interface CliArgs {
  paths: string[];
  format: OutputFormat;
  config?: string;
  lang?: Lang;
  help: boolean;
  version: boolean;
  color?: boolean;
  /** Folders outside the repository that its configuration may name (`--allow-outside DIR`, repeatable). */
  allowOutside: string[];
  /** Print the stack of internal failures on stderr. */
  debug?: boolean;
  /** Reuse the results of pairs that did not change since the last run (`--cache`). */
  cache?: boolean;
  /** Apply the safe fixes (rules marked fixAll) to the files, then check again (`--fix`). */
  fix?: boolean;
}

/** Bad usage of the command line: a message of its catalogue, written in the run's language. */
export class UsageError extends Error {
  constructor(
    readonly messageId: keyof typeof cliMessages.en,
    readonly args?: MessageArgs,
  ) {
    super(messageId);
  }
}

/** Parses `toolkit-check [paths...] [--format text|json|sarif] [--config FILE] [--lang en|fr] [--allow-outside DIR] [-- paths...]`. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { paths: [], format: 'text', help: false, version: false, allowOutside: [] };
  for (const { arg, flag, value, rest } of flagWords(argv, (flag) => new UsageError('cliNeedsValue', { flag }))) {
    switch (flag) {
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif' && v !== 'html') throw new UsageError('cliBadFormat', { value: v });
        args.format = v;
        break;
      }
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--lang': {
        const v = value();
        args.lang = langValue(v);
        if (!args.lang) throw new UsageError('cliBadLang', { value: v.toLowerCase() });
        break;
      }
      case '--allow-outside':
        args.allowOutside.push(value());
        break;
      case '--color':
        args.color = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--debug':
        args.debug = true;
        break;
      case '--cache':
        args.cache = true;
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--version':
      case '-v':
        args.version = true;
        break;
      case '--':
        args.paths.push(...rest());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError('cliUnknownOption', { option: arg });
        args.paths.push(arg);
    }
  }
  return args;
}

/** The format asked for, read before the arguments are known to be valid: a usage error is reported in it too. */
export function requestedFormat(argv: string[]): OutputFormat {
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--format' || a === '-f') format = argv[i + 1];
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  }
  return format === 'json' || format === 'sarif' || format === 'html' ? format : 'text';
}

export const USAGE: Record<Lang, string> = {
  en: `Usage: toolkit-check [paths...] [options]

Checks that English and French Markdown files say the same thing.
       toolkit-check review FILE...  marks each pair (its English or French file named) as
                                     reviewed: the stale rule then reports what changed since.

Options:
  --format text|json|sarif|html  output format (default: text; html: a dashboard page)
  --config FILE              configuration file (default: opendata-toolkit.json, searched upward)
  --lang en|fr               language of the messages (default: from the locale)
  --allow-outside DIR        let the configuration name pairs or clause folders in DIR, outside
                             its own folder (repeatable; the repository itself cannot allow this)
  --                         end of options: what follows are paths, even if they start with -
  --no-color, --color        turn colours off or on
  --debug                    print the stack of a file that could not be checked
  --cache                    reuse the findings of pairs that did not change since the last run
                             (kept in .toolkit-checkcache beside the configuration)
  --fix                      apply the safe fixes (French typography, Canadian spelling, forbidden
                             terms) to the files, say what changed, then check again
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage, configuration or I/O error.

XLIFF round trip for CAT tools:
  toolkit-check xliff export EN_FILE [--out FILE] [--fr FILE] [--xliff 2.1|1.2]
                             one XLIFF 2.1 (or 1.2) unit per aligned block (French counterpart
                             found as the check pairs it, or named with --fr)
  toolkit-check xliff import FILE.xlf [--write]
                             XLIFF 2 or 1.2; writes the French file from the targets (--write to overwrite
                             it), then checks the pair; 2 when the XLIFF is refused
toolkit-check checklist [paths...] shows each file's checklists (see toolkit-check checklist --help).`,
  fr: `Usage\u00A0: toolkit-check [chemins...] [options]

Vérifie que les fichiers Markdown anglais et français disent la même chose.
       toolkit-check review FICHIER...  marque chaque paire (son fichier anglais ou français
                                        nommé) comme révisée\u00A0: la règle stale signale ensuite
                                        ce qui a changé depuis.

Options\u00A0:
  --format text|json|sarif|html  format de sortie (par défaut\u00A0: text; html\u00A0: un tableau de bord)
  --config FICHIER           fichier de configuration (par défaut\u00A0: opendata-toolkit.json, cherché vers le haut)
  --lang en|fr               langue des messages (par défaut\u00A0: selon les paramètres régionaux)
  --allow-outside DOSSIER    permettre à la configuration de désigner des paires ou des dossiers de
                             clauses dans DOSSIER, hors de son propre dossier (répétable; le dépôt
                             lui-même ne peut pas le permettre)
  --                         fin des options\u00A0: la suite est une liste de chemins, même commençant par -
  --no-color, --color        désactiver ou activer les couleurs
  --debug                    afficher la pile d’appels d’un fichier qui n’a pas pu être vérifié
  --cache                    réutiliser les constatations des paires inchangées depuis la dernière
                             exécution (gardées dans .toolkit-checkcache près de la configuration)
  --fix                      appliquer aux fichiers les corrections sûres (typographie française,
                             orthographe canadienne, termes proscrits), dire ce qui a changé, puis
                             vérifier de nouveau
  -h, --help                 afficher cette aide
  -v, --version              afficher la version

Code de sortie\u00A0: 0 aucune erreur, 1 erreurs trouvées, 2 usage incorrect, erreur de configuration ou d’entrée-sortie.

Aller-retour XLIFF pour les outils de TAO\u00A0:
  toolkit-check xliff export FICHIER_EN [--out FICHIER] [--fr FICHIER] [--xliff 2.1|1.2]
                             une unité XLIFF\u00A02.1 (ou 1.2) par bloc aligné (pendant français
                             trouvé comme la vérification l’apparie, ou nommé avec --fr)
  toolkit-check xliff import FICHIER.xlf [--write]
                             XLIFF\u00A02 ou 1.2; écrit le fichier français à partir des cibles (--write pour le
                             remplacer), puis vérifie la paire; 2 si le XLIFF est refusé
toolkit-check checklist [chemins...] affiche les listes de contrôle de chaque fichier (voir toolkit-check checklist --help).`,
};
