import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/tempProject';
import { CACHE_FILE_NAME } from '../../../src/cli/taskCacheFile';
import { isReusableResult } from '../../../src/core/project/taskCache';

const ROOT = join(__dirname, '..', '..', '..');

/** One run's JSON report (with or without --cache, on this thread or on workers) and its notes. */
async function run(dir: string, { cache = false, workers = 0 } = {}) {
  const r = await cli(['.', '--format', 'json', ...(cache ? ['--cache'] : [])], dir, { TOOLKIT_CHECK_WORKERS: String(workers) });
  return { code: r.code, report: JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; file: string; message: string }> }, stderr: r.stderr };
}

function cacheEntries(dir: string): number {
  return Object.keys((JSON.parse(readFileSync(join(dir, CACHE_FILE_NAME), 'utf8')) as { entries: object }).entries).length;
}

describe('toolkit-check --cache', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'toolkit-cache-'));
    cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checks spelling again when the project dictionary or the cspell configuration changed', async () => {
    writeFileSync(join(dir, 'toolkit', 'tmp-words.en.md'), '# Words\n\nThe zorblat register and the flurbish list.\n');
    writeFileSync(join(dir, 'toolkit', 'tmp-words.fr.md'), '# Mots\n\nLe registre et la liste.\n');
    const spelt = async () => (await run(dir, { cache: true })).report.diagnostics.filter((d) => d.rule === 'spelling' && d.file.endsWith('tmp-words.en.md')).map((d) => d.message.split('”')[0]);
    assert.deepEqual(await spelt(), ['“zorblat', '“flurbish']);
    writeFileSync(join(dir, 'project-words.txt'), 'zorblat\n');
    assert.deepEqual(await spelt(), ['“flurbish']);
    writeFileSync(join(dir, 'cspell.json'), JSON.stringify({ version: '0.2', words: ['flurbish'] }));
    assert.deepEqual(await spelt(), []);
  });

  it('gives the same report as a run without it, cold, warm and after one file changed', async () => {
    const plain = await run(dir);
    assert.ok(plain.report.diagnostics.length > 0, 'samples/ has findings to compare');
    assert.ok(!existsSync(join(dir, CACHE_FILE_NAME)), 'no cache file without --cache');
    assert.deepEqual(await run(dir, { cache: true }), plain, 'cold');
    assert.ok(cacheEntries(dir) > 0, 'the cold run filled the cache');
    assert.deepEqual(await run(dir, { cache: true }), plain, 'warm, nothing changed');

    // One French file changes: a number no longer matches. Its pair is checked again; the rest comes from the cache.
    const fr = join(dir, 'toolkit', 'governance.fr.md');
    const text = readFileSync(fr, 'utf8');
    const edited = text.replace(/\d+/, (n) => String(Number(n) + 7));
    assert.notEqual(edited, text);
    writeFileSync(fr, edited);
    const plainAfter = await run(dir);
    assert.notDeepEqual(plainAfter.report.diagnostics, plain.report.diagnostics, 'the edit is a new finding');
    assert.deepEqual(await run(dir, { cache: true }), plainAfter, 'after the edit');
    assert.deepEqual(await run(dir, { cache: true, workers: 2 }), plainAfter, 'after the edit, on worker threads');

    // Front matter read for pairing and routes comes from the cache too: a changed one is read again.
    const en = join(dir, 'policy', 'open-data-policy.en.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace(/^(---\r?\n)?/, (fence) => (fence ? `${fence}translationKey: moved\n` : '---\ntranslationKey: moved\n---\n')));
    const plainMoved = await run(dir);
    assert.notDeepEqual(plainMoved.report, plainAfter.report, 'the pair is broken');
    assert.deepEqual(await run(dir, { cache: true }), plainMoved, 'after a front matter edit');
  });

  it('is not reused under another configuration', async () => {
    await run(dir, { cache: true });
    const configFile = join(dir, 'opendata-toolkit.json');
    const config = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(configFile, JSON.stringify({ ...config, rules: { ...(config.rules as object), numbers: 'off' } }));
    const plain = await run(dir);
    assert.ok(!plain.report.diagnostics.some((d) => d.rule === 'numbers'));
    assert.deepEqual(await run(dir, { cache: true }), plain);
  });

  it('is on with "cache": true in the configuration', async () => {
    const configFile = join(dir, 'opendata-toolkit.json');
    const config = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>) : {};
    const plain = await run(dir);
    writeFileSync(configFile, JSON.stringify({ ...config, cache: true }));
    assert.deepEqual(await run(dir), plain);
    assert.ok(cacheEntries(dir) > 0);
    assert.deepEqual(await run(dir), plain);
  });

  it('ignores a damaged or foreign cache file with a note, never trusting it', async () => {
    const plain = await run(dir);
    for (const [content, note] of [
      ['{ not json', /damaged/],
      [JSON.stringify({ format: 'eslint', entries: {} }), /not a toolkit-check cache/],
      [JSON.stringify({ format: 'toolkit-check-cache', version: 1, entries: { x: { findings: [1], loadProblems: [] } }, frontMatter: {} }), /damaged/],
    ] as const) {
      writeFileSync(join(dir, CACHE_FILE_NAME), content);
      const cached = await run(dir, { cache: true });
      assert.match(cached.stderr, note);
      assert.deepEqual(cached.report, plain.report);
      assert.ok(cacheEntries(dir) > 0, 'rewritten');
    }
  });

  it('keeps only plain results that do not depend on the machine', () => {
    const finding = { file: 'a.md', range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, severity: 'error' as const, rule: 'numbers' as const, messageId: 'm' };
    assert.ok(isReusableResult({ findings: [finding], loadProblems: [] }));
    assert.ok(!isReusableResult({ findings: [], loadProblems: [{ path: 'a.md', messageId: 'fileCheckTimeout', line: 0, column: 0 }] }));
    assert.ok(!isReusableResult({ findings: [], loadProblems: [{ path: 'a.md', messageId: 'fileCheckFailed', line: 0, column: 0 }] }));
    assert.ok(!isReusableResult({ findings: [{ ...finding, data: { when: new Date(0) } }], loadProblems: [] }));
  });
});
