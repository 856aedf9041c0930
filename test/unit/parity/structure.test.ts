import { strict as assert } from 'node:assert';
import { checkPairTexts, describe as show, ofRule } from '../helpers/checkTexts';

const EN = `# Open data policy

## Purpose

The city publishes data.

## Scope

This policy applies to all departments.

### Exceptions

Personal information is never published.

## Roles

The open data lead coordinates the program.
`;

const FR = `# Politique sur les données ouvertes

## Objet

La ville publie des données.

## Portée

La présente politique s’applique à tous les services.

### Exceptions

Les renseignements personnels ne sont jamais publiés.

## Rôles

Le responsable des données ouvertes coordonne le programme.
`;

describe('sections', () => {
  it('finds nothing in a faithful translation', async () => {
    assert.deepEqual(show(await checkPairTexts(EN, FR)), []);
  });

  it('reports one missing section once, naming it and where it belongs', async () => {
    const fr = FR.replace(/## Rôles\n\nLe responsable[^\n]*\n/, '');
    const f = await checkPairTexts(EN, fr);
    assert.deepEqual(f.map((x) => x.rule), ['sections'], show(f).join('\n'));
    assert.match(show(f)[0], /Section “Roles” of the English file \(line 15\) is missing here; it belongs after “Exceptions”/);
  });

  it('offers the skeleton of a missing section as a fix: its heading and text to translate, where it belongs', async () => {
    const fr = FR.replace(/## Rôles\n\nLe responsable[^\n]*\n/, '');
    const [missing] = await checkPairTexts(EN, fr);
    assert.ok(missing.fix, 'a fix');
    assert.match(missing.fix.text, /## Roles <!-- À TRADUIRE -->\n\n<!-- À TRADUIRE -->/);
    const lines = fr.split('\n');
    const at = lines.slice(0, missing.fix.range.start.line).join('\n').length + (missing.fix.range.start.line ? 1 : 0) + missing.fix.range.start.column;
    const fixed = fr.slice(0, at) + missing.fix.text + fr.slice(at);
    const after = (await checkPairTexts(EN, fixed)).filter((f) => f.rule === 'sections');
    assert.deepEqual(show(after), [], 'the section is no longer missing once the skeleton is in');
  });

  it('folds missing subsections into the missing section', async () => {
    const fr = FR.replace(/## Portée[\s\S]*?(?=## Rôles)/, '');
    const f = await checkPairTexts(EN, fr);
    assert.deepEqual(f.map((x) => x.messageId), ['sectionMissingSubsections'], show(f).join('\n'));
  });

  it('reports an extra section and a heading level that differs', async () => {
    const extra = await checkPairTexts(EN, FR + '\n## Annexe\n\nTexte supplémentaire en français.\n');
    assert.deepEqual(extra.map((x) => x.messageId), ['sectionExtra']);
    assert.deepEqual(extra[0].related?.map((r) => [r.file, r.range.start.line, r.messageId]), [['doc.en.md', 14, 'nearestHere']], 'points at the last matching English section');
    const level = await checkPairTexts(EN, FR.replace('### Exceptions', '## Exceptions'));
    assert.deepEqual(level.map((x) => `${x.rule}:${x.range.start.line + 1}`), ['heading-levels:11']);
  });

  it('reports an empty translation once', async () => {
    const f = await checkPairTexts(EN, '');
    assert.deepEqual(f.map((x) => x.messageId), ['fileEmpty']);
  });
});

describe('lists, tables, code blocks, block quotes', () => {
  it('ignores list markers but counts items, nested ones too', async () => {
    assert.deepEqual(show(await checkPairTexts('- one\n- two\n- three\n', '* un\n* deux\n* trois\n')), []);
    assert.deepEqual(show(await checkPairTexts('* one\n* two\n', '+ un\n+ deux\n')), []);
    assert.deepEqual(ofRule(await checkPairTexts('- one\n- two\n- three\n', '- un\n- deux\n'), 'lists').map((x) => x.messageId), ['listItems']);
    const nested = await checkPairTexts('- one\n  - a\n  - b\n- two\n', '- un\n  - a\n- deux\n');
    assert.deepEqual(ofRule(nested, 'lists').map((x) => x.messageId), ['listNestedItems']);
  });

  it('reports numbered against bulleted lists and checked tasks', async () => {
    assert.deepEqual(ofRule(await checkPairTexts('1. one\n2. two\n', '- un\n- deux\n'), 'lists').map((x) => x.messageId), ['listOrdered']);
    assert.deepEqual(ofRule(await checkPairTexts('- [x] done\n- [ ] todo\n', '- [ ] fait\n- [ ] à faire\n'), 'lists').map((x) => x.messageId), ['listTasks']);
  });

  it('compares table rows and columns', async () => {
    const en = '| Risk | Impact |\n| --- | --- |\n| Privacy | High |\n| Quality | Low |\n';
    assert.deepEqual(show(await checkPairTexts(en, '| Risque | Impact |\n|:--|--:|\n| Vie privée | Élevé |\n| Qualité | Faible |\n')), []);
    const f = await checkPairTexts(en, '| Risque | Impact |\n| --- | --- |\n| Vie privée | Élevé |\n');
    assert.deepEqual(ofRule(f, 'tables').map((x) => x.messageId), ['tableShape']);
  });

  it('compares code blocks by count and language tag', async () => {
    const en = 'Run:\n\n```bash\nnpm test\n```\n';
    assert.deepEqual(show(await checkPairTexts(en, 'Exécutez\u00A0:\n\n```bash\nnpm test\n```\n')), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Exécutez\u00A0:\n\n```python\nnpm test\n```\n'), 'code-blocks').map((x) => x.messageId), ['codeLang']);
    // Two names of one language for the highlighters (js and javascript, sh and bash) are no change.
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Exécutez\u00A0:\n\n```sh\nnpm test\n```\n'), 'code-blocks'), []);
    assert.deepEqual(ofRule(await checkPairTexts('Run:\n\n```js\nrun()\n```\n', 'Exécutez\u00A0:\n\n```JavaScript\nrun()\n```\n'), 'code-blocks'), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Exécutez\u00A0:\n'), 'code-blocks').map((x) => x.messageId), ['blockMissing']);
  });

  it('compares block quotes and callout kinds', async () => {
    const en = 'Intro text here.\n\n> [!TIP]\n> Publish early.\n';
    assert.deepEqual(show(await checkPairTexts(en, 'Texte d’introduction.\n\n> [!TIP]\n> Publiez tôt.\n')), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Texte d’introduction.\n\n> [!WARNING]\n> Publiez tôt.\n'), 'blockquotes').map((x) => x.messageId), ['calloutKind']);
    // The quote written as a plain paragraph is one change of form; a quote left out is missing.
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Texte d’introduction.\n\nPubliez tôt.\n'), 'blockquotes').map((x) => x.messageId), ['blockForm']);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Texte d’introduction.\n'), 'blockquotes').map((x) => x.messageId), ['blockMissing']);
  });

  it('aligns a paragraph the translator split in two without a finding', async () => {
    const en = 'First the city names a lead. Then each department names a steward who keeps the inventory current.\n\nAfter that, council approves.\n';
    const fr = 'D’abord, la ville désigne un responsable.\n\nEnsuite, chaque service désigne un intendant qui tient l’inventaire à jour.\n\nEnsuite, le conseil approuve.\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, fr), 'blocks'), []);
  });

  it('reports a missing paragraph in the right section', async () => {
    const en = '## A\n\nOne paragraph about A with several words.\n\nAnother paragraph about A, longer than the first one.\n\n## B\n\nText of B.\n';
    const fr = '## A\n\nUn paragraphe sur A avec plusieurs mots.\n\n## B\n\nTexte de B.\n';
    const f = ofRule(await checkPairTexts(en, fr), 'blocks');
    assert.equal(f.length, 1);
    assert.equal(f[0].messageId, 'blockMissing');
    assert.ok(f[0].range.start.line < 4, show(f).join('\n'));
  });
});

describe('images', () => {
  it('counts images and their alt text', async () => {
    const en = 'A chart: ![Budget by year](chart-en.png)\n';
    assert.deepEqual(show(await checkPairTexts(en, 'Un graphique\u00A0: ![Budget par année](chart-fr.png)\n')), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Un graphique.\n'), 'images').map((x) => x.messageId), ['imageCount']);
    const alt = await checkPairTexts(en, 'Un graphique\u00A0: ![](chart-fr.png)\n');
    assert.deepEqual(ofRule(alt, 'image-alt').map((x) => `${x.file} ${x.messageId}`), ['doc.fr.md imageAltMissing']);
  });
});
