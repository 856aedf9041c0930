import { defineMessages } from '../core/messages/catalog';

export const cliMessages = defineMessages({
  en: {
    cliConfigInvalid: 'toolkit-check: the configuration is not valid; nothing was checked.',
    cliPathMissing: 'toolkit-check: {path}: no such file or folder.',
    cliIoError: 'toolkit-check: some files could not be read (see the “file” findings).',
    cliBadWorkers: 'toolkit-check: TOOLKIT_CHECK_WORKERS must be a whole number (0 or more) or auto (got “{value}”); nothing was checked.',
    cliNothingChecked: 'toolkit-check: nothing was checked: no Markdown file in {paths} is let through by include ({include}) and ignore ({ignore}).',
    cliInternalError: 'toolkit-check: internal error: {reason}',
    cliCacheCorrupt: 'toolkit-check: note: the cache file {file} is damaged; it was ignored and will be rewritten.',
    cliCacheForeign: 'toolkit-check: note: {file} is not a toolkit-check cache of this version; it was ignored and will be rewritten.',
    summary: '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}} in {files, plural, one {# file} other {# files}} ({pairs, plural, one {# pair} other {# pairs}}, {unpaired} unpaired).',
    summaryClean: 'No findings in {files, plural, one {# file} other {# files}} ({pairs, plural, one {# pair} other {# pairs}}, {unpaired} unpaired).',
    severityError: 'error',
    severityWarning: 'warning',
    severityInfo: 'info',
  },
  fr: {
    cliConfigInvalid: 'toolkit-check\u00A0: la configuration n’est pas valide; rien n’a été vérifié.',
    cliPathMissing: 'toolkit-check\u00A0: {path}\u00A0: fichier ou dossier introuvable.',
    cliIoError: 'toolkit-check\u00A0: certains fichiers n’ont pas pu être lus (voir les constatations «\u00A0file\u00A0»).',
    cliBadWorkers: 'toolkit-check\u00A0: TOOLKIT_CHECK_WORKERS doit être un nombre entier (0 ou plus) ou auto (reçu «\u00A0{value}\u00A0»); rien n’a été vérifié.',
    cliNothingChecked: 'toolkit-check\u00A0: rien n’a été vérifié\u00A0: aucun fichier Markdown de {paths} n’est retenu par include ({include}) et ignore ({ignore}).',
    cliInternalError: 'toolkit-check\u00A0: erreur interne\u00A0: {reason}',
    cliCacheCorrupt: 'toolkit-check\u00A0: remarque\u00A0: le fichier de cache {file} est endommagé; il a été ignoré et sera réécrit.',
    cliCacheForeign: 'toolkit-check\u00A0: remarque\u00A0: {file} n’est pas un cache de toolkit-check de cette version; il a été ignoré et sera réécrit.',
    summary: '{errors, plural, one {#\u00A0erreur} other {#\u00A0erreurs}}, {warnings, plural, one {#\u00A0avertissement} other {#\u00A0avertissements}}, {infos, plural, one {#\u00A0remarque} other {#\u00A0remarques}} dans {files, plural, one {#\u00A0fichier} other {#\u00A0fichiers}} ({pairs, plural, one {#\u00A0paire} other {#\u00A0paires}}, {unpaired}\u00A0sans pendant).',
    summaryClean: 'Aucune constatation dans {files, plural, one {#\u00A0fichier} other {#\u00A0fichiers}} ({pairs, plural, one {#\u00A0paire} other {#\u00A0paires}}, {unpaired}\u00A0sans pendant).',
    severityError: 'erreur',
    severityWarning: 'avertissement',
    severityInfo: 'remarque',
  },
});
