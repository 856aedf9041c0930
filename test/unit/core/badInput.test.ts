import { strict as assert } from 'node:assert';
import { decodeMarkdownBytes } from '../../../src/core/text/decode';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { checkProject } from '../../../src/core/project/checkProject';
import { checkTexts, describe as show, ofRule } from '../helpers/checkTexts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bad input', () => {
  it('reports binary, UTF-16 and non-UTF-8 files with where the problem is, and checks the others', async () => {
    const latin1 = Uint8Array.from([...utf8('# Titre\n\nLa '), 0xe9, ...utf8('t\xe9\n').slice(0, 1)]);
    const result = await checkTexts({
      'bin.en.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]),
      'wide.en.md': Uint8Array.from([0xff, 0xfe, 0x23, 0x00]),
      'latin.fr.md': latin1,
      'ok.en.md': utf8('# Fine\n\nText here.\n'),
      'ok.fr.md': utf8('# Bien\n\nTexte ici.\n'),
    });
    const file = ofRule(result.findings, 'file');
    assert.deepEqual(file.map((f) => `${f.file} ${f.messageId}`).sort(), ['bin.en.md fileBinary', 'latin.fr.md fileNotUtf8Latin1', 'wide.en.md fileUtf16']);
    const latin = file.find((f) => f.file === 'latin.fr.md')!;
    assert.deepEqual([latin.range.start.line, latin.range.start.column], [2, 3]);
    assert.deepEqual(result.pairs.map((p) => p.en), ['ok.en.md']);
  });

  it('reads a BOM, CRLF line ends and no-break spaces as ordinary input', async () => {
    const en = '\uFEFF---\r\ntitle: A\r\n---\r\n\r\n# Budget\r\n\r\nWe spend $1,500.\r\n';
    const fr = '---\r\ntitle: A\r\n---\r\n\r\n# Budget\r\n\r\nNous dépensons 1\u00A0500\u00A0$.\r\n';
    const result = await checkTexts({ 'a.en.md': utf8(en), 'a.fr.md': fr });
    assert.deepEqual(show(result.findings), []);
    const changed = await checkTexts({ 'a.en.md': utf8(en), 'a.fr.md': fr.replace('1\u00A0500', '1\u00A0600') });
    assert.deepEqual(changed.findings.map((f) => [f.rule, f.range.start.line, f.range.start.column]), [['numbers', 6, 15]]);
    assert.equal(decodeMarkdownBytes(utf8('\uFEFFx')).ok && (decodeMarkdownBytes(utf8('\uFEFFx')) as { text: string }).text, 'x');
  });

  it('handles an empty file on its own and as a counterpart', async () => {
    const alone = await checkTexts({ 'empty.en.md': '' });
    assert.deepEqual(alone.findings.map((f) => f.rule), ['unpaired']);
    const pair = await checkTexts({ 'a.en.md': '# Title\n\nText.\n', 'a.fr.md': '' });
    assert.deepEqual(pair.findings.map((f) => f.messageId), ['fileEmpty']);
  });

  it('refuses a file above the size limit with a clear finding, without parsing it', async () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const result = await checkTexts({ 'big.en.md': big, 'big.fr.md': '# Gros\n' });
    assert.deepEqual(ofRule(result.findings, 'file').map((f) => [f.file, f.messageId, f.args?.size]), [['big.en.md', 'fileTooLarge', 10 * 1024 * 1024]]);
  });

  it('survives lists nested 200 deep', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + '\n';
    const result = await checkTexts({ 'deep.en.md': deep, 'deep.fr.md': deep.replace(/level/g, 'niveau') });
    assert.deepEqual(ofRule(result.findings, 'lists'), []);
    const shallower = await checkTexts({ 'deep.en.md': deep, 'deep.fr.md': deep.split('\n').slice(0, 150).join('\n').replace(/level/g, 'niveau') });
    assert.equal(ofRule(shallower.findings, 'lists').length, 1);
  });

  it('reports files that could not be read and flags the run as an I/O error', async () => {
    const { resolved } = resolveConfig({}, '/project', undefined, () => '');
    const result = await checkProject([{ path: 'gone.en.md', readError: 'permission denied' }, { path: 'ok.en.md', text: '# A\n' }], resolved);
    assert.equal(result.ioError, true);
    assert.deepEqual(result.findings.map((f) => [f.file, f.messageId]), [['gone.en.md', 'fileUnreadable'], ['ok.en.md', 'unpairedFile']]);
  });
});
