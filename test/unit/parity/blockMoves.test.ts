import { strict as assert } from 'node:assert';
import { checkPairTexts } from '../helpers/checkTexts';

/** Rule, message and line (1-based) of every block finding, with the counterpart's line. */
const blockFindings = async (en: string, fr: string) =>
  (await checkPairTexts(en, fr))
    .filter((f) => ['blocks', 'lists', 'tables', 'code-blocks', 'blockquotes'].includes(f.rule))
    .map((f) => `${f.rule}/${f.messageId}@${f.range.start.line + 1}${f.related?.length ? `>${f.related[0].range.start.line + 1}` : ''}`);

const EN_NEWSLETTER = `# Privacy

## Newsletter

We use GC Notify to send our newsletter and AirTable to manage the list of subscribers.

If you subscribe, you give us your name and email address, and you agree to receive our emails.

We may also use artificial intelligence (AI) tools to analyze feedback. When using AI, we remove any information that could identify you.

## Contact form

We use Freshdesk to manage the messages sent through the contact form of the site.

If you send a message, you give us your name, your email address and your question.
`;

const FR_MOVED = `# Confidentialité

## Infolettre

Nous utilisons Notification GC pour envoyer notre infolettre et AirTable pour gérer la liste des abonnés.

Si vous vous abonnez, vous nous donnez votre nom et votre adresse courriel, et vous acceptez de recevoir nos courriels.

## Formulaire de contact

Nous utilisons Freshdesk pour gérer les messages envoyés au moyen du formulaire de contact du site.

Si vous envoyez un message, vous nous donnez votre nom, votre adresse courriel et votre question.

Il se peut que nous utilisions l’intelligence artificielle (IA) pour analyser la rétroaction. Lorsque nous utilisons l’IA, nous supprimons les informations qui pourraient vous identifier.
`;

describe('blocks moved or written for one language only', () => {
  it('a paragraph moved to another section is one finding that points at the other place', async () => {
    assert.deepEqual(await blockFindings(EN_NEWSLETTER, FR_MOVED), ['blocks/blockMoved@15>9']);
  });

  it('a paragraph dropped in one section and an unrelated one added in another stay two findings', async () => {
    const fr = FR_MOVED.replace(/Il se peut[^\n]*/, 'Pour toute question sur le site, écrivez-nous. Nous répondons dans les deux langues officielles.');
    assert.deepEqual(await blockFindings(EN_NEWSLETTER, fr), ['blocks/blockMissing@7>9', 'blocks/blockExtra@15>15']);
  });

  it('a dropped paragraph next to a translated one is reported, not taken for a paragraph split in two', async () => {
    const fr = FR_MOVED.replace(/\nIl se peut[^\n]*\n/, '');
    assert.deepEqual(await blockFindings(EN_NEWSLETTER, fr), ['blocks/blockMissing@7>9']);
  });

  it('a paragraph split in two by the translator is still no finding', async () => {
    const en = '# Data\n\nThe city publishes its datasets every month on the portal, with a licence that allows reuse. Each dataset has a steward who answers questions from residents.\n';
    const fr = '# Données\n\nLa Ville publie ses jeux de données chaque mois sur le portail, avec une licence qui en permet la réutilisation.\n\nChaque jeu de données a un intendant qui répond aux questions des résidents.\n';
    assert.deepEqual(await blockFindings(en, fr), []);
  });

  it('a short note about the other language, in one file only, has no counterpart by design', async () => {
    const en = '# Icons\n\nRender an icon by changing the `name` attribute to the name of the icon.\n\n```html\n<gcds-icon name="close"></gcds-icon>\n```\n';
    const fr = '# Icônes\n\nObtenez l’icône de votre choix en remplaçant l’attribut `name` par le nom de l’icône.\n\n**Remarque** : conformément à la pratique courante, on utilise l’anglais pour tous les éléments de code.\n\n```html\n<gcds-icon name="close"></gcds-icon>\n```\n';
    assert.deepEqual(await blockFindings(en, fr), []);
    const enNote = en.replace('```html', 'This component is available in French too: see the French page.\n\n```html');
    assert.deepEqual(await blockFindings(enNote, fr.replace(/\*\*Remarque[^\n]*\n\n/, '')), []);
  });

  it('a paragraph that names both languages is content, and its absence is reported', async () => {
    const en = '# Services\n\nThe city answers requests by phone every weekday.\n\nAll documents are offered in English and in French, on paper or online.\n';
    const fr = '# Services\n\nLa Ville répond aux demandes par téléphone tous les jours de semaine.\n';
    assert.deepEqual(await blockFindings(en, fr), ['blocks/blockMissing@3>5']);
  });
});
