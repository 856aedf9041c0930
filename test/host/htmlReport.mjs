// The `--format html` dashboard in headless Chromium: a copy of samples/ is marked reviewed,
// one English section is edited, the report is written and opened from disk. The page must
// make no request but its own file, show the outdated section, and a screenshot is kept in
// test-results/html-report/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'test-results/html-report');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'toolkit-html-'));
const cli = (args) => {
  try {
    return execFileSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'en_CA.UTF-8' } });
  } catch (e) {
    if (e.status === 1) return e.stdout; // errors found: the page is still written
    throw e;
  }
};
let browser;
try {
  cpSync(join(root, 'samples'), work, { recursive: true });
  const en = 'toolkit/governance.en.md';
  cli(['review', en]);
  const text = readFileSync(join(work, en), 'utf8');
  const line = text.split('\n').findIndex((l, i) => i > 5 && /^[A-Z]/.test(l));
  writeFileSync(join(work, en), text.split('\n').map((l, i) => (i === line ? `${l} Edited after the review.` : l)).join('\n'));
  const html = cli(['--format', 'html']);
  const file = join(out, 'report.html');
  writeFileSync(file, html);
  browser = await launchBrowser({ viewport: { width: 1200, height: 900 } });
  const requests = [];
  const problems = [];
  browser.page.on('request', (r) => requests.push(r.url()));
  browser.page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  const started = performance.now();
  await browser.page.goto(pathToFileURL(file).href);
  const paint = performance.now() - started;
  await browser.page.screenshot({ path: join(out, 'dashboard.png'), fullPage: true });
  const others = requests.filter((u) => u !== pathToFileURL(file).href);
  if (others.length) throw new Error(`the report fetched ${others.join(', ')}`);
  if (problems.length) throw new Error(`console errors: ${problems.join('; ')}`);
  const row = await browser.page.locator('tr', { hasText: 'governance.fr.md' }).innerText();
  const cells = row.split('\t');
  if (cells[5]?.trim() !== '1') throw new Error(`governance should have 1 outdated section, row: ${row}`);
  const bars = await browser.page.locator('svg rect').count();
  if (bars < 1) throw new Error('no bar in the chart');
  console.log(`html report: ${html.length} bytes, ${bars} chapter bars, loaded in ${paint.toFixed(0)} ms; screenshot ${join(out, 'dashboard.png')}`);
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
