/**
 * One term per concept across the toolkit's own bilingual texts: the snippets, the clause library
 * (clauses and profiles), the checklists and the chapter templates are run through the
 * terminology rules as English/French pairs; a forbidden variant or an inconsistent term fails.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createChapterPair } from '../../../src/core/templates';
import { CHAPTER_TYPE_IDS, shippedTemplates } from '../templates/shippedTemplates';
import { checkPairTexts, describe as described } from '../helpers/checkTexts';

const repo = path.resolve(__dirname, '../../..');
const RULES = new Set(['terminology', 'term-consistency']);

interface TextPair {
  where: string;
  en: string;
  fr: string;
}

/** Every `{ en, fr }` pair of texts in a parsed data file, named by its key path. */
function pairsIn(value: unknown, where: string, out: TextPair[] = []): TextPair[] {
  if (Array.isArray(value)) value.forEach((v, i) => pairsIn(v, `${where}[${(v as { id?: string })?.id ?? i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.fr === 'string') out.push({ where, en: o.en, fr: o.fr });
    for (const [k, v] of Object.entries(o)) if (k !== 'en' && k !== 'fr') pairsIn(v, `${where}.${k}`, out);
  }
  return out;
}

function filesIn(folder: string, ext: RegExp): string[] {
  return fs.readdirSync(path.join(repo, folder), { recursive: true, encoding: 'utf8' }).filter((f) => ext.test(f)).map((f) => path.join(folder, f).split(path.sep).join('/'));
}

/** A snippet body as VS Code inserts it before any typing: defaults and first choices in place of the tab stops. */
function expandSnippet(body: string): string {
  let text = body;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\{?\d+\}?|\$\{[A-Z_]+\}/g, '').replace(/\\([$}\\])/g, '$1');
}

function snippetPairs(): TextPair[] {
  const read = (lang: string) => JSON.parse(fs.readFileSync(path.join(repo, `snippets/toolkit.${lang}.json`), 'utf8')) as Record<string, { body: string | string[]; description: string }>;
  const en = read('en');
  const fr = read('fr');
  const body = (s: { body: string | string[] }) => expandSnippet(Array.isArray(s.body) ? s.body.join('\n') : s.body);
  return Object.keys(en)
    .filter((k) => fr[k])
    .flatMap((k) => [
      { where: `snippets/${k}.body`, en: body(en[k]), fr: body(fr[k]) },
      { where: `snippets/${k}.description`, en: en[k].description, fr: fr[k].description },
    ]);
}

const dataPairs = (folder: string) => filesIn(folder, /\.(ya?ml|json)$/).flatMap((file) => pairsIn(parseYaml(fs.readFileSync(path.join(repo, file), 'utf8')), file));

const SOURCES: Record<string, () => TextPair[]> = {
  snippets: snippetPairs,
  clauses: () => dataPairs('clauses'),
  checklists: () => dataPairs('checklists'),
  // The chapter templates as the editor writes them: each type's new pair of files.
  templates: () =>
    CHAPTER_TYPE_IDS.map((type) => {
      const pair = createChapterPair({ type, slug: 'chapter', folder: '', today: new Date(Date.UTC(2027, 2, 31)) }, shippedTemplates());
      return { where: `chapter template ${type}`, en: pair.en.text, fr: pair.fr.text };
    }),
};

describe('the toolkit’s own texts follow the term base', function () {
  this.timeout(120_000);
  for (const [name, pairs] of Object.entries(SOURCES)) {
    it(`${name}: no forbidden variant, the same term in both languages`, async () => {
      const all = pairs();
      assert.ok(all.length >= CHAPTER_TYPE_IDS.length, `${name}: only ${all.length} pairs of texts read`);
      const problems: string[] = [];
      for (const p of all) {
        const findings = (await checkPairTexts(p.en, p.fr)).filter((f) => RULES.has(f.rule));
        problems.push(...described(findings).map((d) => `${p.where}: ${d}`));
      }
      assert.deepEqual(problems, []);
    });
  }
});
