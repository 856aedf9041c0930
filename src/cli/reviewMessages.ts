import { defineMessages } from '../core/messages/catalog';

/** Messages of `toolkit-check review`. */
export const reviewMessages = defineMessages({
  en: {
    reviewRecorded: 'Marked {fr} as reviewed against {en} ({count, plural, one {# English section} other {# English sections}}).',
    reviewNotPaired: 'toolkit-check review: {path} is in no English–French pair; nothing was recorded for it.',
    reviewFrontMatterBroken: 'toolkit-check review: the front matter of {path} does not parse; fix it, then mark the file as reviewed again.',
    reviewUnreadable: 'toolkit-check review: {path} could not be read as UTF-8 Markdown; nothing was recorded for it.',
    reviewNoFile: 'toolkit-check review: name the English or French file of each pair to mark as reviewed.',
  },
  fr: {
    reviewRecorded: '{fr} est marqué comme révisé d’après {en} ({count, plural, one {#\u00A0section anglaise} other {#\u00A0sections anglaises}}).',
    reviewNotPaired: 'toolkit-check review\u00A0: {path} ne fait partie d’aucune paire anglais-français; rien n’a été enregistré pour ce fichier.',
    reviewFrontMatterBroken: 'toolkit-check review\u00A0: le préambule de {path} ne peut pas être lu; corrigez-le, puis marquez de nouveau le fichier comme révisé.',
    reviewUnreadable: 'toolkit-check review\u00A0: {path} n’a pas pu être lu comme du Markdown UTF-8; rien n’a été enregistré pour ce fichier.',
    reviewNoFile: 'toolkit-check review\u00A0: nommez le fichier anglais ou français de chaque paire à marquer comme révisée.',
  },
});
