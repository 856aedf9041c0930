import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { clauseInsertionSnippet } from '../../../src/core/clauses/clauseInsertion';
import { answersFromPolicy } from '../../../src/core/clauses/policyAnswers';
import { clauseExcerpt } from '../../../src/core/clauses/clauseExcerpt';
import { categoryName, sortCategories } from '../../../src/core/clauses/clauseCategories';
import { checkClauseDocument } from '../../../src/core/clauses/clauseDrift';
import { fillClause } from '../../../src/core/clauses/fillClause';
import { shipped } from './shippedLibrary';

describe('inserting a clause in the editor', () => {
   
  let Parser: any;
  before(async () => {
    const file = require.resolve('monaco-editor/editor/contrib/snippet/browser/snippetParser.js');
    Parser = (await import(pathToFileURL(file).href)).SnippetParser;
  });

  const config = { municipality: { en: 'Town of Bancroft', fr: 'Ville de Bancroft' }, province: 'ON', leadTitle: 'Open Data Lead' };

  it('the configuration’s policy answers fill the parameters of the same meaning', () => {
    assert.deepEqual(answersFromPolicy(config), { municipality: config.municipality, province: 'ON', lead_title: 'Open Data Lead' });
    assert.deepEqual(answersFromPolicy(undefined), {});
    assert.deepEqual(answersFromPolicy({ municipality: '' }), {});
  });

  it('wraps the body in its markers, tab stops pre-filled from the configuration, cursor after the closing marker', () => {
    const definitions = shipped().library.byId.get('definitions')!;
    const snippet = clauseInsertionSnippet(definitions, 'fr', answersFromPolicy(config));
    assert.match(snippet, /^<!-- clause:definitions@\d+\.\d+\.\d+ -->\n/);
    assert.match(snippet, /\n<!-- \/clause -->\n\$0$/);
    assert.match(snippet, /\*\*Municipalité\*\*\u00A0: \$\{1:Ville de Bancroft\}\./);
    assert.match(snippet, /poste de \$\{2:Open Data Lead\}/);
  });

  it('every clause, once expanded by VS Code’s snippet parser, is a clause the checker finds intact', () => {
    const { library } = shipped();
    for (const clause of library.clauses) {
      for (const lang of ['en', 'fr'] as const) {
        const text = new Parser().parse(clauseInsertionSnippet(clause, lang, answersFromPolicy(config)), true, false).toString();
        const check = checkClauseDocument({ file: 'p.md', text: `# Policy\n\n${text}`, lang }, library);
        assert.deepEqual(check.findings, [], `${clause.id} (${lang})`);
        assert.deepEqual(check.clauses.map((c) => [c.id, c.version]), [[clause.id, clause.version]]);
      }
    }
  });

  it('an excerpt is one plain line of the filled text, cut at a word', () => {
    const purpose = shipped().library.byId.get('purpose')!;
    const excerpt = clauseExcerpt(purpose, 'en', {}, 80);
    assert.ok(excerpt.length <= 81, excerpt);
    assert.match(excerpt, /^This policy sets out how the Municipality .*…$/);
    assert.doesNotMatch(excerpt, /\n|\*\*|\{\{/);
    const definitions = shipped().library.byId.get('definitions')!;
    assert.doesNotMatch(clauseExcerpt(definitions, 'fr', {}, 1000), /^- |\*\*/m);
    const adoption = shipped().library.byId.get('adoption-and-effect') ?? shipped().library.clauses.find((c) => c.body.en.includes('{{approval_date}}'))!;
    assert.match(clauseExcerpt(adoption, 'en', {}, 1000), /\{\{approval_date\}\}/, 'an unfilled placeholder is shown as written');
    assert.ok(fillClause(definitions, 'fr').text.includes('**'), 'the body had Markdown to remove');
  });

  it('categories have names in both languages; an organisation’s own category shows its words', () => {
    assert.equal(categoryName('data-management', 'fr'), 'Gestion des données');
    assert.equal(categoryName('acme-rules', 'en'), 'acme rules');
    assert.deepEqual(sortCategories(['privacy', 'acme', 'foundations', 'privacy', 'zeta', 'governance']), ['foundations', 'governance', 'privacy', 'acme', 'zeta']);
  });
});
