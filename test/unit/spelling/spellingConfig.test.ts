import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPairTexts, describe as describeFindings, ofRule } from '../helpers/checkTexts';
import { createCspellSpeller, type SpellerScope } from '../../../src/speller/cspellSpeller';
import { readProjectWords } from '../../../src/speller/projectWordsFile';
import { parseProjectWords, projectWordAddition, wordsFileOf } from '../../../src/core/spelling/projectWords';
import { formatMessage } from '../../../src/core/messages/format';
import type { Finding } from '../../../src/core/findings';
import { failedTaskResult, withEarlyFindings } from '../../../src/core/project/failedTask';

const EN = '# Data\n\nThe zorbly portal and the grumpf service, then hte end and a flurbish.\n';
const FR = '# Données\n\nLe portail brouplé et le service, puis la fin.\n';

describe('spelling: the workspace’s cspell configuration and the project’s dictionary', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'toolkit-cspell-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const spell = async (scope: Omit<SpellerScope, 'root'> = {}, config = {}) => ofRule(await checkPairTexts(EN, FR, config, { speller: createCspellSpeller(undefined, { root, fresh: true, ...scope }) }), 'spelling');
  const words = (findings: Finding[]) => findings.map((f) => `${f.file}:${String(f.args?.word ?? f.messageId)}`);

  it('without a configuration, reports the made-up words', async () => {
    assert.deepEqual(words(await spell()), ['doc.en.md:zorbly', 'doc.en.md:grumpf', 'doc.en.md:hte', 'doc.en.md:flurbish', 'doc.fr.md:brouplé']);
  });

  it('honours words, ignoreWords, flagWords and overrides of cspell.json', async () => {
    writeFileSync(
      path.join(root, 'cspell.json'),
      JSON.stringify({ version: '0.2', words: ['zorbly'], ignoreWords: ['grumpf'], flagWords: ['flurbish'], overrides: [{ filename: '**/*.fr.md', words: ['brouplé'] }] }),
    );
    const findings = await spell();
    assert.deepEqual(words(findings), ['doc.en.md:hte', 'doc.en.md:flurbish'], describeFindings(findings).join('\n'));
    // A word the configuration forbids says so; an override applies only to the files it names.
    assert.equal(findings[1]!.messageId.startsWith('spellingForbidden'), true);
    writeFileSync(path.join(root, 'cspell.json'), JSON.stringify({ version: '0.2', overrides: [{ filename: '**/*.en.md', words: ['brouplé'] }] }));
    assert.ok(words(await spell()).includes('doc.fr.md:brouplé'));
  });

  it('uses a dictionary the configuration defines', async () => {
    writeFileSync(path.join(root, 'team.txt'), 'zorbly\nflurbish\nhte\n');
    writeFileSync(path.join(root, '.cspell.json'), JSON.stringify({ version: '0.2', dictionaryDefinitions: [{ name: 'team', path: './team.txt' }], dictionaries: ['team'] }));
    assert.deepEqual(words(await spell()).filter((w) => w.startsWith('doc.en.md')), ['doc.en.md:grumpf']);
  });

  it('reports a broken configuration with its file and line, and still checks spelling and the other rules', async () => {
    writeFileSync(path.join(root, 'cspell.json'), '{\n  "version": "0.2",\n  "words": ["zorbly",\n  oops ]\n}\n');
    const all = await checkPairTexts(EN, FR.replace('la fin', 'la fin, 150 000'), {}, { speller: createCspellSpeller(undefined, { root, fresh: true }) });
    const broken = ofRule(all, 'spelling').filter((f) => f.messageId === 'spellingConfigBrokenAt');
    assert.equal(broken.length, 2, describeFindings(all).join('\n'));
    assert.deepEqual(broken[0]!.related?.[0], { file: 'cspell.json', range: { start: { line: 3, column: 2 }, end: { line: 3, column: 2 } }, messageId: 'spellingConfigHere' });
    assert.match(formatMessage(broken[0]!.messageId, broken[0]!.args, 'en'), /^The spelling configuration cspell\.json could not be read \(line 4, column 3\): .+\. Spelling is checked without it\.$/);
    assert.ok(words(ofRule(all, 'spelling')).includes('doc.en.md:zorbly'), 'spelling goes on without the broken file');
    assert.ok(all.some((f) => f.rule === 'numbers'), 'the other rules still run');
  });

  it('accepts the project dictionary’s words in both languages, and reports an unreadable one', async () => {
    writeFileSync(path.join(root, 'project-words.txt'), '# the team’s words\nZorbly\n  grumpf  \n\nflurbish # a product\nbrouplé\n');
    const read = readProjectWords({ root, ruleOptions: new Map() });
    assert.deepEqual(read, { words: ['Zorbly', 'grumpf', 'flurbish', 'brouplé'], problems: [] });
    assert.deepEqual(words(await spell({ projectWords: read.words })), ['doc.en.md:hte']);
    // Named in the configuration; a folder in its place cannot be read.
    assert.deepEqual(readProjectWords({ root, ruleOptions: new Map([['spelling', { wordsFile: 'missing/words.txt' }]]) }), { words: [], problems: [] });
    const unreadable = readProjectWords({ root, ruleOptions: new Map([['spelling', { wordsFile: '.' }]]) });
    assert.equal(unreadable.problems.length, 1);
    const findings = await spell({ problems: readProjectWords({ root: path.dirname(root), ruleOptions: new Map([['spelling', { wordsFile: path.basename(root) }]]) }).problems });
    assert.ok(findings.some((f) => f.messageId === 'spellingConfigBroken' && f.args?.file === path.basename(root)), describeFindings(findings).join('\n'));
  });

  it('keeps the project dictionary inside the workspace and adds a word on a line of its own', () => {
    const options = (wordsFile: string) => ({ ruleOptions: new Map([['spelling', { wordsFile }]]) });
    assert.equal(wordsFileOf({ ruleOptions: new Map() }), 'project-words.txt');
    assert.equal(wordsFileOf(options('./docs/../.vscode/words.txt')), '.vscode/words.txt');
    assert.equal(wordsFileOf(options('../outside.txt')), undefined);
    assert.equal(wordsFileOf(options('/etc/words')), undefined);
    assert.equal(wordsFileOf(options('C:\\words.txt')), undefined);
    assert.deepEqual(parseProjectWords('a\r\n# b\r\n c \r\n'), ['a', 'c']);
    assert.equal(projectWordAddition('', 'zorbly'), 'zorbly\n');
    assert.equal(projectWordAddition('alpha', 'zorbly'), '\nzorbly\n');
    assert.equal(projectWordAddition('alpha\r\n', 'zorbly'), 'zorbly\r\n');
    assert.equal(projectWordAddition('Zorbly\n', 'zorbly'), undefined);
  });

  it('offers the word without its elision for the project dictionary, never a forbidden one', async () => {
    writeFileSync(path.join(root, 'cspell.json'), JSON.stringify({ version: '0.2', flagWords: ['flurbish'] }));
    const findings = ofRule(await checkPairTexts('# A\n\nThe flurbish and the zorbly’s.\n', '# A\n\nC’est l’evenement.\n', {}, { speller: createCspellSpeller(undefined, { root, fresh: true }) }), 'spelling');
    assert.deepEqual(findings.map((f) => f.data?.dictionaryWord ?? null), [null, 'zorbly', 'evenement']);
  });
});

describe('a check that fails while its dictionaries load', () => {
  it('keeps the early findings of the other rules beside the failure', () => {
    const task = { kind: 'pair', en: 'doc.en.md', fr: 'doc.fr.md' } as const;
    const failed = failedTaskResult(task, { timeoutMs: 60_000 });
    const early = { findings: [{ file: 'doc.fr.md', range: { start: { line: 2, column: 0 }, end: { line: 2, column: 3 } }, severity: 'warning', rule: 'numbers', messageId: 'x' } as Finding], loadProblems: [] };
    assert.deepEqual(withEarlyFindings(undefined, failed), failed);
    const kept = withEarlyFindings(early, failed);
    assert.deepEqual(kept.findings.map((f) => f.rule), ['numbers', ...failed.findings.map((f) => f.rule)]);
    assert.deepEqual(kept.loadProblems, failed.loadProblems);
  });
});
