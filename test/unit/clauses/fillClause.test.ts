import { strict as assert } from 'node:assert';
import { clauseToSnippet, escapeSnippetText, fillClause, fillTemplate, templateToSnippet } from '../../../src/core/clauses/fillClause';
import { formatDate, formatNumber } from '../../../src/core/clauses/formatValue';
import type { Clause, ClauseParameter } from '../../../src/core/clauses/clauseTypes';
import { shipped } from './shippedLibrary';

const NBSP = '\u00A0';

const params: ClauseParameter[] = [
  { name: 'days', type: 'integer', description: { en: 'd', fr: 'd' }, default: 30 },
  { name: 'amount', type: 'number', description: { en: 'a', fr: 'a' } },
  { name: 'start', type: 'date', description: { en: 's', fr: 's' } },
  { name: 'lead', type: 'string', description: { en: 'l', fr: 'l' }, default: { en: 'Open Data Lead', fr: 'responsable des données ouvertes' } },
  {
    name: 'often',
    type: 'enum',
    description: { en: 'o', fr: 'o' },
    default: 'monthly',
    options: [
      { value: 'monthly', label: { en: 'monthly', fr: 'mensuellement' } },
      { value: 'yearly', label: { en: 'every year', fr: 'chaque année' } },
    ],
  },
];

describe('filling clauses', () => {
  it('formats numbers the way each language writes them', () => {
    assert.equal(formatNumber(1500, 'en'), '1,500');
    assert.equal(formatNumber(1500, 'fr'), `1${NBSP}500`);
    assert.equal(formatNumber(2.5, 'en'), '2.5');
    assert.equal(formatNumber(2.5, 'fr'), '2,5');
    assert.equal(formatNumber(1250000, 'fr'), `1${NBSP}250${NBSP}000`);
  });

  it('formats dates in long form, with 1er in French', () => {
    assert.equal(formatDate('2027-12-31', 'en'), 'December 31, 2027');
    assert.equal(formatDate('2027-12-31', 'fr'), '31 décembre 2027');
    assert.equal(formatDate('2027-04-01', 'fr'), '1er avril 2027');
    assert.equal(formatDate('2027-04-01', 'en'), 'April 1, 2027');
    assert.equal(formatDate('not a date', 'fr'), 'not a date');
  });

  it('fills values, defaults, localized values and enum labels; keeps unknown placeholders', () => {
    const t = 'Within {{days}} days, {{lead}} publishes {{often}} for ${{amount}} from {{start}}; {{unknown}}.';
    const en = fillTemplate(t, 'en', { amount: 1250000, start: '2027-01-01' }, params);
    assert.equal(en.text, 'Within 30 days, Open Data Lead publishes monthly for $1,250,000 from January 1, 2027; {{unknown}}.');
    assert.deepEqual(en.missing, ['unknown']);
    const fr = fillTemplate('Dans {{days}} jours, {{lead}} publie {{often}} ({{amount}} $), dès le {{start}}.', 'fr', { days: 1500, often: 'yearly', amount: 2.5, start: '2027-01-01' }, params);
    assert.equal(fr.text, `Dans 1${NBSP}500 jours, responsable des données ouvertes publie chaque année (2,5 $), dès le 1er janvier 2027.`);
    assert.deepEqual(fr.missing, []);
  });

  it('an empty string value counts as no value', () => {
    assert.equal(fillTemplate('{{lead}}', 'en', { lead: '' }, params).text, 'Open Data Lead');
  });

  it('fillClause uses the clause body of the language', () => {
    const clause: Clause = {
      id: 'c', version: '1.0.0', category: 't', title: { en: 'T', fr: 'T' },
      body: { en: 'In {{days}} days.', fr: 'Dans {{days}} jours.' },
      parameters: params.slice(0, 1), sources: ['odc:1'], alternatives: [],
    };
    assert.equal(fillClause(clause, 'fr').text, 'Dans 30 jours.');
    assert.equal(fillClause(clause, 'en', { days: 7 }).text, 'In 7 days.');
  });
});

describe('clause snippets', () => {
  it('escapes $, } and \\ in text', () => {
    assert.equal(escapeSnippetText('cost $5 {x} C:\\dir'), 'cost \\$5 {x\\} C:\\\\dir');
  });

  it('numbers tab stops by first use, repeats the number for a repeated name, ends with $0', () => {
    const s = templateToSnippet('{{lead}} and {{days}}; again {{lead}}.', 'en', {}, params);
    assert.equal(s, '${1:Open Data Lead} and ${2:30}; again ${1:Open Data Lead}.$0');
  });

  it('pre-fills from values, shows the name when nothing is known, escapes inside placeholders', () => {
    const s = templateToSnippet('Pay {{amount}} $ to {{who}} by {{start}}.', 'fr', { amount: 1500, who: 'A}B$C\\D', start: '2027-12-31' }, [
      ...params,
      { name: 'who', type: 'string', description: { en: 'w', fr: 'w' } },
    ]);
    assert.equal(s, `Pay \${1:1${NBSP}500} \\$ to \${2:A\\}B\\$C\\\\D} by \${3:31 décembre 2027}.$0`);
    assert.equal(templateToSnippet('{{nobody}}', 'en', {}, []), '${1:nobody}$0');
    const dated = [{ name: 'approval_date', type: 'date' as const, label: { en: 'approval date', fr: 'date d’adoption' }, description: { en: 'd', fr: 'd' } }];
    assert.equal(templateToSnippet('le {{approval_date}}.', 'fr', {}, dated), 'le ${1:date d’adoption}.$0', 'a French tab stop reads in French');
    assert.equal(templateToSnippet('on {{approval_date}}.', 'en', {}, dated), 'on ${1:approval date}.$0');
  });

  it('clauseToSnippet works on a shipped-like clause with Markdown', () => {
    const clause: Clause = {
      id: 'c', version: '1.0.0', category: 't', title: { en: 'T', fr: 'T' },
      body: { en: '- **Lead**: {{lead}}\n- costs $0\n', fr: '- **Responsable** : {{lead}}\n' },
      parameters: params, sources: ['odc:1'], alternatives: [],
    };
    assert.equal(clauseToSnippet(clause, 'en'), '- **Lead**: ${1:Open Data Lead}\n- costs \\$0\n$0');
  });
});

describe('clause snippets read by VS Code’s own snippet parser', () => {
  // monaco-editor ships the parser VS Code runs; loaded by file URL because it is ESM only.
   
  let Parser: any;
  before(async () => {
    const { pathToFileURL } = await import('node:url');
    const file = require.resolve('monaco-editor/editor/contrib/snippet/browser/snippetParser.js');
    Parser = (await import(pathToFileURL(file).href)).SnippetParser;
  });

  const expand = (snippet: string): string => new Parser().parse(snippet, true, false).toString();

  it('the parser is strict enough to notice an unescaped body', () => {
    assert.notEqual(expand('costs $5 and ${x'), 'costs $5 and ${x');
  });

  it('every shipped clause, in both languages, expands to exactly the filled text, even with $ } \\ in values', () => {
    const { library } = shipped();
    for (const clause of library.clauses) {
      const values: Record<string, string | number> = {};
      for (const p of clause.parameters) {
        if (p.type === 'integer' || p.type === 'number') values[p.name] = 1500;
        else if (p.type === 'date') values[p.name] = '2027-04-01';
        else if (p.type !== 'enum') values[p.name] = `A $1 {b} c\\d} ${p.name}`;
      }
      for (const lang of ['en', 'fr'] as const) {
        const snippet = clauseToSnippet(clause, lang, values);
        assert.equal(expand(snippet), fillClause(clause, lang, values).text, `${clause.id} (${lang})`);
      }
    }
  });
});
