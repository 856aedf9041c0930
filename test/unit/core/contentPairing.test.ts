import { strict as assert } from 'node:assert';
import { checkTexts, ofRule } from '../helpers/checkTexts';
import { formatMessage } from '../../../src/core/messages/format';
import { contentFingerprint, neutralValue } from '../../../src/core/pairing/fingerprint';
import { translationKeyEdits } from '../../../src/core/pairing/translationKeyEdit';

/** A page of a component's documentation, in the layout of a real Eleventy site (gcds-docs). */
const page = (fm: string, body: string) => `---\n${fm}\nlayout: 'layouts/base.njk'\n---\n\n${body}\n`;

const button = {
  'src/en/components/button/use-case.md': page("title: Button\ntranslationKey: 'button'\ntags: ['buttonEN', 'usage']", '# Button\n\nUse a button to start an action.\n'),
  'src/fr/composants/bouton/cas-dutilisation.md': page("title: Bouton\ntranslationKey: 'button'\ntags: ['buttonFR', 'usage']", '# Bouton\n\nUtilisez un bouton pour lancer une action.\n'),
  'src/en/components/button/code.md': page("title: Button\ntranslationKey: 'buttonCode'\ntags: ['buttonEN', 'code']", '## Code\n\nThe code.\n'),
  'src/fr/composants/bouton/code.md': page("title: Bouton\ntranslationKey: 'buttonCode'\ntags: ['buttonFR', 'code']", '## Code\n\nLe code.\n'),
  // No translationKey, translated folders: only the tree and the content tell.
  'src/en/components/button/base.md': page("github: https://github.com/org/components/tree/main/gcds-button\npermalink: false\ntags: ['buttonEN', 'header']", '# Button <br>`<gcds-button>`\n\n_Also called: call to action._\n'),
  'src/fr/composants/bouton/base.md': page("github: https://github.com/org/components/tree/main/gcds-button\npermalink: false\ntags: ['buttonFR', 'header']", '# Bouton <br>`<gcds-button>`\n\n_Autres noms : appel à l’action._\n'),
  'src/en/components/button/anatomy.md': page("title: Button anatomy\neleventyNavigation:\n  key: buttonAnatomyEN\n  order: 3", '# Anatomy\n\n![A button](/images/en/button-anatomy.svg)\n\nThe container is 48 pixels high and 1,250 pixels wide at most.\n'),
  'src/fr/composants/bouton/structure.md': page("title: Structure du bouton\neleventyNavigation:\n  key: buttonAnatomyFR\n  order: 3", '# Structure\n\n![Un bouton](/images/fr/button-anatomy.svg)\n\nLe conteneur mesure 48 pixels de haut et au plus 1 250 pixels de large.\n'),
};

describe('pairing by content and tree position', () => {
  it('pairs files of translated folders with translated names when position and content agree, and says so', async () => {
    const r = await checkTexts(button);
    const pairs = r.pairs.map((p) => `${p.pairedBy}:${p.en}>${p.fr}`).sort();
    assert.deepEqual(pairs, [
      'content:src/en/components/button/anatomy.md>src/fr/composants/bouton/structure.md',
      'content:src/en/components/button/base.md>src/fr/composants/bouton/base.md',
      'translationKey:src/en/components/button/code.md>src/fr/composants/bouton/code.md',
      'translationKey:src/en/components/button/use-case.md>src/fr/composants/bouton/cas-dutilisation.md',
    ]);
    for (const p of r.pairs) {
      if (p.pairedBy === 'content') assert.ok(p.confidence! > 0 && p.confidence! <= 1, String(p.confidence));
      else assert.equal(p.confidence, undefined);
    }
    assert.deepEqual(r.unpaired, []);
  });

  it('checks a pair made by content like any other: a changed number is still found', async () => {
    const r = await checkTexts({ ...button, 'src/fr/composants/bouton/structure.md': button['src/fr/composants/bouton/structure.md'].replace('1 250', '1 520') });
    assert.ok(r.pairs.some((p) => p.pairedBy === 'content' && p.fr === 'src/fr/composants/bouton/structure.md'));
    assert.equal(ofRule(r.findings, 'numbers').length, 1);
  });

  it('does not pair the wrong one of two look-alike pages in the same folder', async () => {
    // Same layout, same front matter keys, one heading each: only the numbers and images tell them apart.
    const files = {
      ...button,
      'src/en/unsubscribe/error.md': page('title: Something went wrong', '# Something went wrong\n\n![](/img/retry.svg)\n\nPlease try again in 30 minutes.\n'),
      'src/en/unsubscribe/success.md': page('title: You’re unsubscribed', '# Your request has been received\n\n![](/img/done.svg)\n\nIt may take up to 48 hours.\n'),
      'src/fr/se-desabonner/erreur.md': page('title: Erreur', '# Une erreur s’est produite\n\n![](/img/retry.svg)\n\nVeuillez réessayer dans 30 minutes.\n'),
      'src/fr/se-desabonner/succes.md': page('title: Désabonnement', '# Demande reçue\n\n![](/img/done.svg)\n\nCela peut prendre jusqu’à 48 heures.\n'),
      'src/en/unsubscribe/unsubscribe.md': page('translationKey: unsub', '# Unsubscribe\n'),
      'src/fr/se-desabonner/se-desabonner.md': page('translationKey: unsub', '# Se désabonner\n'),
    };
    const r = await checkTexts(files);
    const byContent = r.pairs.filter((p) => p.pairedBy === 'content' && p.en.includes('unsubscribe')).map((p) => `${p.en}>${p.fr}`);
    assert.deepEqual(byContent, ['src/en/unsubscribe/error.md>src/fr/se-desabonner/erreur.md', 'src/en/unsubscribe/success.md>src/fr/se-desabonner/succes.md']);
    // The same number and image in all four: nothing tells them apart, so no pair is made.
    const same = (text: string) => text.replace('48', '30').replace('done.svg', 'retry.svg');
    const twins = await checkTexts({ ...files, 'src/fr/se-desabonner/succes.md': same(files['src/fr/se-desabonner/succes.md']), 'src/en/unsubscribe/success.md': same(files['src/en/unsubscribe/success.md']) });
    assert.ok(!twins.pairs.some((p) => p.en.includes('unsubscribe/') && p.pairedBy === 'content'), JSON.stringify(twins.pairs));
    assert.equal(ofRule(twins.findings, 'unpaired').length, 4);
    // One shared number alone is a coincidence as likely as a sign: named as a candidate, not paired.
    const one = await checkTexts({ ...files, 'src/fr/se-desabonner/erreur.md': files['src/fr/se-desabonner/erreur.md'].replace('retry.svg', 'oops.svg') });
    assert.ok(!one.pairs.some((p) => p.en === 'src/en/unsubscribe/error.md'), JSON.stringify(one.pairs));
    const left = ofRule(one.findings, 'unpaired').find((f) => f.file === 'src/en/unsubscribe/error.md')!;
    assert.match(formatMessage(left.messageId, left.args, 'en'), /probably `src\/fr\/se-desabonner\/erreur\.md`: same numbers/);
  });

  it('leaves an ambiguous file unpaired, with its best candidate in the message, in both languages', async () => {
    // Two English pages with the same fingerprint, one French page: it could be either.
    const twin = (title: string) => page(`title: ${title}\ngithub: https://github.com/org/components/tree/main/gcds-card\ntags: ['cardEN']`, '# Card\n\n![Card](/images/card.png)\n');
    const r = await checkTexts({
      ...button,
      'src/en/components/card/base.md': twin('Card'),
      'src/en/components/card/old-base.md': twin('Card (old)'),
      'src/fr/composants/carte/socle.md': page("title: Carte\ngithub: https://github.com/org/components/tree/main/gcds-card\ntags: ['cardFR']", '# Carte\n\n![Carte](/images/card.png)\n'),
    });
    assert.ok(!r.pairs.some((p) => p.fr === 'src/fr/composants/carte/socle.md'), JSON.stringify(r.pairs));
    const fr = ofRule(r.findings, 'unpaired').find((f) => f.file === 'src/fr/composants/carte/socle.md')!;
    assert.match(formatMessage(fr.messageId, fr.args, 'en'), /^No English counterpart found for this file; probably `src\/en\/components\/card\/(old-)?base\.md`: same .*images/);
    assert.match(formatMessage(fr.messageId, fr.args, 'fr'), /^Aucun pendant anglais trouvé pour ce fichier; probablement `src\/en\/components\/card\/(old-)?base\.md` \(en commun\u00A0: .*images/);
    assert.equal(fr.related?.[0].file, (fr.data as { candidate: string }).candidate);
  });

  it('never pairs by position alone: unrelated pages in counterpart folders stay unpaired', async () => {
    const r = await checkTexts({
      ...button,
      'src/en/components/button/history.md': page("title: History", '# History\n\nThe first version.\n'),
      'src/fr/composants/bouton/accessibilite.md': page("title: Accessibilité", '# Accessibilité\n\nLisez les règles.\n'),
    });
    assert.ok(!r.pairs.some((p) => p.en === 'src/en/components/button/history.md'), JSON.stringify(r.pairs));
    assert.equal(ofRule(r.findings, 'unpaired').length, 2);
  });

  it('pairs blog posts of one folder told apart by front matter lang (Hugo), by date, image and numbers, and not an unrelated post', async () => {
    const post = (lang: string, date: string, title: string, body: string) => `---\ntitle: ${title}\nlang: ${lang}\ndate: ${date}\nauthor: Sam Lee\n---\n\n${body}\n`;
    const r = await checkTexts({
      'content/posts/open-data-day.md': post('en', '2024-03-02T09:00:00-05:00', 'Open Data Day', '![](/img/odd-2024.jpg)\n\nWe published 1,250 datasets.\n'),
      'content/posts/journee-des-donnees-ouvertes.md': post('fr', '2024-03-02T09:12:00-05:00', 'Journée des données ouvertes', '![](/img/odd-2024.jpg)\n\nNous avons publié 1 250 jeux de données.\n'),
      // Same author, same folder, nothing else in common: an English post with no translation yet.
      'content/posts/new-portal.md': post('en', '2024-05-10T10:00:00-04:00', 'New portal', '![](/img/portal.png)\n\nThe portal is live.\n'),
      'content/posts/bilan-annuel.md': post('fr', '2024-12-15T10:00:00-05:00', 'Bilan annuel', '![](/img/bilan.png)\n\nUne année de données.\n'),
    });
    assert.deepEqual(r.pairs.map((p) => `${p.pairedBy}:${p.en}>${p.fr}`), ['content:content/posts/open-data-day.md>content/posts/journee-des-donnees-ouvertes.md']);
    assert.deepEqual(r.unpaired.sort(), ['content/posts/bilan-annuel.md', 'content/posts/new-portal.md']);
  });

  it('fingerprints only what does not change with the language', () => {
    assert.equal(neutralValue('buttonEN'), 'button');
    assert.equal(neutralValue('en'), undefined);
    assert.equal(neutralValue('/en/components/button/'), neutralValue('/fr/components/button/'));
    const en = contentFingerprint('---\ndate: 2024-03-02T10:00:00Z\n---\n\nIt costs $1,500.\n\n1. First\n', { date: new Date('2024-03-02T10:00:00Z') });
    const fr = contentFingerprint('---\ndate: 2024-03-02T10:07:00Z\n---\n\nIl coûte 1 500 $.\n\n1. Premier\n', { date: new Date('2024-03-02T10:07:00Z') });
    assert.deepEqual(en.features.sort(), fr.features.sort());
    assert.ok(en.features.includes('num:1500') && !en.features.includes('num:1'), en.features.join(' '));
  });
});

describe('the same translationKey in both files (quick fix of an unpaired file)', () => {
  const apply = (text: string, insert?: { line: number; column: number; text: string }) => {
    if (!insert) return text;
    const lines = text.split('\n');
    lines[insert.line] = lines[insert.line].slice(0, insert.column) + insert.text.replace(/\n$/, '') + (insert.text.endsWith('\n') ? '\n' : '') + lines[insert.line].slice(insert.column);
    return lines.join('\n');
  };
  it('writes a key made from the English path into both front matters, or into a new one', () => {
    const en = '---\ntitle: Button\n---\n\n# Button\n';
    const fr = '# Bouton\n';
    const edits = translationKeyEdits('src/en/components/button/base.md', en, fr)!;
    assert.equal(edits.key, 'components-button-base');
    assert.equal(apply(en, edits.en), '---\ntranslationKey: "components-button-base"\ntitle: Button\n---\n\n# Button\n');
    assert.equal(apply(fr, edits.fr), '---\ntranslationKey: "components-button-base"\n---\n\n# Bouton\n');
  });

  it('reuses the key one file already has, and offers nothing when both have one or the YAML is broken', () => {
    const edits = translationKeyEdits('a/en/x.md', '---\ntitle: X\n---\n', '---\nTranslationKey: k9\n---\n')!;
    assert.deepEqual([edits.key, edits.fr], ['k9', undefined]);
    assert.equal(translationKeyEdits('a/en/x.md', '---\ntranslationKey: a\n---\n', '---\ntranslationKey: b\n---\n'), undefined);
    assert.equal(translationKeyEdits('a/en/x.md', '---\ntitle: [broken\n---\n', '# X\n'), undefined);
  });
});
