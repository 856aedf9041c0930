#!/usr/bin/env node
// Browser-level picture of the checklist panel as a person sees it: the workbench with the
// extension under development, the sample policy opened through Quick Open, the “Open Data
// Toolkit” activity bar view opened by a click, its rows read back (with what a screen reader
// is told of each: aria-label, aria-checked), a screenshot.
//
//   node test/host/checklistScreenshot.mjs --extension . --workspace samples \
//     --file policy/bancroft-policy.en.md --screenshot test-results/checklist/policy-en.png [--timeout 180000]
//
// Exit status 0 when the panel shows the policy list with its progress and at least 10 rows.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer } from './codeServer.mjs';
import { launchBrowser, signIn, workbenchUrl } from './browser.mjs';
import { quickOpen } from './browserCheck.mjs';

const { values: a } = parseArgs({
  options: { extension: { type: 'string' }, workspace: { type: 'string' }, file: { type: 'string' }, screenshot: { type: 'string' }, timeout: { type: 'string', default: '180000' } },
});
if (!a.extension || !a.workspace || !a.file || !a.screenshot) {
  console.error('usage: node test/host/checklistScreenshot.mjs --extension <root> --workspace <folder> --file <name> --screenshot <png> [--timeout 180000]');
  process.exit(2);
}
const deadline = Date.now() + Number(a.timeout);
const left = () => Math.max(deadline - Date.now(), 1000);
const screenshot = resolve(a.screenshot);
mkdirSync(dirname(screenshot), { recursive: true });
let server;
let browser;
try {
  server = await startCodeServer({ workspace: resolve(a.workspace) });
  browser = await launchBrowser();
  const { page } = browser;
  await signIn(page, server);
  await page.goto(workbenchUrl(server, { workspace: resolve(a.workspace), extensionDevelopmentPath: resolve(a.extension) }));
  await page.locator('.monaco-workbench').waitFor({ timeout: left() });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: left() });
  await quickOpen(page, a.file, left);
  await page.locator('.activitybar .action-item a[aria-label^="Open Data Toolkit"]').first().click({ timeout: left() });
  const rows = page.locator('.sidebar .pane-body .monaco-list-row');
  await rows.filter({ hasText: /Open data policy completeness/ }).first().waitFor({ timeout: left() });
  let read = [];
  for (;;) {
    read = await rows.evaluateAll((els) => els.map((e) => ({ text: e.innerText.replace(/\s+/g, ' ').trim(), label: e.getAttribute('aria-label'), checked: e.getAttribute('aria-checked') })));
    if (read.length >= 10 && read.some((r) => /\d+\/41/.test(r.text))) break;
    if (Date.now() > deadline) throw new Error(`the checklist panel shows ${JSON.stringify(read)}`);
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshot });
  console.log('[checklist-screenshot] rows:');
  for (const r of read) console.log(`  ${r.text}  [aria-label: ${r.label}${r.checked ? `; aria-checked: ${r.checked}` : ''}]`);
  console.log(`[checklist-screenshot] screenshot ${screenshot}`);
} catch (e) {
  if (browser) await browser.page.screenshot({ path: screenshot }).catch(() => {});
  console.error(`[checklist-screenshot] FAIL: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.stop();
}
