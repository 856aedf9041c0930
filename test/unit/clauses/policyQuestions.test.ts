import { strict as assert } from 'node:assert';
import { assemblyOutcome, essentialQuestions, questionDefaults } from '../../../src/core/clauses/policyQuestions';
import type { Finding } from '../../../src/core/findings';
import { shipped } from './shippedLibrary';

describe('policy questions', () => {
  const starter = () => shipped().profiles.byId.get('starter')!;

  it('asks the configuration’s three questions and the profile’s required ones, nothing else', () => {
    assert.deepEqual(essentialQuestions(starter()).map((q) => q.name), ['municipality', 'province', 'lead_title', 'portal_url']);
  });

  it('defaults come from the configuration first, then the profile', () => {
    const defaults = questionDefaults(starter(), { municipality: 'Town of Bancroft', leadTitle: { en: 'Chief Data Officer', fr: 'chef des données' } });
    assert.equal(defaults.municipality, 'Town of Bancroft');
    assert.deepEqual(defaults.lead_title, { en: 'Chief Data Officer', fr: 'chef des données' });
    assert.equal(defaults.licence, 'ogl-canada', 'a profile default');
    assert.equal(defaults.province, undefined);
    assert.deepEqual(questionDefaults(starter(), undefined).lead_title, { en: 'Open Data Lead', fr: 'responsable des données ouvertes' });
  });

  it('an unanswered question is left to fill; any other error stops the assembly', () => {
    const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
    const problem = (severity: Finding['severity'], messageId: string, name: string): Finding => ({ file: 'p', range: at, severity, rule: 'clause-assembly', messageId, args: { name } });
    const outcome = assemblyOutcome([
      problem('error', 'clauses.missingRequiredAnswer', 'portal_url'),
      problem('warning', 'clauses.missingAnswer', 'effective_date'),
      problem('warning', 'clauses.missingAnswer', 'effective_date'),
      problem('error', 'clauses.badAnswer', 'province'),
    ]);
    assert.deepEqual(outcome.unanswered, ['portal_url', 'effective_date']);
    assert.deepEqual(outcome.blocking.map((p) => p.messageId), ['clauses.badAnswer']);
  });
});
