import { strict as assert } from 'node:assert';
import { runCheck, containsPhrase } from '../../../src/core/checklists/checklistChecks';
import type { ChecklistCheck } from '../../../src/core/checklists/checklistTypes';
import type { ChecklistContext } from '../../../src/core/checklists/checklistContext';
import type { Finding } from '../../../src/core/findings';
import { formatMessage } from '../../../src/core/messages/format';
import { shipped } from '../clauses/shippedLibrary';
import { doc } from './checklistHelpers';

const clauses = shipped().library;
const proven = (check: ChecklistCheck, ctx: ChecklistContext) => runCheck(check, ctx).proven;
const finding = (rule: Finding['rule'], line: number, severity: Finding['severity'] = 'error', file = 'page.en.md'): Finding => ({ file, rule, severity, messageId: 'x', range: { start: { line, column: 0 }, end: { line, column: 1 } } });

describe('checklist checks', () => {
  it('heading: a heading of the file’s language holding one of the words, case, accents and apostrophes aside', () => {
    const words = { en: ['learning objectives'], fr: ['objectifs d’apprentissage'] };
    assert.equal(proven({ heading: words }, { doc: doc('# Title\n\n## Learning Objectives\n') }), true);
    assert.equal(proven({ heading: words }, { doc: doc('# Titre\n\n## Objectifs d\'APPRENTISSAGE\n', 'fr') }), true);
    // The words of the other language do not count, nor the words in a paragraph, nor part of a word.
    assert.equal(proven({ heading: words }, { doc: doc('# Titre\n\n## Learning objectives\n', 'fr') }), false);
    assert.equal(proven({ heading: words }, { doc: doc('# Title\n\nThe learning objectives are below.\n') }), false);
    assert.equal(containsPhrase('Resources', 'sources'), false);
    assert.equal(containsPhrase('Références et sources', 'references'), true);
    const r = runCheck({ heading: words }, { doc: doc('# T\n\n## Learning objectives\n') });
    assert.equal(r.at?.start.line, 2);
  });

  it('clause: by id, or any clause of a category (which needs the library)', () => {
    const d = doc('# P\n\n<!-- clause:licence-ogl-canada@1.0.0 -->\nText.\n<!-- /clause -->\n');
    assert.equal(proven({ clause: { id: 'licence-ogl-canada' } }, { doc: d }), true);
    assert.equal(proven({ clause: { id: 'purpose' } }, { doc: d }), false);
    assert.equal(proven({ clause: { category: 'licence' } }, { doc: d, clauses }), true);
    assert.equal(proven({ clause: { category: 'privacy' } }, { doc: d, clauses }), false);
    assert.equal(runCheck({ clause: { category: 'licence' } }, { doc: d }).reason.messageId, 'checklists.noClauseLibrary');
    // A marker inside a code block is an example, not a clause.
    assert.equal(proven({ clause: { id: 'purpose' } }, { doc: doc('# P\n\n```\n<!-- clause:purpose@1.0.0 -->\nx\n<!-- /clause -->\n```\n') }), false);
  });

  it('provision: an inserted clause cites the source', () => {
    const d = doc('# P\n\n<!-- clause:licence-ogl-canada@1.0.0 -->\nText.\n<!-- /clause -->\n');
    assert.equal(proven({ provision: 'sunlight-v3:11' }, { doc: d, clauses }), true);
    assert.equal(proven({ provision: 'sunlight-v3:24' }, { doc: d, clauses }), false);
    // The provision's words without the clause prove nothing.
    assert.equal(proven({ provision: 'sunlight-v3:11' }, { doc: doc('# P\n\nData is explicitly license-free.\n'), clauses }), false);
  });

  it('frontMatter: the field is filled, nested fields by dots; blank, null and empty lists are not filled', () => {
    const fm = (body: string) => doc(`---\n${body}\n---\n\n# T\n`);
    assert.equal(proven({ frontMatter: 'review_date' }, { doc: fm('review_date: 2027-04-01') }), true);
    assert.equal(proven({ frontMatter: 'review.date' }, { doc: fm('review:\n  date: 2027-04-01') }), true);
    for (const empty of ['review_date: ""', 'review_date:', 'review_date: []', 'other: 1']) assert.equal(proven({ frontMatter: 'review_date' }, { doc: fm(empty) }), false, empty);
    assert.equal(proven({ frontMatter: 'review_date' }, { doc: doc('# T\n') }), false);
    assert.equal(proven({ frontMatter: 'toString' }, { doc: fm('a: 1') }), false);
  });

  it('counterpart: proven only when one is known', () => {
    const d = doc('# T\n');
    assert.equal(proven({ counterpart: true }, { doc: d, counterpart: 'page.fr.md' }), true);
    assert.equal(proven({ counterpart: true }, { doc: d, counterpart: null }), false);
    assert.equal(proven({ counterpart: true }, { doc: d }), false);
  });

  it('noFindings: of the rules named, at or above the severity; the file not checked proves nothing', () => {
    const d = doc('# T\n');
    const findings = [finding('untranslated', 4, 'warning'), finding('numbers', 7, 'error', 'other.md')];
    assert.equal(proven({ noFindings: { rules: ['untranslated'] } }, { doc: d, findings }), false);
    assert.equal(proven({ noFindings: { rules: ['untranslated'], severity: 'error' } }, { doc: d, findings }), true);
    assert.equal(proven({ noFindings: { rules: ['numbers'] } }, { doc: d, findings }), true, 'another file’s finding');
    assert.equal(proven({ noFindings: {} }, { doc: d, findings: [] }), true);
    assert.equal(proven({ noFindings: {} }, { doc: d }), false);
    const r = runCheck({ noFindings: {} }, { doc: d, findings });
    assert.equal(formatMessage(r.reason.messageId, r.reason.args, 'fr'), '1 constat, le premier à la ligne 5');
  });

  it('imagesAlt: every image has alternative text', () => {
    assert.equal(proven({ imagesAlt: true }, { doc: doc('# T\n\n![A map of the wards](map.png)\n') }), true);
    assert.equal(proven({ imagesAlt: true }, { doc: doc('# T\n\nNo image.\n') }), true);
    const r = runCheck({ imagesAlt: true }, { doc: doc('# T\n\n![A map](map.png)\n\n![](chart.png)\n') });
    assert.equal(r.proven, false);
    assert.equal(r.at?.start.line, 4);
  });

  it('minWords: words of the prose, code aside', () => {
    const ten = 'one two three four five six seven eight nine ten';
    assert.equal(proven({ minWords: 11 }, { doc: doc(`# Title\n\n${ten}\n`) }), true);
    assert.equal(proven({ minWords: 12 }, { doc: doc(`# Title\n\n${ten}\n`) }), false);
    assert.equal(proven({ minWords: 12 }, { doc: doc(`# Title\n\n${ten}\n\n\`\`\`\nmore words here\n\`\`\`\n`) }), false);
    const r = runCheck({ minWords: 300 }, { doc: doc(`# Title\n\n${ten}\n`) });
    assert.equal(formatMessage(r.reason.messageId, r.reason.args, 'fr'), '11 mots sur les 300 nécessaires');
  });

  it('link: a link whose address contains one of the strings', () => {
    const targets = ['creativecommons.org'];
    assert.equal(proven({ link: targets }, { doc: doc('# T\n\nUnder [CC BY 4.0](https://CreativeCommons.org/licenses/by/4.0/).\n') }), true);
    assert.equal(proven({ link: targets }, { doc: doc('# T\n\nUnder creativecommons.org terms, not linked.\n') }), false);
  });
});
