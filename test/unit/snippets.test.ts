/**
 * The toolkit snippets (snippets/toolkit.en.json, snippets/toolkit.fr.json), parsed with VS
 * Code's own snippet parser (monaco-editor's SnippetParser, the code VS Code runs), expanded to
 * their default text, and checked as an English/French pair.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { detect } from 'tinyld';
import { frenchTypographyProblems, loadParityEngine, pairDifferences } from '../fixtures/snippets/pairShape';

const repo = path.resolve(__dirname, '../..');

interface SnippetDef {
  prefix: string | string[];
  description: string;
  body: string | string[];
}
type SnippetFile = Record<string, SnippetDef>;

const files = {
  en: JSON.parse(fs.readFileSync(path.join(repo, 'snippets/toolkit.en.json'), 'utf8')) as SnippetFile,
  fr: JSON.parse(fs.readFileSync(path.join(repo, 'snippets/toolkit.fr.json'), 'utf8')) as SnippetFile,
};
const bodyOf = (s: SnippetDef) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: SnippetDef) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

// The parser's classes, loaded from monaco-editor's ESM build (self-contained: no imports).
// Typed loosely on purpose: monaco does not publish types for this internal module.
 
type Marker = any;
let Parser: any;
let Classes: { Text: any; Placeholder: any; Choice: any; Variable: any; Transform: any };

/** What VS Code's date variables resolve to, fixed so expansions are deterministic. */
const FIXED_VARIABLES: Record<string, string> = { CURRENT_YEAR: '2027', CURRENT_MONTH: '03', CURRENT_DATE: '31' };
/** Variables VS Code resolves (a subset: the ones a toolkit snippet may reasonably use). */
const KNOWN_VARIABLES = new Set(['CURRENT_YEAR', 'CURRENT_MONTH', 'CURRENT_DATE', 'CURRENT_MONTH_NAME', 'TM_FILENAME_BASE', 'TM_SELECTED_TEXT', 'CLIPBOARD']);

function parse(body: string): Marker {
  // Same arguments as VS Code's snippet controller when inserting a snippet.
  return new Parser().parse(body, true, false);
}

/** The text VS Code inserts before the user types anything: defaults, first choices, fixed dates. */
function expand(body: string): string {
  const snippet = parse(body);
  snippet.resolveVariables({ resolve: (v: Marker) => FIXED_VARIABLES[v.name] });
  return snippet.toString();
}

/** Every marker in document order. */
function markers(body: string): Marker[] {
  const out: Marker[] = [];
  parse(body).walk((m: Marker) => (out.push(m), true));
  return out;
}

/** The tab-stop structure: index, kind and, for choices, how many options. */
function tabStops(body: string): string[] {
  return markers(body)
    .filter((m) => m instanceof Classes.Placeholder)
    .map((p) => (p.choice ? `${p.index}|${p.choice.options.length}|` : p.index === 0 ? '$0' : `${p.index}`));
}

function choices(body: string): string[][] {
  return markers(body).filter((m) => m instanceof Classes.Choice).map((c) => c.options.map((o: Marker) => o.value));
}

/**
 * A naive, independent reading of the body: innermost `${N:default}` become their default,
 * `${N|a,b|}` the first option, `${N}`/`$N` nothing, fixed variables their value, escapes
 * unescaped. Any difference from the real parser means the parser read something else than the
 * author meant (an unclosed brace, an unescaped `$` or `}`, a `,` inside a choice…).
 */
function naiveExpansion(body: string): string {
  const ESC = { '\\$': '\u0001', '\\}': '\u0002', '\\\\': '\u0003', '\\,': '\u0004', '\\|': '\u0005' } as const;
  let text = body.replace(/\\[$}\\,|]/g, (m) => ESC[m as keyof typeof ESC]);
  // Mirrors (`${1}` without a default) take the default of their index, as VS Code does.
  const defaults = new Map<string, string>();
  for (let guard = 0; guard < 50; guard++) {
    const before = text;
    text = text
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, d: string) => (defaults.has(n) || defaults.set(n, d), `\u0006${n}\u0007${d}\u0006`))
      .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, opts: string) => { const d = opts.split(',')[0]; defaults.has(n) || defaults.set(n, d); return d; })
      .replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_, a?: string, b?: string) => FIXED_VARIABLES[(a ?? b)!] ?? '')
      .replace(/\$\{([A-Z_]+):([^${}]*)\}/g, (_, v: string, d: string) => FIXED_VARIABLES[v] ?? d);
    if (text === before) break;
  }
  text = text.replace(/\u0006\d+\u0007([^\u0006]*)\u0006/g, '$1');
  text = text.replace(/\u0006\d+\u0007([^\u0006]*)\u0006/g, '$1');
  text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => defaults.get((a ?? b)!) ?? '');
  return text.replace(/\u0001/g, '$').replace(/\u0002/g, '}').replace(/\u0003/g, '\\').replace(/\u0004/g, ',').replace(/\u0005/g, '|');
}

/**
 * Fixed lists offered as choices, with the French option that means the same as each English
 * one: a French choice must offer the same values, in the same order, so the default matches.
 */
const CHOICE_LISTS: Record<string, Record<string, string>> = {
  chapter: Object.fromEntries('fundamentals governance principles-and-policies standards use-cases infrastructure operations community-engagement risk-assessment long-term-planning'.split(' ').map((c) => [c, c])),
  province: Object.fromEntries('ON QC BC AB MB SK NS NB NL PE YT NT NU'.split(' ').map((p) => [p, p])),
  policyStatus: { draft: 'draft', proposed: 'proposed', adopted: 'adopted', rescinded: 'rescinded' },
  callout: { NOTE: 'NOTE', TIP: 'TIP', IMPORTANT: 'IMPORTANT', WARNING: 'WARNING', CAUTION: 'CAUTION' },
  level: { Low: 'Faible', Medium: 'Moyenne', High: 'Élevée' },
  frequency: { Daily: 'Quotidienne', Weekly: 'Hebdomadaire', Monthly: 'Mensuelle', Quarterly: 'Trimestrielle', Annually: 'Annuelle', 'As needed': 'Au besoin', 'Not updated (historical)': 'Aucune (données historiques)' },
  licence: { 'Open Government Licence – Canada': 'Licence du gouvernement ouvert – Canada', 'Open Government Licence – Municipality': 'Licence du gouvernement ouvert – Municipalité', 'CC BY 4.0': 'CC BY 4.0', 'ODC-By 1.0': 'ODC-By 1.0' },
  format: Object.fromEntries('CSV JSON GeoJSON XLSX Shapefile XML'.split(' ').map((f) => [f, f])),
  sector: { Transportation: 'Transport', Environment: 'Environnement', Health: 'Santé', Housing: 'Logement', 'Economic development': 'Développement économique', 'Public safety': 'Sécurité publique', Finance: 'Finances', Recreation: 'Loisirs' },
  eventFormat: { Workshop: 'Atelier', Hackathon: 'Marathon de programmation', 'Open house': 'Journée portes ouvertes', Webinar: 'Webinaire', 'Focus group': 'Groupe de discussion', Survey: 'Sondage' },
  iap2: { Inform: 'Informer', Consult: 'Consulter', Involve: 'Impliquer', Collaborate: 'Collaborer', Empower: 'Habiliter' },
  quarter: { Q1: 'T1', Q2: 'T2', Q3: 'T3', Q4: 'T4' },
  milestoneStatus: { 'Not started': 'Non commencé', 'In progress': 'En cours', Done: 'Terminé', 'At risk': 'À risque', 'On hold': 'En suspens' },
};

/** Which fixed lists each snippet offers, in order: a value from a fixed list must be a choice. */
const EXPECTED_CHOICES: Record<string, string[]> = {
  'chapter-front-matter': ['chapter'],
  'chapter-skeleton': ['chapter'],
  'learning-objectives': [],
  'key-takeaways': [],
  callout: ['callout'],
  'callout-tip': [],
  'callout-warning': [],
  'callout-note': [],
  'case-study': ['province'],
  definition: [],
  'dataset-description': ['licence', 'format', 'frequency'],
  'use-case': ['sector'],
  'stakeholder-map': ['level', 'iap2', 'level', 'iap2', 'level', 'iap2'],
  'engagement-event': ['eventFormat'],
  'risk-table': ['level', 'level', 'level', 'level', 'level', 'level'],
  'roadmap-milestone': ['quarter', 'milestoneStatus'],
  checklist: [],
  'policy-front-matter': ['province', 'policyStatus'],
  'policy-skeleton': ['province', 'policyStatus'],
  'clause-reference': [],
  'further-reading': [],
};

describe('toolkit snippets', () => {
  before(async () => {
    // monaco-editor's package exports map `monaco-editor/*` to its ESM build; tsx loads ESM by file URL.
    const file = require.resolve('monaco-editor/editor/contrib/snippet/browser/snippetParser.js');
    const mod = await import(pathToFileURL(file).href);
    Parser = mod.SnippetParser;
    Classes = { Text: mod.Text, Placeholder: mod.Placeholder, Choice: mod.Choice, Variable: mod.Variable, Transform: mod.Transform };
    assert.equal(typeof Parser, 'function', 'SnippetParser loaded');
  });

  it('the parser and the naive reading agree on a known-good body, and disagree on broken ones', () => {
    // Guards the guard: the comparison below is only useful if it notices a mis-read body.
    const good = 'A ${1:b} ${2|x,y|} \\$5 ${1} $0';
    assert.equal(expand(good), 'A b x $5 b ');
    assert.equal(naiveExpansion(good), expand(good));
    for (const broken of ['Costs $1,500', 'Open ${1:brace', 'A ${1:x {y} z}', 'Unclosed ${1|a,b|']) {
      const parsedOk = naiveExpansion(broken) === expand(broken) && !/\$\d|\$\{/.test(broken.replace(/\$\{\d+[:|][^}]*\}/g, ''));
      assert.equal(parsedOk, false, broken);
    }
  });

  it('both files have the same keys, at least 20 snippets, and every snippet covered here', () => {
    const en = Object.keys(files.en);
    const fr = Object.keys(files.fr);
    assert.deepEqual(fr, en);
    assert.ok(en.length >= 20, `${en.length} snippets`);
    assert.deepEqual([...en].sort(), Object.keys(EXPECTED_CHOICES).sort());
  });

  it('prefixes: English tk-…, French tk-fr-… with the same stem first, all unique', () => {
    const seen = new Map<string, string>();
    for (const key of Object.keys(files.en)) {
      const en = prefixesOf(files.en[key]);
      const fr = prefixesOf(files.fr[key]);
      assert.equal(en.length, 1, key);
      assert.match(en[0], /^tk-(?!fr-)[a-z0-9-]+$/, key);
      for (const p of fr) assert.match(p, /^tk-fr-[a-z0-9-]+$/, key);
      assert.equal(fr[0], en[0].replace(/^tk-/, 'tk-fr-'), `${key}: the French prefix mirrors the English one`);
      for (const p of [...en, ...fr]) {
        assert.ok(!seen.has(p), `prefix ${p} used by ${seen.get(p)} and ${key}`);
        seen.set(p, key);
      }
    }
  });

  it('descriptions are in the snippet’s language', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const [key, s] of Object.entries(files[lang])) {
        // Front matter key names and marker syntax in parentheses are code, not prose.
        const prose = s.description.replace(/\([^)]*\)/g, '').replace(/<!--.*?-->/g, '').replace(/>\s*\[![A-Z]+\]/g, '');
        assert.equal(detect(prose, { only: ['en', 'fr'] }), lang, `${lang} ${key}: ${s.description}`);
      }
    }
    for (const [key, s] of Object.entries(files.fr)) {
      assert.deepEqual(frenchTypographyProblems(s.description), [], key);
    }
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: every body parses to what its author wrote (no text silently dropped or re-read)`, () => {
      for (const [key, s] of Object.entries(files[lang])) {
        const body = bodyOf(s);
        assert.equal(expand(body), naiveExpansion(body), `${lang} ${key}`);
        // Every unescaped `$` is a tab stop or a variable the parser recognised.
        const dollars = body.replace(/\\\\|\\\$/g, '').split('$').length - 1;
        const recognised = markers(body).filter((m) => m instanceof Classes.Placeholder || m instanceof Classes.Variable).length;
        assert.equal(recognised, dollars, `${lang} ${key}: ${dollars} '$' but ${recognised} tab stops and variables`);
        // Tab stops: braces only (a bare $1 next to text is how `$1,500` goes wrong), $0 once, last.
        assert.doesNotMatch(body.replace(/\\\$/g, ''), /\$[1-9]/, `${lang} ${key}: use \${N…} for tab stops`);
        assert.equal(body.split('$0').length - 1, 1, `${lang} ${key}: one final tab stop`);
        assert.ok(body.endsWith('$0'), `${lang} ${key}: $0 last`);
        const indices = [...new Set(tabStops(body).map((t) => Number.parseInt(t.replace('$0', '0'), 10)))].filter((i) => i > 0).sort((a, b) => a - b);
        assert.deepEqual(indices, indices.map((_, i) => i + 1), `${lang} ${key}: tab stops numbered 1..n without gaps`);
        for (const m of markers(body)) {
          if (m instanceof Classes.Variable) assert.ok(KNOWN_VARIABLES.has(m.name), `${lang} ${key}: unknown variable ${m.name}`);
          assert.ok(!(m instanceof Classes.Transform), `${lang} ${key}: no transforms`);
        }
      }
    });
  }

  it('English and French have the same tab-stop structure', () => {
    for (const key of Object.keys(files.en)) {
      assert.deepEqual(tabStops(bodyOf(files.fr[key])), tabStops(bodyOf(files.en[key])), key);
    }
  });

  it('values from fixed lists are choices, and the French options mean the English ones, in order', () => {
    for (const [key, kinds] of Object.entries(EXPECTED_CHOICES)) {
      const en = choices(bodyOf(files.en[key]));
      const fr = choices(bodyOf(files.fr[key]));
      assert.equal(en.length, kinds.length, `${key}: ${en.length} choices, expected ${kinds.length}`);
      kinds.forEach((kind, i) => {
        const list = CHOICE_LISTS[kind];
        assert.ok(en[i].length >= 2, `${key} choice ${i + 1} offers a choice`);
        for (const option of en[i]) assert.ok(option in list, `${key} choice ${i + 1}: "${option}" is not a ${kind}`);
        assert.deepEqual(fr[i], en[i].map((o) => list[o]), `${key} choice ${i + 1} (${kind})`);
      });
    }
  });

  it('front matter snippets use the toolkit keys, the same translationKey, and lang en / fr', () => {
    const chapterKeys = ['title', 'lang', 'translationKey', 'type', 'chapter', 'summary', 'lastReviewed'];
    const policyKeys = ['title', 'lang', 'translationKey', 'municipality', 'province', 'status', 'effectiveDate', 'lastReviewed'];
    for (const [key, keys] of [['chapter-front-matter', chapterKeys], ['chapter-skeleton', chapterKeys], ['policy-front-matter', policyKeys], ['policy-skeleton', policyKeys]] as const) {
      for (const lang of ['en', 'fr'] as const) {
        const text = expand(bodyOf(files[lang][key]));
        const fm = /^---\n([\s\S]*?)\n---/.exec(text);
        assert.ok(fm, `${lang} ${key} starts with front matter`);
        assert.deepEqual(fm[1].split('\n').map((l) => l.split(':')[0]), [...keys], `${lang} ${key}`);
        assert.match(fm[1], new RegExp(`^lang: ${lang}$`, 'm'));
      }
    }
  });

  it('callouts use GitHub alert markers, in English in both files', () => {
    for (const [key, marker] of [['callout-tip', 'TIP'], ['callout-warning', 'WARNING'], ['callout-note', 'NOTE'], ['callout', 'NOTE']] as const) {
      for (const lang of ['en', 'fr'] as const) {
        assert.equal(expand(bodyOf(files[lang][key])).split('\n')[0], `> [!${marker}]`, `${lang} ${key}`);
      }
    }
  });

  it('the clause reference wraps its text in the clause library’s markers', () => {
    for (const lang of ['en', 'fr'] as const) {
      const lines = expand(bodyOf(files[lang]['clause-reference'])).split('\n');
      assert.match(lines[0], /^<!-- clause:[a-z0-9-]+@\d+\.\d+\.\d+ -->$/);
      assert.equal(lines[2], '<!-- /clause -->');
    }
  });

  describe('expansions pair cleanly', () => {
    for (const key of Object.keys(files.en)) {
      it(`${key}: same structure, numbers, links and placeholders in English and French`, () => {
        const en = expand(bodyOf(files.en[key]));
        const fr = expand(bodyOf(files.fr[key]));
        assert.deepEqual(pairDifferences(en, fr), []);
      });
    }

    it('French expansions follow Canadian French typography', () => {
      for (const [key, s] of Object.entries(files.fr)) {
        assert.deepEqual(frenchTypographyProblems(expand(bodyOf(s))), [], key);
      }
    });

    it('the structural comparison does find a broken pair (heading, list, table, number, link, placeholder)', () => {
      const en = expand(bodyOf(files.en['chapter-skeleton']));
      const fr = expand(bodyOf(files.fr['chapter-skeleton']));
      const cases: Array<[string, string]> = [
        ['heading level', fr.replace('## Points à retenir', '### Points à retenir')],
        ['list item', fr.replace('- Troisième point à retenir.\n', '')],
        ['link', fr.replace('doc-fra.aspx', 'doc-fra-x.aspx')],
        ['translationKey', fr.replace('translationKey: chapter-slug', 'translationKey: autre')],
      ];
      for (const [what, broken] of cases) {
        assert.notEqual(broken, fr, `${what}: the mutation applies`);
        assert.notDeepEqual(pairDifferences(en, broken), [], what);
      }
      const risksEn = expand(bodyOf(files.en['risk-table']));
      const risksFr = expand(bodyOf(files.fr['risk-table']));
      assert.notDeepEqual(pairDifferences(risksEn, risksFr.replace(/\n\| Données mal.*$/m, '')), [], 'table row');
      const eventFr = expand(bodyOf(files.fr['engagement-event']));
      const eventEn = expand(bodyOf(files.en['engagement-event']));
      assert.notDeepEqual(pairDifferences(eventEn, eventFr.replace('1\u00a0500\u00a0$', '1\u00a0600\u00a0$')), [], 'amount');
      assert.notDeepEqual(pairDifferences(eventEn, eventFr.replace('15 octobre 2026', '16 octobre 2026')), [], 'date');
      assert.notDeepEqual(pairDifferences(eventEn + '\n{{municipality}}\n', eventFr + '\n{{municipalite}}\n'), [], 'placeholder');
      assert.notDeepEqual(frenchTypographyProblems(eventFr.replace('Budget\u00a0:', 'Budget :')), [], 'typography');
    });

    /** The same expansions through the real parity engine: no finding at error or warning level. */
    it('the parity engine finds nothing to report', async function () {
      const engine = loadParityEngine();
      const problems: string[] = [];
      for (const key of Object.keys(files.en)) {
        const findings = await engine.check(`${key}.en.md`, expand(bodyOf(files.en[key])), `${key}.fr.md`, expand(bodyOf(files.fr[key])));
        for (const f of findings) problems.push(`${key}: ${f}`);
      }
      assert.deepEqual(problems, []);
    });
  });
});
