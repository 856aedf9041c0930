import { defineMessages, type MessageIdOf } from './catalog';

/**
 * Words and phrases that many rules' messages use as arguments (a language, a kind of block)
 * and the titles of quick fixes. French: no-break space (U+00A0) before the colon and inside
 * « », none before ; ? ! (OQLF). A language name is an adjective after a masculine noun
 * (« le fichier anglais »): messages say « celle du fichier {lang} » rather than « la liste {lang} ».
 */
export const SHARED_MESSAGES = defineMessages({
  en: {
    langEnglish: 'English',
    langFrench: 'French',
    kindParagraph: 'paragraph',
    kindHeading: 'heading',
    kindList: 'list',
    kindTable: 'table',
    kindCode: 'code block',
    kindBlockquote: 'block quote',
    kindFootnote: 'footnote',
    orderedList: 'numbered',
    bulletList: 'bulleted',
    counterpartHere: 'Counterpart in the {lang} file',
    nearestHere: 'Nearest matching place in the {lang} file',
    fixReplaceWith: 'Replace with {value}',
    fixWrite: 'Write {value}',
    fixAdd: 'Add {value}',
  },
  fr: {
    langEnglish: 'anglais',
    langFrench: 'français',
    kindParagraph: 'paragraphe',
    kindHeading: 'titre',
    kindList: 'liste',
    kindTable: 'tableau',
    kindCode: 'bloc de code',
    kindBlockquote: 'citation',
    kindFootnote: 'note de bas de page',
    orderedList: 'numérotée',
    bulletList: 'à puces',
    counterpartHere: 'Pendant dans le fichier {lang}',
    nearestHere: 'Endroit correspondant le plus proche dans le fichier {lang}',
    fixReplaceWith: 'Remplacer par {value}',
    fixWrite: 'Écrire {value}',
    fixAdd: 'Ajouter {value}',
  },
});

export type SharedMessageId = MessageIdOf<typeof SHARED_MESSAGES>;
