import { defineMessages } from '../messages/catalog';
import { defineRule, type DocumentRuleContext } from '../rules/rule';
import { typographySettings, unitTypographyIssues, type TypographyIssue } from './frenchTypography';

const messages = defineMessages({
  en: {
    typoColon: 'Canadian French puts a no-break space before the colon.',
    typoSpaceBeforePunctuation: 'Canadian French puts no space before ; ? and !.',
    typoNoSpaceBeforePunctuation: 'French as written in France puts a no-break space before ; ? and !.',
    typoStraightQuotes: 'French uses « guillemets » with no-break spaces inside, not straight quotes.',
    typoGuillemetSpace: '« Guillemets » take a no-break space inside.',
    typoPercent: 'French puts a no-break space between the number and %.',
    typoDollarFirst: 'French writes the dollar sign after the amount: 1 500 $.',
    fixNbsp: 'Use a no-break space',
    fixRemoveSpace: 'Remove the space',
    fixGuillemets: 'Use « guillemets »',
  },
  fr: {
    typoColon: 'En français canadien, le deux-points est précédé d’une espace insécable.',
    typoSpaceBeforePunctuation: 'En français canadien, le point-virgule, le point d’interrogation et le point d’exclamation ne sont pas précédés d’une espace.',
    typoNoSpaceBeforePunctuation: 'En France, le point-virgule, le point d’interrogation et le point d’exclamation sont précédés d’une espace insécable.',
    typoStraightQuotes: 'Le français emploie les guillemets «\u00A0\u00A0» avec des espaces insécables, et non les guillemets droits.',
    typoGuillemetSpace: 'Les guillemets «\u00A0\u00A0» s’accompagnent d’une espace insécable à l’intérieur.',
    typoPercent: 'Le français met une espace insécable entre le nombre et le symbole %.',
    typoDollarFirst: 'Le français place le symbole du dollar après le montant\u00A0: 1\u00A0500\u00A0$.',
    fixNbsp: 'Mettre une espace insécable',
    fixRemoveSpace: 'Supprimer l’espace',
    fixGuillemets: 'Employer les guillemets «\u00A0\u00A0»',
  },
});

const FIX_TITLE: Partial<Record<TypographyIssue['messageId'], string>> = {
  typoColon: 'fixNbsp',
  typoSpaceBeforePunctuation: 'fixRemoveSpace',
  typoNoSpaceBeforePunctuation: 'fixNbsp',
  typoStraightQuotes: 'fixGuillemets',
  typoGuillemetSpace: 'fixNbsp',
  typoPercent: 'fixNbsp',
};

/** Canadian French typography of a French document's prose (headings, paragraphs, lists, tables, quotes). */
function checkFrenchTypography(ctx: DocumentRuleContext<'typography', keyof typeof messages.en>): void {
  const { doc } = ctx;
  if (doc.lang !== 'fr') return;
  const settings = typographySettings(ctx.option('typography', 'convention'), ctx.option('typography', 'space'));
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      for (const issue of unitTypographyIssues(unit, settings)) {
        const { start, end } = issue;
        // An insertion point gets the character before it underlined, so it can be seen.
        const at = { start: start === end ? Math.max(block.start, start - 1) : start, end: Math.max(end, start + 1) };
        const titleId = FIX_TITLE[issue.messageId];
        const fix = issue.replacement !== undefined && titleId ? { start, end, text: issue.replacement, titleId } : undefined;
        ctx.report('typography', at, issue.messageId, undefined, fix ? { fix } : undefined);
      }
    }
  }
}

export const typographyRule = defineRule({
  ids: [
    {
      id: 'typography',
      severity: 'info',
      fixAll: true,
      description: {
        en: 'French prose follows Canadian typography: no-break space before the colon and inside « », none before ; ? !, a no-break space before %, the dollar sign after the amount.',
        fr: 'Le texte français suit la typographie canadienne\u00A0: espace insécable avant le deux-points et à l’intérieur des «\u00A0\u00A0», aucune avant ; ? !, espace insécable avant %, symbole du dollar après le montant.',
      },
      docs: 'Canadian French typography in French files: a no-break space before the colon and inside « », none before ; ? !, « » rather than straight quotes, a no-break space before %, the dollar sign after the amount (safe quick fixes in the editor, and in `--fix`); options `convention` (`canada`, or `france`: a no-break space before ; ? ! too) and `space` (what fixes insert: `U+00A0`, or the narrow `U+202F`)',
      options: {
        convention: {
          schema: {
            enum: ['canada', 'france'],
            description: 'Which French typography: `canada` (Bureau de la traduction, OQLF: no space before ; ? !) or `france` (a no-break space before ; ? ! too).',
          },
          default: 'canada',
        },
        space: {
          schema: {
            enum: ['U+00A0', 'U+202F'],
            description: 'The no-break space the fixes insert (before the colon, inside « », before %): `U+00A0`, or the narrow `U+202F` (then accepted inside « » too).',
          },
          default: 'U+00A0',
        },
      },
    },
  ],
  messages,
  document: checkFrenchTypography,
});
