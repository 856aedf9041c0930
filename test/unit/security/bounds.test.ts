import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText } from '../../../src/core/config/loadConfig';
import { globProblem, jsonDepthOverflow } from '../../../src/core/config/configBounds';
import { cli } from '../helpers/tempProject';
import { PAIR, sandbox } from './helpers';

const problemsOf = (config: unknown) => parseConfigText(typeof config === 'string' ? config : JSON.stringify(config), 'opendata-toolkit.json').problems;

// A configuration can ask the checker to spend: each bound below was once minutes or an abort.
describe('security: the configuration cannot make the checker spend minutes or gigabytes', function () {
  this.timeout(20_000);
  let box: ReturnType<typeof sandbox>;
  afterEach(() => box?.cleanup());

  it('refuses a glob whose stars make the matcher backtrack, reports it, and the run ends at once', async () => {
    const evil = '**/a*a*a*a*a*a*a*a*a*a*a*a*a*a*c.md';
    box = sandbox({ ...PAIR, [`${'a'.repeat(200)}.md`]: '# A\n' });
    writeFileSync(join(box.project, 'opendata-toolkit.json'), JSON.stringify({ include: ['**/*.md', evil] }));
    const started = Date.now();
    const r = await cli(['--format', 'json'], box.project);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /opendata-toolkit\.json:1:23 {2}The glob “\*\*\/a\*a\*a\*.*c\.md” \(include\.1\) is refused: more than 3 \* in one path segment/);
  });

  it('keeps ordinary globs, and refuses the ones that climb out or nest too many groups', () => {
    for (const ok of ['**/*.md', 'docs/**/*.en.md', '*-eng*.md', '**/_index.*.md', 'content/{en,fr}/**/*.md', '!drafts/**']) assert.equal(globProblem(ok), undefined, ok);
    assert.equal(globProblem('**/a*b*c*d*.md'), 'globStars');
    assert.equal(globProblem('../*.md'), 'globOutside');
    assert.equal(globProblem('/etc/**'), 'globOutside');
    assert.equal(globProblem('a/**/b/**/c/**/d/**/e/**/f/**/g.md'), 'globGlobstars');
    assert.equal(globProblem('{a,{b,{c,{d,{e,{f,{g,{h,{i,j}}}}}}}}}'), 'globGroups');
    assert.deepEqual(problemsOf({ ignore: ['../**'] }).map((p) => p.messageId), ['configGlob']);
  });

  it('bounds the counts the schema accepts (100 000 globs and pairs once ran out of heap)', () => {
    const include = Array.from({ length: 100_000 }, (_, i) => `docs/${i}/*.md`);
    const pairs = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`en/${i}.md`, `fr/${i}.md`]));
    const messages = problemsOf({ include, pairs }).map((p) => `${p.messageId} ${p.args?.path}`);
    assert.deepEqual(messages.sort(), ['configTooMany include', 'configTooMany pairs']);
  });

  it('refuses a pairs file with more pairs than the limit', async () => {
    box = sandbox(PAIR);
    writeFileSync(join(box.project, 'pairs.json'), JSON.stringify(Object.fromEntries(Array.from({ length: 50_001 }, (_, i) => [`en/${i}.md`, `fr/${i}.md`]))));
    writeFileSync(join(box.project, 'opendata-toolkit.json'), JSON.stringify({ pairs: 'pairs.json' }));
    const r = await cli(['--format', 'json'], box.project);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /The pairs file pairs\.json holds 50,001 pairs, more than the limit of 50,000; it was not used\./);
  });

  it('refuses nesting that would exhaust the parser’s stack, in the configuration and in a pairs file', async () => {
    assert.deepEqual(problemsOf('{"include": ' + '['.repeat(500_000)).map((p) => `${p.messageId} ${p.range.start.column}`), ['configTooDeep 75']);
    assert.equal(jsonDepthOverflow('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["} // [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['), -1, 'brackets in strings and comments do not count');
    box = sandbox(PAIR);
    writeFileSync(join(box.project, 'pairs.json'), '{"a":'.repeat(200_000));
    writeFileSync(join(box.project, 'opendata-toolkit.json'), JSON.stringify({ pairs: 'pairs.json' }));
    const r = await cli(['--format', 'json'], box.project);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot read the pairs file pairs\.json: not valid JSON \(nested more than 64 levels deep\) at line 1, column 321\./);
  });

  it('does not read a configuration file larger than 1 MiB', async () => {
    box = sandbox(PAIR);
    writeFileSync(join(box.project, 'opendata-toolkit.json'), `{"include": ["**/*.md"]${' '.repeat(1024 * 1024)}}`);
    const r = await cli(['--format', 'json'], box.project);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot read the configuration file: the file is larger than 1,048,576 bytes\./);
  });
});
