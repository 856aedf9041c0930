// The aligned review page in headless Chromium (Debian's, through playwright-core), outside VS
// Code: the page shell, media/alignedReview.js and .css as the webview gets them, fed the rows
// of the sample governance pair (reviewed, then one English section edited and one French
// number changed) as the extension posts them. Checks what a person would: the rows and their
// status words, one tab stop then arrow keys, a visible focus ring, Enter and a click asking to
// open the right side, no request but the page's own files, no CSP violation; and keeps a
// screenshot in test-results/aligned-review/.
/* global window, document, getComputedStyle -- the page.evaluate callbacks run in the page */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { checkTexts } from '../unit/helpers/checkTexts.ts';
import { buildDocument } from '../../src/core/markdown/buildDocument.ts';
import { alignDocuments } from '../../src/core/align/alignDocuments.ts';
import { alignedRows } from '../../src/core/review/alignedRows.ts';
import { reviewEdit } from '../../src/core/review/reviewEdit.ts';
import { formatMessage } from '../../src/core/messages/format.ts';
import { alignedReviewHtml, pageRows } from '../../src/extension/review/alignedReviewPage.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'test-results/aligned-review');
mkdirSync(out, { recursive: true });

const EN_PATH = 'toolkit/governance.en.md';
const FR_PATH = 'toolkit/governance.fr.md';
let en = readFileSync(join(root, 'samples', EN_PATH), 'utf8');
let fr = readFileSync(join(root, 'samples', FR_PATH), 'utf8');
const edit = reviewEdit(buildDocument(EN_PATH, en, 'en'), buildDocument(FR_PATH, fr, 'fr'), { kind: 'file' });
if (!edit.ok) throw new Error('the sample French front matter does not parse');
fr = fr.slice(0, edit.edit.start) + edit.edit.text + fr.slice(edit.edit.end);
// One English paragraph edited after the review: its French section is outdated.
const lines = en.split('\n');
const edited = lines.findIndex((l, i) => i > 5 && /^[A-Z]/.test(l));
lines[edited] += ' Edited after the review.';
en = lines.join('\n');

const config = JSON.parse(readFileSync(join(root, 'samples/opendata-toolkit.json'), 'utf8'));
delete config.$schema;
const { findings } = await checkTexts({ [EN_PATH]: en, [FR_PATH]: fr }, config);
const enDoc = buildDocument(EN_PATH, en, 'en');
const frDoc = buildDocument(FR_PATH, fr, 'fr');
const review = alignedRows(enDoc, frDoc, alignDocuments(enDoc, frDoc), findings);
const message = (f) => `${f.side === 'en' ? EN_PATH : FR_PATH} (line ${f.line + 1}): ${formatMessage(f.messageId, f.args, 'en')}`;
const rows = pageRows(review.rows, message);
const state = {
  title: `Aligned review: ${EN_PATH} and ${FR_PATH}`,
  en: EN_PATH,
  fr: FR_PATH,
  statusLabels: { inStep: 'In step', missing: 'Missing', changed: 'Numbers or links differ', untranslated: 'Untranslated', outdated: 'Outdated' },
  rows,
  elsewhere: review.elsewhere.map(message),
  words: { english: 'English', french: 'French', status: 'Status', elsewhere: 'Findings outside the blocks', empty: 'Nothing here: Enter opens the file where it would go.', summary: `${rows.length} rows.` },
};
const outdatedRow = rows.findIndex((r) => r.status.includes('outdated'));
if (outdatedRow < 0) throw new Error(`no outdated row after the English edit at line ${edited + 1}`);
// Text that would be markup if it reached the page as HTML must show as text.
rows[0].notes.push('<img src=x onerror="document.title=1">');

const media = pathToFileURL(join(root, 'media')).href;
const file = join(out, 'aligned-review.html');
writeFileSync(file, alignedReviewHtml({ nonce: 'dGVzdC1ub25jZS0xMjM0NQ==', scriptUri: `${media}/alignedReview.js`, styleUri: `${media}/alignedReview.css`, lang: 'en', title: 'Aligned review' }));

// A few of the variables VS Code's Light+ theme puts on the webview's <html>.
const THEME = {
  '--vscode-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff', '--vscode-descriptionForeground': '#717171', '--vscode-focusBorder': '#005fb8',
  '--vscode-list-hoverBackground': '#f2f2f2', '--vscode-list-focusBackground': '#e8e8e8', '--vscode-editorError-foreground': '#e51400', '--vscode-editorWarning-foreground': '#bf8803',
  '--vscode-testing-iconPassed': '#388a34', '--vscode-panel-border': '#e5e5e5', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace',
};
const browser = await launchBrowser({ viewport: { width: 1300, height: 900 } });
try {
  const { page } = browser;
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  // A string, not a function: tsx's helpers (__name) do not exist in the page. The theme goes on
  // <html> once it exists, as VS Code puts it there.
  await page.addInitScript(`
    window.__posted = [];
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });
    const theme = ${JSON.stringify(THEME)};
    document.addEventListener('DOMContentLoaded', () => { for (const k in theme) document.documentElement.style.setProperty(k, theme[k]); });
  `);
  await page.goto(pathToFileURL(file).href);
  const started = performance.now();
  await page.evaluate((s) => window.postMessage({ type: 'state', state: s }, '*'), state);
  await page.locator('tbody tr').nth(rows.length - 1).waitFor({ timeout: 10_000 }).catch((e) => {
    throw new Error(`the rows were not drawn (${problems.join('; ')}): ${e.message}`);
  });
  const paint = performance.now() - started;
  const posted = () => page.evaluate(() => window.__posted);
  if ((await posted())[0]?.type !== 'ready') throw new Error('the page did not say it was ready');

  const shownRows = await page.locator('tbody tr').count();
  if (shownRows !== rows.length) throw new Error(`${shownRows} rows shown, ${rows.length} posted`);
  const outdatedText = await page.locator('tbody tr').nth(outdatedRow).innerText();
  if (!/Outdated/.test(outdatedText)) throw new Error(`row ${outdatedRow} does not say Outdated: ${outdatedText}`);
  if ((await page.locator('img').count()) !== 0 || !(await page.locator('tbody').innerText()).includes('<img src=x')) throw new Error('a note reached the page as markup');

  // One tab stop into the grid, then arrows; Enter asks to open that side.
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => [document.activeElement?.getAttribute('data-row'), document.activeElement?.getAttribute('data-col')].join(','));
  if ((await focused()) !== '0,0') throw new Error(`Tab focused ${await focused()}, not the first English cell`);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  if (ring === 'none') throw new Error('no visible focus ring');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  if ((await focused()) !== '2,1') throw new Error(`arrows led to ${await focused()}, not 2,1`);
  await page.screenshot({ path: join(out, 'aligned-review.png'), fullPage: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press(' ');
  await page.locator('tbody tr').nth(outdatedRow).locator('td.side').nth(1).click();
  const opens = (await posted()).filter((m) => m.type === 'open').map((m) => `${m.row}:${m.side}`);
  const expected = ['2:fr', `${rows.length - 1}:en`, `${outdatedRow}:fr`];
  if (opens.join() !== expected.join()) throw new Error(`asked to open ${opens.join()}, expected ${expected.join()}`);
  // A second state keeps the focus where it was (the panel redraws after each check).
  await page.keyboard.press('Home');
  await page.evaluate((s) => window.postMessage({ type: 'state', state: s }, '*'), state);
  await page.waitForTimeout(100);
  const others = requests.filter((u) => !u.startsWith('file://'));
  if (others.length) throw new Error(`the page fetched ${others.join(', ')}`);
  if (problems.length) throw new Error(`console errors (CSP?): ${problems.join('; ')}`);
  console.log(`aligned review page: ${rows.length} rows (${rows.filter((r) => r.status[0] !== 'inStep').length} not in step, outdated at row ${outdatedRow + 1}), drawn in ${paint.toFixed(0)} ms; keyboard and click checked; screenshot ${join(out, 'aligned-review.png')}`);
} finally {
  await browser.close();
}
