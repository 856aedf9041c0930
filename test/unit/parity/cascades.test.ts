import { strict as assert } from 'node:assert';
import { checkPairTexts, describe as show } from '../helpers/checkTexts';

/** Rule and message of every finding other than typography notes: what a cascade would inflate. */
const structural = async (en: string, fr: string) => (await checkPairTexts(en, fr)).filter((f) => f.rule !== 'typography').map((f) => `${f.rule}/${f.messageId}`);

const EN_GUIDE = `# Guide

## Purpose

The city publishes its data so that residents can reuse it.

## Evaluation

Assess each dataset against the following criteria before it is published.

## Privacy

Check that no personal information remains in the data. Remove names and addresses.

Ask the privacy office when a column could identify a person, even indirectly.

Keep a record of each check in the dataset's file, with the date and the reviewer.

Publish only once the record is signed by the data steward.

## Licence

Every dataset is published under the open government licence of the city.
`;

const FR_BEFORE_PRIVACY = `# Guide

## Objet

La ville publie ses données afin que les résidents puissent les réutiliser.

## Évaluation

Évaluez chaque jeu de données selon les critères suivants avant sa publication.
`;

const FR_LICENCE = `
## Licence

Chaque jeu de données est publié sous la licence du gouvernement ouvert de la ville.
`;

const FR_PRIVACY_TEXT = `Vérifiez qu’aucun renseignement personnel ne reste dans les données. Retirez les noms et les adresses.

Consultez le bureau de la protection de la vie privée lorsqu’une colonne pourrait identifier une personne, même indirectement.

Consignez chaque vérification dans le dossier du jeu de données, avec la date et le nom du réviseur.

Ne publiez qu’une fois le dossier signé par l’intendant des données.
`;

describe('no cascades: one difference, one finding', () => {
  it('a section missing with its 4 paragraphs is one finding naming its heading', async () => {
    const f = await checkPairTexts(EN_GUIDE, FR_BEFORE_PRIVACY + FR_LICENCE);
    assert.deepEqual(show(f), ['sections doc.fr.md:11: Section “Privacy” of the English file (line 11) is missing here; it belongs after “Évaluation”.']);
  });

  it('still finds a section truly missing in the middle of others', async () => {
    const en = EN_GUIDE.replace('## Licence', '## Retention\n\nData is kept for seven years, then archived.\n\n## Licence');
    const fr = FR_BEFORE_PRIVACY + '\n## Vie privée\n\n' + FR_PRIVACY_TEXT + FR_LICENCE;
    assert.deepEqual(show(await checkPairTexts(en, fr)), ['sections doc.fr.md:21: Section “Retention” of the English file (line 21) is missing here; it belongs after “Vie privée”.']);
  });

  it('a heading dropped while its text is there is one finding, its paragraphs not reported again', async () => {
    const f = await checkPairTexts(EN_GUIDE, FR_BEFORE_PRIVACY + '\n' + FR_PRIVACY_TEXT + FR_LICENCE);
    assert.deepEqual(show(f), ['sections doc.fr.md:11: Heading “Privacy” of the English file (line 11) is missing before this text.']);
  });

  it('a heading written as a plain line is one finding naming it', async () => {
    const f = await checkPairTexts(EN_GUIDE, FR_BEFORE_PRIVACY + '\n**Vie privée**\n\n' + FR_PRIVACY_TEXT + FR_LICENCE);
    assert.deepEqual(show(f), ['heading-levels doc.fr.md:11: Heading “Privacy” of the English file (line 11) is a paragraph here, not a heading.']);
  });

  it('numbered headings written as a list item and as lines glued to the paragraph before: one finding each', async () => {
    const en = `## Criteria\n\nAssess the software against these criteria.\n\n#### 1. Users\n\nA strong user community answers questions and reports bugs.\n\n#### 2. Developers\n\nA strong developer community keeps releasing fixes.\n`;
    const fr = `## Critères\n\nÉvaluez le logiciel selon ces critères.\n\n1. Utilisateurs\n\nUne forte collectivité d’utilisateurs répond aux questions et signale les bogues.\n2. Développeurs\n\nUne forte collectivité de développeurs continue de publier des correctifs.\n`;
    assert.deepEqual(await structural(en, fr), ['heading-levels/headingAsBlock', 'heading-levels/headingAsBlock']);
  });

  const EN_TABLE = `## Licences\n\nThe table shows when the code must be shared.\n\n##### Derivative work - Distribution of source code\n\nGPLv3: **Yes** - LGPLv3: **Yes** - AGPLv3: **Yes**\n\n##### Derivative work - Provision of access over a network\n\nGPLv3: **No** - LGPLv3: **No** - AGPLv3: **Yes**\n\n## Copyright\n\nThe Crown owns the copyright of the code written by its employees.\n`;
  const FR_TABLE_HEAD = `## Licences\n\nLe tableau indique quand le code doit être partagé.\n\nŒuvre dérivée – Distribution du code source\nGPLv3\u00A0: Oui - LGPLv3\u00A0: Oui - AGPLv3\u00A0: Oui\n`;
  const FR_TABLE_TAIL = `\n## Droit d’auteur\n\nLa Couronne détient le droit d’auteur du code écrit par ses employés.\n`;

  it('headings written as plain lines inside one paragraph are one finding naming the first', async () => {
    const fr = FR_TABLE_HEAD + 'Œuvre dérivée – Fourniture d’un accès sur un réseau\nGPLv3\u00A0: Non - LGPLv3\u00A0: Non - AGPLv3\u00A0: Oui\n' + FR_TABLE_TAIL;
    assert.deepEqual(show(await checkPairTexts(EN_TABLE, fr)), ['heading-levels doc.fr.md:5: The 2 headings of the English file from “Derivative work - Distribution of source code” (line 5) on are plain text in this paragraph, not headings.']);
  });

  it('still finds the section of that table that is truly missing', async () => {
    assert.deepEqual(await structural(EN_TABLE, FR_TABLE_HEAD + FR_TABLE_TAIL), ['sections/headingMissing', 'sections/sectionMissingAfter']);
  });

  it('a heading the translator added over text that has no heading in English is one finding naming it', async () => {
    const fr = FR_BEFORE_PRIVACY + '\n## Vie privée\n\n' + FR_PRIVACY_TEXT.replace('Consignez', '## Registre\n\nConsignez') + FR_LICENCE;
    assert.deepEqual(show(await checkPairTexts(EN_GUIDE, fr)), ['sections doc.fr.md:17: Heading “Registre” has no counterpart in the English file, where the text that follows it has no heading (line 17).']);
  });

  it('a demoted heading (level 3 for level 2) is one finding', async () => {
    const fr = FR_BEFORE_PRIVACY + '\n### Vie privée\n\n' + FR_PRIVACY_TEXT + FR_LICENCE;
    assert.deepEqual(await structural(EN_GUIDE, fr), ['heading-levels/headingLevel']);
  });

  it('a block quote written as a heading is one finding, and the paragraphs after it are aligned', async () => {
    const en = `## Use without changes\n\n> **Using software without changes does not require sharing code back.**\n\nConfiguration files are not changes.\n\nCombining programs to build a solution is not a change either.\n`;
    const fr = `## Utilisation sans modification\n\n### Utiliser un logiciel sans modification n’exige pas de partager le code\n\nLes fichiers de configuration ne sont pas des modifications. Combiner des programmes pour bâtir une solution n’en est pas une non plus.\n`;
    assert.deepEqual(await structural(en, fr), ['heading-levels/headingExtraAsBlock']);
  });
});

describe('no cascades: a block in another form', () => {
  const EN_LINKS = `## Where to publish\n\nPublish the code on one of these platforms.\n\n- [GitLab](https://gitlab.com/)\n- [GitHub](https://github.com/)\n- [Framagit](https://framagit.org/)\n- [Bitbucket](https://bitbucket.org/)\n`;
  const frParagraphs = (hosts: string[]) => `## Où publier\n\nPubliez le code sur l’une de ces plateformes.\n\n` + hosts.map((h) => `[${h}](https://${h.toLowerCase()}.${h === 'Framagit' ? 'org' : 'com'}/)`).join('\n\n') + '\n';

  it('links as separate paragraphs for a bullet list: one warning, a change of form', async () => {
    const f = await checkPairTexts(EN_LINKS, frParagraphs(['GitLab', 'GitHub', 'Framagit', 'Bitbucket']).replace('bitbucket.com', 'bitbucket.org'));
    assert.deepEqual(show(f), ['blocks doc.fr.md:5: These 4 paragraphs are one list in the English file (line 5).']);
  });

  it('still finds a list item dropped on the way (one paragraph fewer, its link missing)', async () => {
    const f = await checkPairTexts(EN_LINKS, frParagraphs(['GitLab', 'GitHub', 'Framagit']));
    assert.deepEqual(f.map((x) => `${x.rule}/${x.messageId}`).sort(), ['links/linkMissing', 'lists/paragraphsAsList']);
  });

  it('a numbered list for paragraphs that carry the same numbers: one finding', async () => {
    const en = `## Steps\n\n1. Name a lead by March 31.\n2. Publish 12 datasets by June 30.\n3. Report to council by December 15.\n`;
    const fr = `## Étapes\n\nNommer un responsable d’ici le 31 mars.\n\nPublier 12 jeux de données d’ici le 30 juin.\n\nFaire rapport au conseil d’ici le 15 décembre.\n`;
    assert.deepEqual(await structural(en, fr), ['blocks/paragraphsAsBlock']);
  });

  it('still finds a list dropped where the translator added an unrelated note', async () => {
    const en = `## Before you publish\n\nGo through these steps with the team.\n\n- Ask the data steward\n- Check the licence\n- Remove the names\n`;
    const fr = `## Avant de publier\n\nSuivez ces étapes avec l’équipe.\n\nCette page sera révisée sous peu.\n`;
    // The note is not the intro paragraph split in two: together they match the intro worse than it alone.
    assert.deepEqual(await structural(en, fr), ['blocks/blockExtra', 'lists/blockMissing']);
  });

  it('a block quote written as a paragraph: one finding of the block quotes rule', async () => {
    const en = `## Notice\n\nThe notice reads as follows.\n\n> Copyright (c) His Majesty the King in Right of Canada, as represented by the Minister, 2024.\n`;
    const fr = `## Avis\n\nL’avis se lit comme suit.\n\nDroit d’auteur (c) Sa Majesté le Roi du chef du Canada, représenté par le ministre, 2024.\n`;
    assert.deepEqual(await structural(en, fr), ['blockquotes/blockForm']);
  });
});
