import { defineMessages } from '../messages/catalog';
import { defineRule } from '../rules/rule';

const messages = defineMessages({
  en: {
    fileUnreadable: 'Cannot read this file: {reason}.',
    fileBinary: 'This looks like a binary file (a NUL byte on line {line}), not Markdown; it was not checked.',
    fileUtf16: 'This file is encoded in UTF-16; save it as UTF-8 to check it.',
    fileNotUtf8: 'This file is not valid UTF-8 (first bad byte on line {line}, column {column}); save it as UTF-8 to check it.',
    fileNotUtf8Latin1: 'This file is not valid UTF-8 (first bad byte on line {line}, column {column}); it looks like Windows-1252 or ISO-8859-1, common for French text: save it as UTF-8 to check it.',
    fileTooLarge: 'This file is {size} bytes, above the limit of {limit} bytes (maxFileSize in the configuration); it was not checked.',
    fileCheckTimeout: 'Checking this file took longer than {budget} ms (timeBudgetMs in the configuration); it was stopped and not checked.',
    fileCheckFailed: 'This file could not be checked: {reason}.',
    fileTooNested: 'Block quotes or lists are nested {count} levels deep on this line, above the limit of {limit}; the file is too complex to parse safely and was not checked.',
    fileTooManyDelimiters: 'This paragraph holds {count} emphasis or link delimiters (or one run that long), above the limit of {limit}; the file is too complex to parse in reasonable time and was not checked.',
    reasonNotFound: 'file not found',
    reasonPermission: 'permission denied',
    reasonIsFolder: 'it is a folder',
    reasonLoop: 'symbolic link loop',
    reasonNotRegular: 'not a regular file (a pipe, a socket or a device)',
    reasonBrokenLink: 'broken symbolic link',
    reasonOutside: 'a symbolic link to a place outside the folder being checked (never read)',
    reasonTooLarge: 'larger than the limit for this kind of file',
  },
  fr: {
    fileUnreadable: 'Impossible de lire ce fichier\u00A0: {reason}.',
    fileBinary: 'Ce fichier semble binaire (un octet NUL à la ligne {line}) et non Markdown; il n’a pas été vérifié.',
    fileUtf16: 'Ce fichier est encodé en UTF-16; enregistrez-le en UTF-8 pour le vérifier.',
    fileNotUtf8: 'Ce fichier n’est pas en UTF-8 valide (premier octet fautif à la ligne {line}, colonne {column}); enregistrez-le en UTF-8 pour le vérifier.',
    fileNotUtf8Latin1: 'Ce fichier n’est pas en UTF-8 valide (premier octet fautif à la ligne {line}, colonne {column}); il semble encodé en Windows-1252 ou ISO-8859-1, courant pour les textes français\u00A0: enregistrez-le en UTF-8 pour le vérifier.',
    fileTooLarge: 'Ce fichier fait {size} octets, au-delà de la limite de {limit} octets (maxFileSize dans la configuration); il n’a pas été vérifié.',
    fileCheckTimeout: 'La vérification de ce fichier a dépassé {budget}\u00A0ms (timeBudgetMs dans la configuration); elle a été interrompue et le fichier n’a pas été vérifié.',
    fileCheckFailed: 'Ce fichier n’a pas pu être vérifié\u00A0: {reason}.',
    fileTooNested: 'Des citations ou des listes sont imbriquées sur {count}\u00A0niveaux à cette ligne, au-delà de la limite de {limit}; le fichier est trop complexe pour être analysé sans risque et n’a pas été vérifié.',
    fileTooManyDelimiters: 'Ce paragraphe contient {count}\u00A0délimiteurs d’emphase ou de lien (ou une suite aussi longue), au-delà de la limite de {limit}; le fichier est trop complexe pour être analysé en un temps raisonnable et n’a pas été vérifié.',
    reasonNotFound: 'fichier introuvable',
    reasonPermission: 'permission refusée',
    reasonIsFolder: 'c’est un dossier',
    reasonLoop: 'boucle de liens symboliques',
    reasonNotRegular: 'ce n’est pas un fichier ordinaire (un tube, un socket ou un périphérique)',
    reasonBrokenLink: 'lien symbolique rompu',
    reasonOutside: 'un lien symbolique vers un emplacement hors du dossier vérifié (jamais lu)',
    reasonTooLarge: 'plus grand que la limite pour ce genre de fichier',
  },
});

/** Files that could not be checked at all: unreadable, too large, not UTF-8 Markdown (see loadSource.ts). */
export const fileRule = defineRule({
  ids: [{ id: 'file', severity: 'error', description: { en: 'The file can be read as UTF-8 Markdown of a reasonable size.', fr: 'Le fichier peut être lu comme du Markdown UTF-8 de taille raisonnable.' }, docs: 'a file that cannot be read as UTF-8 Markdown of a reasonable size, or that could not be checked (too complex to parse, an internal failure, or over the time budget)' }],
  messages,
  project(ctx) {
    for (const p of ctx.loadProblems) {
      const at = { line: p.line, column: p.column };
      ctx.report('file', { file: p.path, range: { start: at, end: at } }, p.messageId, p.args);
    }
  },
});
