/** Chapter templates (src/core/templates): chapter types, paired files, layouts, no overwrite. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  chapterPaths, chapterTypeChoices as choicesIn, createChapterPair as createIn, formatDate, formatDollars, formatNumber,
  formatPercent, parallelRoot, slugify, slugProblemMessage, validateSlug, wouldOverwrite, type ChapterPairOptions,
} from '../../src/core/templates';
import { CHAPTER_TYPE_IDS, shippedTemplates } from './templates/shippedTemplates';
import { pairFiles } from '../../src/core/pairing/pairFiles';
import { applicableChecklists } from '../../src/core/checklists/applicableChecklists';
import { loadChecklists } from '../../src/core/checklists/loadChecklists';
import { bundledChecklists, doc as checklistDoc } from './checklists/checklistHelpers';
import { frenchTypographyProblems, loadParityEngine, pairDifferences, pairShape } from '../fixtures/snippets/pairShape';

const repo = path.resolve(__dirname, '../..');
// The chapter types as shipped in templates/.
const TEMPLATES = shippedTemplates();
const CHAPTER_TYPES = Object.fromEntries(TEMPLATES.types.map((t) => [t.id, t]));
const getChapterType = (id: string) => TEMPLATES.byId.get(id);
const createChapterPair = (options: ChapterPairOptions) => createIn(options, TEMPLATES);
const chapterTypeChoices = (lang: 'en' | 'fr') => choicesIn(lang, TEMPLATES);
const TODAY = new Date(2027, 2, 31);
const NB = '\u00a0';

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'starts with front matter');
  return parseYaml(m[1]) as Record<string, unknown>;
}

describe('chapter templates', () => {
  describe('chapter types', () => {
    it('are the toolkit’s ten topics, in the committee’s order', () => {
      assert.deepEqual([...CHAPTER_TYPE_IDS], [
        'fundamentals', 'governance', 'principles-and-policies', 'standards', 'use-cases',
        'infrastructure', 'operations', 'community-engagement', 'risk-assessment', 'long-term-planning',
      ]);
      assert.deepEqual(Object.keys(CHAPTER_TYPES), [...CHAPTER_TYPE_IDS]);
      for (const id of CHAPTER_TYPE_IDS) assert.equal(CHAPTER_TYPES[id].id, id);
    });

    it('match the chapter choice offered by the front matter snippets', () => {
      for (const lang of ['en', 'fr']) {
        const snippets = JSON.parse(fs.readFileSync(path.join(repo, `snippets/toolkit.${lang}.json`), 'utf8'));
        const body: string = snippets['chapter-front-matter'].body.join('\n');
        const list = /chapter: \$\{3\|([^|]*)\|\}/.exec(body);
        assert.ok(list, `${lang}: chapter choice`);
        assert.deepEqual(list[1].split(','), [...CHAPTER_TYPE_IDS]);
      }
    });

    it('have a title and description in both languages, the French ones in French', () => {
      for (const t of Object.values(CHAPTER_TYPES)) {
        for (const text of [t.title.en, t.title.fr, t.description.en, t.description.fr]) assert.ok(text.trim().length > 0, t.id);
        assert.notEqual(t.description.fr, t.description.en, t.id);
        assert.deepEqual(frenchTypographyProblems(`${t.title.fr}\n${t.description.fr}`), [], t.id);
      }
      assert.equal(CHAPTER_TYPES['risk-assessment'].title.fr, 'Évaluation des risques');
      assert.equal(CHAPTER_TYPES['community-engagement'].title.fr, 'Mobilisation de la collectivité');
    });

    it('offer quick pick entries in the user’s language', () => {
      const fr = chapterTypeChoices('fr');
      assert.equal(fr.length, 10);
      assert.deepEqual(fr[0], { id: 'fundamentals', label: 'Notions fondamentales des données ouvertes', description: CHAPTER_TYPES.fundamentals.description.fr });
      assert.equal(chapterTypeChoices('en')[9].label, 'Long-term planning');
      assert.equal(getChapterType('nope'), undefined);
      assert.equal(getChapterType('standards'), CHAPTER_TYPES.standards);
    });
  });

  describe('createChapterPair', () => {
    it('suffix layout by default: slug.en.md and slug.fr.md side by side, paired by translationKey', () => {
      const pair = createChapterPair({ type: 'governance', slug: 'governance-basics', folder: 'toolkit/chapters', today: TODAY });
      assert.equal(pair.en.path, 'toolkit/chapters/governance-basics.en.md');
      assert.equal(pair.fr.path, 'toolkit/chapters/governance-basics.fr.md');
      assert.equal(pair.en.lang, 'en');
      assert.equal(pair.fr.lang, 'fr');
      const en = frontMatter(pair.en.text);
      const fr = frontMatter(pair.fr.text);
      assert.deepEqual(Object.keys(en), ['title', 'lang', 'translationKey', 'type', 'chapter', 'summary', 'lastReviewed']);
      assert.deepEqual(Object.keys(fr), Object.keys(en));
      assert.equal(en.translationKey, 'governance-basics');
      assert.equal(fr.translationKey, en.translationKey);
      assert.equal(pair.translationKey, 'governance-basics');
      assert.equal(en.lang, 'en');
      assert.equal(fr.lang, 'fr');
      assert.equal(en.chapter, 'governance');
      assert.equal(fr.chapter, 'governance');
      assert.equal(en.type, 'chapter');
      assert.equal(fr.type, 'chapter');
      assert.equal(en.title, 'Governance');
      assert.equal(fr.title, 'Gouvernance');
      assert.equal(fr.summary, CHAPTER_TYPES.governance.description.fr);
      assert.equal(String(en.lastReviewed), '2027-03-31');
      assert.equal(String(fr.lastReviewed), '2027-03-31');
    });

    it('a new chapter gets the chapter checklists in both languages, from its `type: chapter`', () => {
      const pair = createChapterPair({ type: 'standards', slug: 'formats', folder: 'toolkit', today: TODAY });
      const lists = loadChecklists([bundledChecklists()]);
      for (const file of [pair.en, pair.fr]) {
        const ids = applicableChecklists(checklistDoc(file.text, file.lang, file.path).frontMatter, lists, file.path).lists.map((l) => l.id);
        assert.deepEqual(ids, ['chapter-review'], file.path);
      }
    });

    it('parallel layout: en/slug.md and fr/slug.md; a folder named en or fr stands for its parent', () => {
      for (const folder of ['docs', 'docs/', 'docs/en', 'docs/fr']) {
        const pair = createChapterPair({ type: 'standards', slug: 'formats', folder, layout: 'parallel', today: TODAY });
        assert.equal(pair.en.path, 'docs/en/formats.md', folder);
        assert.equal(pair.fr.path, 'docs/fr/formats.md', folder);
      }
      assert.deepEqual(chapterPaths('', 'a', 'parallel'), { en: 'en/a.md', fr: 'fr/a.md' });
      assert.deepEqual(chapterPaths('.', 'a'), { en: 'a.en.md', fr: 'a.fr.md' });
      assert.deepEqual(chapterPaths('C:\\work\\toolkit', 'a'), { en: 'C:/work/toolkit/a.en.md', fr: 'C:/work/toolkit/a.fr.md' });
      assert.equal(parallelRoot('docs/french'), 'docs/french');
      assert.equal(parallelRoot('en'), '');
    });

    it('the parity engine pairs the two files, by translationKey and by their paths alone', () => {
      for (const layout of ['suffix', 'parallel'] as const) {
        const pair = createChapterPair({ type: 'standards', slug: 'formats', folder: 'docs', layout, translationKey: 'standards-formats', today: TODAY });
        const withFm = pairFiles([pair.fr, pair.en].map((f) => ({ path: f.path, frontMatter: frontMatter(f.text) })), new Map());
        assert.deepEqual(withFm.pairs, [{ en: pair.en.path, fr: pair.fr.path, pairedBy: 'translationKey' }], layout);
        const byPath = pairFiles([{ path: pair.en.path }, { path: pair.fr.path }], new Map());
        assert.deepEqual(byPath.pairs, [{ en: pair.en.path, fr: pair.fr.path, pairedBy: layout === 'suffix' ? 'suffix' : 'folders' }], layout);
      }
    });

    it('French slugs may be the English ones: pairing is by translationKey, which can differ from the slug', () => {
      const pair = createChapterPair({ type: 'operations', slug: 'operations', folder: 'x', translationKey: 'ops-2027', today: TODAY });
      assert.equal(frontMatter(pair.en.text).translationKey, 'ops-2027');
      assert.equal(frontMatter(pair.fr.text).translationKey, 'ops-2027');
      assert.throws(() => createChapterPair({ type: 'operations', slug: 'operations', folder: 'x', translationKey: 'Bad Key' }), /translationKey/);
    });

    it('custom titles are quoted so YAML reads them back exactly, colons and quotes included', () => {
      const title = { en: 'Governance: who "decides"', fr: `Gouvernance${NB}: qui «${NB}décide${NB}»` };
      const pair = createChapterPair({ type: 'governance', slug: 'g', folder: '', title, today: TODAY });
      assert.equal(frontMatter(pair.en.text).title, title.en);
      assert.equal(frontMatter(pair.fr.text).title, title.fr);
      assert.match(pair.en.text, /^# Governance: who "decides"$/m);
      assert.ok(pair.fr.text.includes(`\n# ${title.fr}\n`));
      const blank = createChapterPair({ type: 'governance', slug: 'g', folder: '', title: { en: '  ', fr: undefined }, today: TODAY });
      assert.equal(frontMatter(blank.en.text).title, 'Governance');
    });

    it('rejects unknown chapter types and invalid slugs', () => {
      assert.throws(() => createChapterPair({ type: 'nope' as never, slug: 'a', folder: '' }), /unknown chapter type/);
      for (const slug of ['', 'Governance', 'gov basics', 'gov.en', '../gov', 'gov--x', '-gov', 'é']) {
        assert.throws(() => createChapterPair({ type: 'governance', slug, folder: '' }), /invalid slug/, JSON.stringify(slug));
      }
    });

    it('is deterministic for the same options', () => {
      const a = createChapterPair({ type: 'use-cases', slug: 'u', folder: 'd', today: TODAY });
      const b = createChapterPair({ type: 'use-cases', slug: 'u', folder: 'd', today: TODAY });
      assert.deepEqual(a, b);
    });
  });

  describe('every chapter type', () => {
    for (const id of CHAPTER_TYPE_IDS) {
      describe(id, () => {
        const pair = createChapterPair({ type: id, slug: id, folder: 'toolkit', today: TODAY });

        it('English and French pair cleanly (structure, numbers, links, placeholders)', () => {
          assert.deepEqual(pairDifferences(pair.en.text, pair.fr.text), []);
        });

        it('French follows Canadian typography', () => {
          assert.deepEqual(frenchTypographyProblems(pair.fr.text), []);
        });

        it('French links go to French pages, and English-only pages are marked as such', () => {
          const links = [...pair.fr.text.matchAll(/\]\((https?:[^)]+)\)(.*)$/gm)];
          assert.ok(links.length > 0);
          for (const [, url, after] of links) {
            assert.doesNotMatch(url, /-eng\b|\/en\//, url);
            const englishOnly = CHAPTER_TYPES[id].furtherReading.find((r) => r.url.fr === url)?.englishOnly;
            assert.equal(after === ' (en anglais seulement)', englishOnly === true, url);
          }
        });

        it('has the skeleton: title, learning objectives, topic sections with guidance, key takeaways, further reading', () => {
          for (const lang of ['en', 'fr'] as const) {
            const text = pair[lang].text;
            const type = CHAPTER_TYPES[id];
            const h = [...text.matchAll(/^(#{1,6}) (.*)$/gm)].map((m) => `${m[1].length} ${m[2]}`);
            const h2 = h.filter((x) => x.startsWith('2 ')).map((x) => x.slice(2));
            assert.equal(h.filter((x) => x.startsWith('1 ')).length, 1, `${lang}: one title`);
            assert.deepEqual(h2, [
              lang === 'en' ? 'Learning objectives' : 'Objectifs d’apprentissage',
              ...type.sections.map((s) => s.heading[lang]),
              lang === 'en' ? 'Key takeaways' : 'Points à retenir',
              lang === 'en' ? 'Further reading' : 'Pour en savoir plus',
            ], lang);
            const objectives = text.split(/^## .*$/m)[1];
            assert.equal([...objectives.matchAll(/^\d+\. /gm)].length, 3, `${lang}: three objectives`);
            const takeaways = text.split(/^## .*$/m).at(-2)!;
            assert.equal([...takeaways.matchAll(/^- /gm)].length, 3, `${lang}: three takeaways`);
            for (const s of type.sections) {
              assert.ok(text.includes(`## ${s.heading[lang]}\n\n<!-- `), `${lang}: guidance under "${s.heading[lang]}"`);
            }
            assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'one final newline');
            assert.doesNotMatch(text, /\r| +$|\t/m, 'LF, no trailing spaces, no tabs');
          }
        });
      });
    }

    it('topic blocks: each topic gets the blocks that suit it', () => {
      const sigs = (id: (typeof CHAPTER_TYPE_IDS)[number]) => pairShape(createChapterPair({ type: id, slug: 'x', folder: '', today: TODAY }).en.text, 'en').blocks.map((b) => b.sig);
      const has = (id: (typeof CHAPTER_TYPE_IDS)[number], re: RegExp) => assert.ok(sigs(id).some((s) => re.test(s)), `${id} ${re}: ${sigs(id).join(' ')}`);
      has('risk-assessment', /^table:4x4$/);
      has('risk-assessment', /^quote:WARNING/);
      has('community-engagement', /^table:4x4$/);
      has('community-engagement', /^ul:6/);
      has('governance', /^h4$/);
      has('standards', /^table:7x2$/);
      has('standards', /^ul:3\[ , , \]$/);
      has('principles-and-policies', /^ol:6/);
      has('operations', /^ol:4/);
      has('long-term-planning', /^ul:5/);
      has('fundamentals', /^quote:TIP/);
      const risk = createChapterPair({ type: 'risk-assessment', slug: 'x', folder: '', today: TODAY });
      assert.match(risk.en.text, /^\| Risk \| Likelihood \| Impact \| Mitigation \|$/m);
      assert.match(risk.fr.text, /^\| Risque \| Probabilité \| Incidence \| Mesure d’atténuation \|$/m);
      assert.match(risk.fr.text, /^\| Publication par erreur de renseignements personnels \| Faible \| Élevée \| /m);
    });

    it('the parity engine finds nothing to report in any new chapter', async function () {
      const engine = loadParityEngine();
      const problems: string[] = [];
      for (const id of CHAPTER_TYPE_IDS) {
        const pair = createChapterPair({ type: id, slug: id, folder: 'toolkit', today: TODAY });
        for (const f of await engine.check(pair.en.path, pair.en.text, pair.fr.path, pair.fr.text)) problems.push(`${id}: ${f}`);
      }
      assert.deepEqual(problems, []);
    });
  });

  describe('never overwrite', () => {
    const pair = createChapterPair({ type: 'governance', slug: 'g', folder: 'docs', today: TODAY });
    it('says which of the two files already exist', () => {
      assert.deepEqual(wouldOverwrite(pair, []), []);
      assert.deepEqual(wouldOverwrite(pair, ['docs/g.fr.md', 'docs/other.md']), ['docs/g.fr.md']);
      assert.deepEqual(wouldOverwrite(pair, new Set(['docs/g.en.md', 'docs/g.fr.md'])), ['docs/g.en.md', 'docs/g.fr.md']);
      assert.deepEqual(wouldOverwrite(pair, (p) => p.endsWith('.en.md')), ['docs/g.en.md']);
      assert.deepEqual(wouldOverwrite(pair, ['docs/g.md', 'g.en.md']), [], 'only exact paths count');
    });
  });

  describe('slugs', () => {
    it('validateSlug accepts lower-case words with single hyphens and explains refusals in both languages', () => {
      assert.equal(validateSlug('governance-basics-2'), undefined);
      assert.equal(validateSlug(''), 'empty');
      assert.equal(validateSlug('   '), 'empty');
      assert.equal(validateSlug('a'.repeat(81)), 'tooLong');
      assert.equal(validateSlug('a'.repeat(80)), undefined);
      for (const bad of ['Gov', 'gov_basics', 'gov basics', 'gov.en', 'a/b', 'a--b', 'a-', 'évaluation']) assert.equal(validateSlug(bad), 'invalidCharacters', bad);
      assert.match(slugProblemMessage('invalidCharacters', 'fr'), /traits d’union/);
      assert.match(slugProblemMessage('empty', 'en'), /file name/);
    });

    it('slugify suggests a valid slug from a title in either language', () => {
      assert.equal(slugify('Évaluation des risques'), 'evaluation-des-risques');
      assert.equal(slugify(`Gouvernance${NB}: l’accès en 2027`), 'gouvernance-l-acces-en-2027');
      assert.equal(slugify('  Long-term planning!  '), 'long-term-planning');
      assert.equal(validateSlug(slugify('x'.repeat(100) + ' y')), undefined);
      assert.equal(slugify('¿¡'), '');
    });
  });

  describe('locale formats', () => {
    it('numbers, amounts, percentages and dates the Canadian way', () => {
      assert.equal(formatNumber(1250000, 'en'), '1,250,000');
      assert.equal(formatNumber(1250000, 'fr'), `1${NB}250${NB}000`);
      assert.equal(formatNumber(2.5, 'fr'), '2,5');
      assert.equal(formatNumber(999, 'fr'), '999');
      assert.equal(formatDollars(1250000, 'en'), '$1,250,000');
      assert.equal(formatDollars(1250000, 'fr'), `1${NB}250${NB}000${NB}$`);
      assert.equal(formatPercent(2.5, 'en'), '2.5%');
      assert.equal(formatPercent(2.5, 'fr'), `2,5${NB}%`);
      assert.equal(formatDate('2027-12-31', 'en'), 'December 31, 2027');
      assert.equal(formatDate('2027-12-31', 'fr'), '31 décembre 2027');
      assert.equal(formatDate('2027-07-01', 'fr'), '1er juillet 2027');
      assert.throws(() => formatDate('2027-13-01', 'en'));
      assert.throws(() => formatDate('31/12/2027', 'fr'));
    });
  });

  it('src/core/templates is pure: no vscode, no file system', () => {
    const dir = path.join(repo, 'src/core/templates');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.doesNotMatch(src, /from ['"](vscode|node:fs|fs)['"]|require\(['"](vscode|fs|node:fs)['"]\)/, f);
    }
  });
});
