import { strict as assert } from 'node:assert';
import { alignSequences } from '../../../src/core/align/sequenceAlignment';
import { formatMessage } from '../../../src/core/messages/format';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

const paragraphs = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i + 1} here.`).join('\n\n');

// An ordinary “not translated yet” stub beside a long file once asked the alignment for 25 GB.
describe('security: alignment stays bounded in memory', function () {
  this.timeout(20_000);

  it('aligns 40 000 blocks with 1, and 20 000 with 10 000, in bounded memory', () => {
    const costs = { pair: () => 0.5, gapA: () => 0.75, gapB: () => 0.75 };
    const before = process.memoryUsage().rss;
    assert.equal(alignSequences(40_000, 1, costs).length, 40_000);
    const steps = alignSequences(20_000, 10_000, costs);
    assert.equal(steps.reduce((n, s) => n + s.a.length, 0), 20_000);
    assert.equal(steps.reduce((n, s) => n + s.b.length, 0), 10_000);
    assert.ok(process.memoryUsage().rss - before < 600e6, `${Math.round((process.memoryUsage().rss - before) / 1e6)} MB`);
  });

  it('reports a stub once (“2 blocks for 201”), not once per missing block', async () => {
    const findings = await checkPairTexts(`# Title\n\n${paragraphs(200, 'Paragraph')}\n`, '# Titre\n\nPas encore traduit.\n');
    assert.deepEqual(ofRule(findings, 'blocks').map((f) => f.messageId), ['documentShort']);
    assert.equal(formatMessage('documentShort', ofRule(findings, 'blocks')[0].args, 'en'), 'This file has 2 blocks for 201 in the English file (line 1): it looks not yet translated, so its missing blocks are not listed one by one.');
  });

  it('reports a long French file beside an English stub once too', async () => {
    const findings = await checkPairTexts('# Title\n\nNot written yet.\n', `# Titre\n\n${paragraphs(200, 'Paragraphe')}\n`);
    assert.deepEqual(ofRule(findings, 'blocks').map((f) => f.messageId), ['documentLong']);
  });

  it('still lists missing paragraphs one by one when the file is only partly translated (the look-alike)', async () => {
    const findings = await checkPairTexts(`# Title\n\n${paragraphs(60, 'Paragraph')}\n`, `# Titre\n\n${paragraphs(10, 'Paragraphe')}\n`);
    const blocks = ofRule(findings, 'blocks');
    assert.equal(blocks.length, 50);
    assert.ok(blocks.every((f) => f.messageId === 'blockMissing'));
  });
});
