import assert from 'node:assert/strict';
import { checkPairTexts, describe as describeFindings, ofRule } from '../helpers/checkTexts';
import { createCspellSpeller } from '../../../src/speller/cspellSpeller';
import type { Speller } from '../../../src/core/spelling/speller';
import type { Finding } from '../../../src/core/findings';
import { checkOptionsFrom, checkPairTask } from '../../../src/core/project/checkProject';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { isCompound, isQualityNoun } from '../../../src/core/spelling/compounds';
import { inlineCodeWords } from '../../../src/core/spelling/codeWords';
import { hyphenPieces, isCheckable, isInclusiveWritingPiece, lookupForms } from '../../../src/core/spelling/wordShape';

// One speller for the suite: the dictionaries take seconds to load, once.
const speller = createCspellSpeller();
const spell = async (en: string, fr: string, config = {}) => ofRule(await checkPairTexts(en, fr, config, { speller }), 'spelling');
const words = (findings: Awaited<ReturnType<typeof spell>>) => findings.map((f) => String(f.args?.word));

describe('spelling', function () {
  this.timeout(60_000);
  before(async () => {
    await Promise.all([speller.forLanguage('en'), speller.forLanguage('fr')]);
  });

  it('finds a misspelling in each language, with suggestions as quick fixes', async () => {
    const findings = await spell('# Data\n\nWe recieve the data every week.\n', '# Données\n\nNous recevons les donées chaque semaine.\n');
    assert.deepEqual(words(findings), ['recieve', 'donées'], describeFindings(findings).join('\n'));
    const [en] = findings;
    assert.equal(en!.severity, 'info');
    assert.equal(en!.fix?.text, 'receive');
    assert.deepEqual(en!.range, { start: { line: 2, column: 3 }, end: { line: 2, column: 10 } });
    assert.ok((en!.alternatives ?? []).every((a) => !/\s/.test(a.text)));
  });

  it('is strict about accents: a French word written without them is a misspelling', async () => {
    const findings = await spell('# Event\n\nThe event of the summer.\n', '# Événement\n\nC’est l’evenement de l’été.\n');
    assert.deepEqual(words(findings), ['l’evenement']);
  });

  it('uses the dictionary of the file’s language: a correct French word is not an English misspelling', async () => {
    const findings = await spell('# Email\n\nSend us an email about the colour of the centre.\n', '# Courriel\n\nEnvoyez-nous un courriel sur l’ensemble des données d’aujourd’hui.\n');
    assert.deepEqual(words(findings), []);
  });

  it('leaves names, acronyms, code, addresses, placeholders and words written in both files alone', async () => {
    const en = '# Riverbend\n\nAsk Zorblat at GCNTFY about `fooo` on https://exmple.ca/bazz or {{ naem }}, the riverbendia portal.\n';
    const fr = '# Riverbend\n\nDemandez à Zorblat de GCNTFY pour `fooo` sur https://exmple.ca/bazz ou {{ naem }}, le portail riverbendia.\n';
    assert.deepEqual(words(await spell(en, fr)), []);
    // The look-alike's real defect next to it: an unknown word in one file only is still found.
    assert.deepEqual(words(await spell(en.replace('portal', 'portl'), fr)), ['portl']);
  });

  it('accepts a passage in the other language but not one English word in French prose', async () => {
    const en = '# Title\n\nThe motto is written in French.\n';
    assert.deepEqual(words(await spell(en, '# Titre\n\nLa devise est « the quick brown fox jumps over the dog ».\n')), []);
    assert.deepEqual(words(await spell(en, '# Titre\n\nPar example, la devise est écrite en anglais.\n')), ['example']);
  });

  it('accepts compounds, inclusive writing and the project’s words; still finds a missing space', async () => {
    const en = '# Forms\n\nUse a checkbox inside the fieldset of the stylesheet, then geomatix.\n';
    const fr = '# Formulaires\n\nL’utilisateur·rice voit un champ intraligne et des étudiant.e.s multilignes, puis géomatix.\n';
    assert.deepEqual(words(await spell(en, fr)), ['geomatix', 'géomatix']);
    assert.deepEqual(words(await spell(en, fr, { rules: { spelling: { words: { en: ['Geomatix'], fr: ['géomatix'] } } } })), []);
    assert.deepEqual(words(await spell('# Forms\n\nClick theuser button, a triggre.\n', '# Formulaires\n\nCliquez avantdans le bouton.\n')), ['theuser', 'triggre', 'avantdans']);
  });

  it('leaves the keys of a keyboard shortcut alone, not a misspelling beside one', async () => {
    const en = '# Tools\n\nPress ctrl+shift+i on a PC.\n';
    assert.deepEqual(words(await spell(en, '# Outils\n\nAppuyez sur ctrl+maj+i sur PC.\n')), []);
    assert.deepEqual(words(await spell(en, '# Outils\n\nAppuyez sur ctrl+maj+i sur PC + maj ensuite.\n')), ['maj']);
  });

  it('accepts English words the American and British dictionaries both list, not a word only one of them spells so', async () => {
    const fr = '# Titre\n\nDu texte.\n';
    assert.deepEqual(words(await spell('# SLA\n\nThe uptime is impactful; the licensor acts bona fide.\n', fr)), []);
    // `tyre` is British only (Canada writes tire), and a misspelling is in neither.
    assert.deepEqual(words(await spell('# SLA\n\nThe uptiem of a tyre.\n', fr)), ['uptiem', 'tyre']);
  });

  it('accepts a noun of quality made from a known adjective in -able, in each language', async () => {
    const en = '# Text\n\nScanning: the scannability and substitutability of parts.\n';
    const fr = '# Texte\n\nLa découvrabilité des projets, pas la découvrabiliité.\n';
    assert.deepEqual(words(await spell(en, fr)), ['découvrabiliité']);
  });

  it('takes a word the file writes as inline code for that identifier elsewhere, not one only in a code block', async () => {
    const en = '# Attributes\n\nThe attributes.\n';
    const fr = '# Attributs\n\nDéfinissez `external` à `true`. Lorsqu’il est défini à true, la valeur field de <code>field</code> change.\n\n```js\nconst exemple = { fieldd: true };\n```\n\nLe fieldd est faux.\n';
    assert.deepEqual(words(await spell(en, fr)), ['fieldd']);
  });

  it('corrects the word after an elision and keeps the elision as typed, with either apostrophe', async () => {
    const en = '# Place\n\nThe place.\n';
    const offered = (f: Finding | undefined) => [f?.fix, ...(f?.alternatives ?? [])].map((x) => x?.text);
    const [, straight] = await spell(en, "# Lieu\n\nUn bel exemplle d'arborescnce.\n");
    assert.ok(offered(straight).includes("d'arborescence"), String(offered(straight)));
    assert.ok(offered(straight).every((t) => t?.startsWith("d'")));
    const [curly] = await spell(en, '# Lieu\n\nUn bel exemple d’arborescnce.\n');
    assert.ok(offered(curly).includes('d’arborescence'), String(offered(curly)));
  });

  it('offers an acronym or a name written in lower case in its dictionary form first', async () => {
    const findings = await spell('# Tools\n\nProblems with npm or the cdn.\n', '# Outils\n\nDu texte.\n');
    assert.deepEqual(words(findings), ['cdn']);
    assert.equal(findings[0]!.fix?.text, 'CDN');
  });

  it('checks the pieces of a hyphenated compound no dictionary lists, not a name nor a compound of the pair', async () => {
    const en = '# Code\n\nPermissively-licenced code, well-knwon and pre-selected, in a gcds-notice by Sutton-under-Whitestonecliffe.\n';
    const fr = '# Code\n\nLe mot-symbol Canada, un gcds-notice, l’auto-évaluation et peut-être un arc-en-ciel.\n';
    assert.deepEqual(words(await spell(en, fr)), ['licenced', 'knwon', 'symbol']);
  });

  it('checks a word capitalised only because it opens a sentence, not a name the document writes so elsewhere', async () => {
    const en = '# Data\n\nRecieve the data. Zorblat sends it. Ask Zorblat.\n\n- Teh list item.\n';
    const fr = '# Données\n\nRecevez les données. Voici le fichier. Envoyé par Riverbend.\n';
    assert.deepEqual(words(await spell(en, fr)), ['Recieve', 'Teh']);
    assert.deepEqual(words(await spell('# Data\n\nRiverbend sends it.\n', fr)), []);
  });

  it('is off without a speller and with its switch off', async () => {
    assert.deepEqual(ofRule(await checkPairTexts('# A\n\nWe recieve.\n', '# A\n\nNous recevons.\n'), 'spelling'), []);
    assert.deepEqual(words(await spell('# A\n\nWe recieve.\n', '# A\n\nNous recevons.\n', { rules: { spelling: 'off' } })), []);
  });

  it('never holds back the other rules: a speller that fails is one finding, and each phase runs its own rules', async () => {
    const failing: Speller = { forLanguage: () => Promise.reject(new Error('dictionary missing')) };
    const en = '# Data\n\nWe recieve 150 files.\n';
    const fr = '# Données\n\nNous recevons 160 fichiers.\n';
    const all = await checkPairTexts(en, fr, {}, { speller: failing });
    assert.ok(all.some((f) => f.rule === 'numbers'), describeFindings(all).join('\n'));
    assert.deepEqual(ofRule(all, 'spelling').map((f) => [f.file, f.messageId, f.args?.reason]), [['doc.en.md', 'spellerFailed', 'dictionary missing'], ['doc.fr.md', 'spellerFailed', 'dictionary missing']]);
    // The two phases of a check whose dictionaries are still loading add up to the whole check.
    const inputs = { sourceOf: (p: string) => ({ path: p, text: p.endsWith('.en.md') ? en : fr }), maxFileSize: 1 << 20 };
    const task = { kind: 'pair', en: 'doc.en.md', fr: 'doc.fr.md' } as const;
    const options = { ...checkOptionsFrom(resolveConfig({}, '/', undefined, () => '').resolved), speller };
    const whole = await checkPairTask(task, inputs, options);
    const first = await checkPairTask(task, inputs, { ...options, phase: 'withoutSpeller' });
    const second = await checkPairTask(task, inputs, { ...options, phase: 'spellerOnly' });
    assert.ok(first.findings.length > 0 && first.findings.every((f) => f.rule !== 'spelling'));
    assert.ok(second.findings.length > 0 && second.findings.every((f) => f.rule === 'spelling'));
    const key = (f: Finding) => JSON.stringify(f);
    assert.deepEqual([...first.findings, ...second.findings].map(key).sort(), whole.findings.map(key).sort());
  });
});

describe('spelling: word shapes', () => {
  it('checks lower-case words only, without digits or hyphens', () => {
    assert.deepEqual(['data', 'Ottawa', 'GitHub', 'CSV', 'h2o', 'gcds-notice', 'of'].map(isCheckable), [true, false, false, false, false, false, false]);
  });
  it('looks words up without elision or possessive, and with ligatures', () => {
    assert.deepEqual(lookupForms('l’ensemble'), ['l’ensemble', 'ensemble']);
    assert.deepEqual(lookupForms('d\'oeil'), ["d'oeil", 'oeil', 'œil']);
    assert.deepEqual(lookupForms("city's"), ["city's", 'city']);
  });
  it('tells pieces of inclusive writing', () => {
    const raw = 'les utilisateur·rice·s et étudiant.e.s. Fin.';
    const at = (w: string) => [raw.indexOf(w), raw.indexOf(w) + w.length] as const;
    assert.equal(isInclusiveWritingPiece(raw, ...at('rice')), true);
    assert.equal(isInclusiveWritingPiece(raw, ...at('étudiant')), true);
    assert.equal(isInclusiveWritingPiece(raw, ...at('Fin')), false);
  });
  it('derives nouns of quality only from a known adjective', () => {
    const known = (w: string) => ['scannable', 'découvrable', 'visible'].includes(w);
    assert.equal(isQualityNoun('scannability', 'en', known), true);
    assert.equal(isQualityNoun('visibilities', 'en', known), true);
    assert.equal(isQualityNoun('découvrabilités', 'fr', known), true);
    assert.equal(isQualityNoun('scanability', 'en', known), false);
    assert.equal(isQualityNoun('scannabilité', 'en', known), false);
  });
  it('reads inline code words, case folded, and not those of code blocks', () => {
    const text = 'Set `Field` to <code>true</code> or ``a `b` c``.\n\n```\nnotme\n```\n';
    const fence = text.indexOf('```\n');
    assert.deepEqual([...inlineCodeWords(text, [[fence, text.length]])].sort(), ['a', 'b', 'c', 'field', 'true']);
  });
  it('cuts a hyphenated word into its pieces, offsets kept, not one with digits', () => {
    assert.deepEqual(hyphenPieces({ text: 'mot-symbol', start: 4 }), [{ text: 'mot', start: 4, end: 7 }, { text: 'symbol', start: 8, end: 14 }]);
    assert.deepEqual(hyphenPieces({ text: 'h2-title', start: 0 }), []);
  });
  it('splits compounds with known parts, never after a function word', () => {
    const known = (w: string) => ['check', 'box', 'the', 'user', 'ligne'].includes(w);
    assert.equal(isCompound('checkbox', 'en', known), true);
    assert.equal(isCompound('theuser', 'en', known), false);
    assert.equal(isCompound('intraligne', 'fr', known), true);
    assert.equal(isCompound('checkbox', 'fr', known), false);
    // A slip of two letters is a typo, though it splits into two words.
    assert.equal(isCompound('boxcehck', 'en', (w) => ['box', 'cehck', 'boxcheck'].includes(w)), false);
  });
});
