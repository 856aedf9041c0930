import { defineMessages } from '../core/messages/catalog';

/** What `toolkit-check --fix` says it changed. */
export const fixMessages = defineMessages({
  en: {
    cliFixedFile: '{file}: {count, plural, one {# fix} other {# fixes}} applied ({rules})',
    cliFixedNone: 'toolkit-check --fix: no safe fix to apply.',
    cliFixWriteFailed: 'toolkit-check --fix: {file} could not be written ({reason}); it is unchanged.',
  },
  fr: {
    cliFixedFile: '{file}\u00A0: {count, plural, one {# correction appliquée} other {# corrections appliquées}} ({rules})',
    cliFixedNone: 'toolkit-check --fix\u00A0: aucune correction sûre à appliquer.',
    cliFixWriteFailed: 'toolkit-check --fix\u00A0: impossible d’écrire {file} ({reason}); il est inchangé.',
  },
});
