import { defineMessages } from '../messages/catalog';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { codePointLabel, findInvisibleRuns } from './invisibleCharacters';

const messages = defineMessages({
  en: {
    invisibleBidi: 'Invisible bidirectional control {code} ({name}): it can make the text read in another order than it is written (“Trojan Source”). Remove it.',
    invisibleZeroWidth: 'Invisible character {code} ({name}): it hides inside words and addresses, breaks search and can make a link lead elsewhere than it reads. Remove it.',
    fixRemoveInvisible: 'Remove the invisible character',
    'invisible.202A': 'left-to-right embedding',
    'invisible.202B': 'right-to-left embedding',
    'invisible.202C': 'pop directional formatting',
    'invisible.202D': 'left-to-right override',
    'invisible.202E': 'right-to-left override',
    'invisible.2066': 'left-to-right isolate',
    'invisible.2067': 'right-to-left isolate',
    'invisible.2068': 'first strong isolate',
    'invisible.2069': 'pop directional isolate',
    'invisible.200B': 'zero width space',
    'invisible.200C': 'zero width non-joiner',
    'invisible.200D': 'zero width joiner',
    'invisible.2060': 'word joiner',
    'invisible.FEFF': 'zero width no-break space',
  },
  fr: {
    invisibleBidi: 'Commande bidirectionnelle invisible {code} ({name})\u00A0: elle peut faire lire le texte dans un autre ordre que celui où il est écrit («\u00A0Trojan Source\u00A0»). Supprimez-la.',
    invisibleZeroWidth: 'Caractère invisible {code} ({name})\u00A0: il se cache dans les mots et les adresses, nuit à la recherche et peut faire mener un lien ailleurs que ce qu’il affiche. Supprimez-le.',
    fixRemoveInvisible: 'Supprimer le caractère invisible',
    'invisible.202A': 'enchâssement gauche à droite',
    'invisible.202B': 'enchâssement droite à gauche',
    'invisible.202C': 'dépilement de formatage directionnel',
    'invisible.202D': 'forçage gauche à droite',
    'invisible.202E': 'forçage droite à gauche',
    'invisible.2066': 'isolat gauche à droite',
    'invisible.2067': 'isolat droite à gauche',
    'invisible.2068': 'isolat de premier fort',
    'invisible.2069': 'dépilement d’isolat directionnel',
    'invisible.200B': 'espace sans chasse',
    'invisible.200C': 'antiliant sans chasse',
    'invisible.200D': 'liant sans chasse',
    'invisible.2060': 'gluon de mots',
    'invisible.FEFF': 'espace insécable sans chasse',
  },
});

/** Every invisible character of a document (headings, link text, addresses, code, front matter), each run with a fix that removes it. */
function checkInvisibleCharacters(ctx: DocumentRuleContext<'invisible-characters', keyof typeof messages.en>): void {
  for (const run of findInvisibleRuns(ctx.doc.text)) {
    const code = codePointLabel(run.codePoint);
    const name = { messageId: `invisible.${code.slice(2)}` };
    const fix = { start: run.start, end: run.end, text: '', titleId: 'fixRemoveInvisible' };
    ctx.report('invisible-characters', run, run.kind === 'bidi' ? 'invisibleBidi' : 'invisibleZeroWidth', { code, name }, { fix });
  }
}

export const invisibleCharactersRule = defineRule({
  ids: [
    {
      id: 'invisible-characters',
      severity: 'warning',
      description: {
        en: 'Bidirectional controls and zero-width characters, which hide text, break search and can make a link read as something else.',
        fr: 'Commandes bidirectionnelles et caractères sans chasse, qui cachent du texte, nuisent à la recherche et peuvent faire lire un lien pour un autre.',
      },
      docs: 'bidirectional controls (U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) anywhere in a file, which hide text, break search and can make a link read as something else (“Trojan Source”); a quick fix removes them. Left alone: joiners inside emoji and between letters of scripts that need them, a byte order mark at the start of a file',
    },
  ],
  messages,
  document: checkInvisibleCharacters,
});
