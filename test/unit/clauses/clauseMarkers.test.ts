import { strict as assert } from 'node:assert';
import { findClauseMarkers, openMarker, wrapInMarkers } from '../../../src/core/clauses/clauseMarkers';

describe('clause markers', () => {
  it('finds a clause with its id, version, ranges and content', () => {
    const text = ['# Policy', '', '<!-- clause:purpose@1.2.0 -->', 'Line one.', '', 'Line two.', '<!-- /clause -->', ''].join('\n');
    const { clauses, problems } = findClauseMarkers(text, 'p.en.md');
    assert.deepEqual(problems, []);
    assert.equal(clauses.length, 1);
    const [c] = clauses;
    assert.equal(c.id, 'purpose');
    assert.equal(c.version, '1.2.0');
    assert.deepEqual(c.openRange, { start: { line: 2, column: 0 }, end: { line: 2, column: 29 } });
    assert.deepEqual(c.closeRange, { start: { line: 6, column: 0 }, end: { line: 6, column: 16 } });
    assert.deepEqual(c.range, { start: { line: 2, column: 0 }, end: { line: 6, column: 16 } });
    assert.deepEqual(c.contentRange, { start: { line: 3, column: 0 }, end: { line: 5, column: 9 } });
    assert.equal(c.content, 'Line one.\n\nLine two.');
  });

  it('reads the adapted flag after the version, and writes it back', () => {
    const text = `${openMarker('purpose', '1.2.0', true)}\nOurs.\n<!-- /clause -->\n<!-- clause:scope@1.0.0 -->\nTheirs.\n<!-- /clause -->\n`;
    assert.match(text, /^<!-- clause:purpose@1\.2\.0 adapted -->/);
    const { clauses, problems } = findClauseMarkers(text, 'p.en.md');
    assert.deepEqual(problems, []);
    assert.deepEqual(clauses.map((c) => [c.id, c.version, c.adapted]), [['purpose', '1.2.0', true], ['scope', '1.0.0', false]]);
    assert.equal(findClauseMarkers('<!-- clause:purpose@1.2.0 adaptée -->\nx\n<!-- /clause -->', 'p.fr.md').clauses.length, 0, 'only the one word is a flag');
  });

  it('reads CRLF files with the same lines', () => {
    const text = 'Intro\r\n<!-- clause:scope@1.0.0 -->\r\nBody\r\n<!-- /clause -->\r\n';
    const { clauses } = findClauseMarkers(text, 'p.md');
    assert.equal(clauses[0].content, 'Body');
    assert.deepEqual(clauses[0].contentRange, { start: { line: 2, column: 0 }, end: { line: 2, column: 4 } });
  });

  it('finds several clauses and tolerates spacing inside the comment', () => {
    const text = '<!--clause:a@1.0.0-->\nA\n<!-- /clause -->\n<!--   clause:b@2.0.0-beta.1   -->\nB\n<!--/clause-->\n';
    const { clauses, problems } = findClauseMarkers(text, 'p.md');
    assert.deepEqual(problems, []);
    assert.deepEqual(clauses.map((c) => [c.id, c.version, c.content]), [
      ['a', '1.0.0', 'A'],
      ['b', '2.0.0-beta.1', 'B'],
    ]);
  });

  it('reports an unclosed marker at the opening marker', () => {
    const { clauses, problems } = findClauseMarkers('x\n<!-- clause:a@1.0.0 -->\ntext\n', 'p.md');
    assert.equal(clauses.length, 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].messageId, 'clauses.markerUnclosed');
    assert.equal(problems[0].range.start.line, 1);
    assert.equal(problems[0].rule, 'clause-markers');
  });

  it('reports a closing marker that closes nothing', () => {
    const { problems } = findClauseMarkers('a\n\n<!-- /clause -->\n', 'p.md');
    assert.deepEqual(problems.map((p) => [p.messageId, p.range.start.line]), [['clauses.markerStrayClose', 2]]);
  });

  it('reports a clause opened inside another, and keeps the inner one', () => {
    const text = '<!-- clause:a@1.0.0 -->\nA\n<!-- clause:b@1.0.0 -->\nB\n<!-- /clause -->\n';
    const { clauses, problems } = findClauseMarkers(text, 'p.md');
    assert.deepEqual(problems.map((p) => [p.messageId, p.range.start.line, p.args]), [
      ['clauses.markerNested', 2, { id: 'b', outer: 'a' }],
    ]);
    assert.deepEqual(clauses.map((c) => c.id), ['b']);
  });

  it('warns about a marker without a version but still tracks the clause', () => {
    const { clauses, problems } = findClauseMarkers('<!-- clause:a -->\nA\n<!-- /clause -->', 'p.md');
    assert.equal(problems[0].messageId, 'clauses.markerNoVersion');
    assert.equal(problems[0].severity, 'warning');
    assert.equal(clauses[0].version, null);
  });

  it('ignores markers in fenced code blocks and ordinary comments', () => {
    const text = '<!-- a note -->\n```md\n<!-- clause:a@1.0.0 -->\n```\n~~~\n<!-- /clause -->\n~~~\n';
    const { clauses, problems } = findClauseMarkers(text, 'p.md');
    assert.deepEqual(clauses, []);
    assert.deepEqual(problems, []);
  });

  it('an empty clause has empty content', () => {
    const { clauses } = findClauseMarkers('<!-- clause:a@1.0.0 -->\n<!-- /clause -->', 'p.md');
    assert.equal(clauses[0].content, '');
  });

  it('wrapInMarkers writes what findClauseMarkers reads', () => {
    const text = wrapInMarkers('x', '3.1.4', 'Body text.\n\n- item\n');
    assert.equal(text, '<!-- clause:x@3.1.4 -->\nBody text.\n\n- item\n<!-- /clause -->');
    const [c] = findClauseMarkers(text, 'p.md').clauses;
    assert.deepEqual([c.id, c.version, c.content], ['x', '3.1.4', 'Body text.\n\n- item']);
  });
});

describe('clause markers on hostile input', () => {
  it('reads 200,000 unclosed comments after a marker in one pass (a regular expression took minutes)', () => {
    const text = '<!-- clause:purpose@1.0.0 -->\n' + '<!--x '.repeat(200_000) + '\n';
    const scan = findClauseMarkers(text, 'p.en.md');
    assert.deepEqual(scan.problems.map((p) => p.messageId), ['clauses.markerUnclosed']);
  });

  it('still pairs the markers around real comments', () => {
    const scan = findClauseMarkers('<!-- clause:purpose@1.0.0 -->\nText <!-- a note --> here.\n<!-- /clause -->\n', 'p.en.md');
    assert.deepEqual(scan.clauses.map((c) => c.id), ['purpose']);
  });
});
