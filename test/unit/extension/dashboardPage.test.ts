import { strict as assert } from 'node:assert';
import { dashboardHtml, type DashboardWords } from '../../../src/extension/dashboard/dashboardPage';
import { buildDashboard } from '../../../src/core/report/dashboard';
import { chapterChart } from '../../../src/core/report/chapterChart';
import type { Finding } from '../../../src/core/findings';

const WORDS: DashboardWords = {
  title: 'Dashboard', folder: 'Folder', allFolders: 'All folders', severity: 'Severity', severities: { all: 'All', error: 'Errors', warning: 'Warnings', info: 'Notes' },
  progress: 'In step', progressOf: { en: 'English: 50%', fr: 'French: 100%' }, chapters: 'Chapters', chartLabel: 'Chart', pairs: 'Pairs',
  columns: { pair: 'Pair', findings: 'Findings', outdated: 'Outdated', untranslated: 'Untranslated', toTranslate: 'To translate' }, openReview: 'Open', checkAll: 'Check all', none: 'None',
};

const finding = (file: string, rule: Finding['rule'], messageId: string): Finding => ({ file, rule, messageId, severity: 'warning', range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } } });

describe('workspace dashboard page (webview)', () => {
  const dashboard = buildDashboard(
    [{ en: 'a/<b>.en.md', fr: 'a/<b>.fr.md' }, { en: 'c/d.en.md', fr: 'c/d.fr.md' }],
    [],
    [finding('a/<b>.fr.md', 'stale', 'staleOutdated'), finding('a/<b>.fr.md', 'untranslated', 'untranslated')],
  );
  const chart = chapterChart(dashboard.chapters, 'Chart', 'en');
  const html = dashboardHtml({ nonce: 'n0nce==', scriptUri: 'vscode-resource:/media/dashboard.js', styleUri: 'vscode-resource:/media/dashboard.css', lang: 'en', dashboard, folders: ['a', 'c'], filter: { folder: 'c', severity: 'warning' }, chartSvg: chart, words: WORDS });

  it('lets in nothing but its script and stylesheet, by nonce', () => {
    assert.match(html, /content="default-src 'none'; script-src 'nonce-n0nce=='; style-src 'nonce-n0nce==';"/);
    const tags = html.match(/<(link|style|script)\b[^>]*>/gi) ?? [];
    assert.equal(tags.length, 2);
    for (const tag of tags) assert.match(tag, /nonce="n0nce=="/);
    assert.doesNotMatch(html, /\sstyle="/, 'no inline style attribute (the CSP refuses them)');
  });

  it('draws the chart of the --format html page, escapes paths, and shows the filters chosen', () => {
    assert.ok(html.includes(chart), 'the same SVG as core chapterChart');
    assert.ok(html.includes('a/&lt;b&gt;.fr.md') && !html.includes('<b>.fr.md'));
    assert.match(html, /<option value="c" selected>c<\/option>/);
    assert.match(html, /<option value="warning" selected>Warnings<\/option>/);
    // The pair's row: 2 findings, 1 outdated, 1 untranslated, 0 to translate.
    assert.match(html, /a\/&lt;b&gt;\.fr\.md<\/button><\/td><td class="n some">2<\/td><td class="n some">1<\/td><td class="n some">1<\/td><td class="n">0<\/td>/);
  });
});
