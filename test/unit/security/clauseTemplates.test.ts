import { strict as assert } from 'node:assert';
import { compareWithTemplate } from '../../../src/core/clauses/clauseDrift';
import { diffAgainstTemplate } from '../../../src/core/clauses/wordDiff';

// Clause templates come from the organisation's clause folders, that is from the repository; the
// text between markers from its Markdown. Comparing them once backtracked for minutes.
describe('security: clause drift stays linear on hostile templates and texts', function () {
  this.timeout(10_000);
  const timed = <T>(f: () => T): { value: T; ms: number } => {
    const started = performance.now();
    const value = f();
    return { value, ms: performance.now() - started };
  };

  it('a template of eight adjacent placeholders against a text that does not match: milliseconds (once 69 s)', () => {
    const template = '{{a}}{{b}}{{c}}{{d}}{{e}}{{f}}{{g}}{{h}}';
    const { value, ms } = timed(() => compareWithTemplate('x'.repeat(2000) + '\ny', template));
    assert.equal(value.drifted, true);
    assert.ok(ms < 1000, `${ms} ms`);
    assert.equal(compareWithTemplate('abcdefgh', template).drifted, false, 'the look-alike that matches still matches');
  });

  it('placeholders between repeated words, against a text of those words that never ends right', () => {
    const template = Array.from({ length: 12 }, (_, i) => `{{v${i}}} of`).join(' ') + ' end';
    const { value, ms } = timed(() => compareWithTemplate('x of '.repeat(3000) + 'fin', template));
    assert.equal(value.drifted, true);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('keeps what the regular expression did: shortest values, repeats equal, one line each, whitespace free', () => {
    const template = 'The {{town}} publishes its data; {{town}} keeps it for {{days}} days.';
    assert.deepEqual(compareWithTemplate('The Town of Bancroft publishes its data;\nTown of Bancroft keeps it for 30\u00A0days.', template).values, { town: 'Town of Bancroft', days: '30' });
    assert.equal(compareWithTemplate('The Town of Bancroft publishes its data; Town of Hastings keeps it for 30 days.', template).drifted, true, 'a repeat must repeat the value');
    assert.equal(compareWithTemplate('The Town\nof Bancroft publishes its data; Town\nof Bancroft keeps it for 30 days.', template).drifted, true, 'a value stays on one line');
    assert.equal(compareWithTemplate(`The ${'x'.repeat(301)} publishes its data; ${'x'.repeat(301)} keeps it for 30 days.`, template).drifted, true, 'a value is at most 300 characters');
  });

  it('bounds the word diff’s table: half a megabyte between markers is explained coarsely, not with gigabytes', () => {
    const template = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const { value, ms } = timed(() => diffAgainstTemplate(template, '< '.repeat(240_000)));
    assert.equal(value.length, 2);
    assert.ok(ms < 2000, `${ms} ms`);
  });
});
