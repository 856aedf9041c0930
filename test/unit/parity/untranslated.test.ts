import { strict as assert } from 'node:assert';
import { detectProseLanguage } from '../../../src/core/language/detectLanguage';
import { checkPairTexts, describe as show, ofRule } from '../helpers/checkTexts';

describe('untranslated text', () => {
  const en = '## Data quality\n\nEvery dataset is checked against the published standard before it is released to the public.\n';

  it('finds an English paragraph left in the French file', async () => {
    const f = ofRule(await checkPairTexts(en, '## Qualité des données\n\nThe open data lead reviews every dataset against the published standard before release.\n'), 'untranslated');
    assert.equal(f.length, 1, show(f).join('\n'));
    assert.equal(f[0].file, 'doc.fr.md');
    assert.equal(f[0].range.start.line, 2);
  });

  it('finds text copied unchanged from the English', async () => {
    const f = ofRule(await checkPairTexts(en, '## Qualité des données\n\nEvery dataset is checked against the published standard before it is released to the public.\n'), 'untranslated');
    assert.deepEqual(f.map((x) => x.messageId), ['untranslatedIdentical']);
  });

  it('leaves a passage the author marked as English (<span lang="en">) alone, and still finds one left unmarked', async () => {
    const en2 = '## Tools\n\nWe tested the tool with several screen readers and browsers on desktop and mobile.\n';
    const marked = '## Outils\n\n<span lang="en">We tested the tool with several screen readers and browsers on desktop and mobile.</span>\n';
    assert.deepEqual(ofRule(await checkPairTexts(en2, marked), 'untranslated'), []);
    const unmarked = '## Outils\n\n<span>We tested the tool with several screen readers and browsers on desktop and mobile.</span>\n';
    assert.equal(ofRule(await checkPairTexts(en2, unmarked), 'untranslated').length, 1);
  });

  it('finds French left in the English file', async () => {
    const f = ofRule(await checkPairTexts('## Data quality\n\nChaque jeu de données est vérifié selon la norme publiée avant sa publication.\n', '## Qualité des données\n\nChaque jeu de données est vérifié selon la norme publiée avant sa publication, sans exception.\n'), 'untranslated');
    assert.ok(f.some((x) => x.file === 'doc.en.md'), show(f).join('\n'));
  });

  it('leaves French prose with English names, code and addresses alone', async () => {
    const fr = '## Qualité des données\n\nLa Ville publie ses données sur GitHub Enterprise Server et Open Data Portal Toolkit, à l’adresse https://open.example.ca/en/datasets, avec `npm run publish --dry-run`.\n';
    assert.deepEqual(ofRule(await checkPairTexts('## Data quality\n\nThe City publishes its data on GitHub Enterprise Server and Open Data Portal Toolkit, at https://open.example.ca/en/datasets, with `npm run publish --dry-run`.\n', fr), 'untranslated'), []);
  });

  it('leaves template tags alone (the same Nunjucks call in both files), and still finds the copied sentence beside them', async () => {
    const tags = '{% docLinks locale stage figma github %}\n{% enddocLinks %}\n';
    const f = ofRule(await checkPairTexts(`## Data quality\n\n${tags}\n${en.split('\n\n')[1]}`, `## Qualité des données\n\n${tags}\n${en.split('\n\n')[1]}`), 'untranslated');
    assert.deepEqual(f.map((x) => [x.messageId, x.range.start.line]), [['untranslatedIdentical', 5]], show(f).join('\n'));
  });

  it('does not judge passages too short to tell', () => {
    assert.equal(detectProseLanguage('Open Data Charter', 40), undefined);
    assert.equal(detectProseLanguage('La Ville de Toronto publie ses données ouvertes chaque semaine.', 40)?.lang, 'fr');
  });

  it('reads template tags (Nunjucks, Liquid) as code, and still finds English next to them', async () => {
    const en = '## Data quality\n\n{% docLinks locale stage figma github %}\n\n{% include "partials/shortcuts-notice-direction.njk" %}\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, en.replace('Data quality', 'Qualité des données')), 'untranslated'), []);
    const fr = '## Qualité des données\n\n{% docLinks locale stage figma github %} The open data lead reviews every dataset against the published standard.\n\n{% include "partials/shortcuts-notice-direction.njk" %}\n';
    const f = ofRule(await checkPairTexts(en.replace('%}\n\n{% include', '%} Every dataset is checked against the published standard.\n\n{% include'), fr), 'untranslated');
    assert.deepEqual(f.map((x) => [x.file, x.range.start.line]), [['doc.fr.md', 2]]);
  });
});
