#!/usr/bin/env node
// Browser-level check of what a person sees: the workbench with the extension under development
// (payload with extensionDevelopmentPath only: no test run, so its diagnostics stay in the UI),
// a file opened by name through Quick Open, the Problems panel's rows read back, a screenshot.
//
//   node test/host/browserCheck.mjs --extension <root> --workspace <folder> --file <name> \
//     --screenshot <png> [--expect <text>] [--min-rows 1] [--timeout 120000]
//
// Exit status 0 when the panel shows at least --min-rows rows (and one contains --expect).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { startCodeServer } from './codeServer.mjs';
import { launchBrowser, signIn, workbenchUrl } from './browser.mjs';

const ROWS = '.markers-panel .monaco-list-row';

/**
 * Opens `file` in the workbench and returns the Problems panel's row texts once at least
 * `minRows` rows are shown (and, with `expect`, one of them contains it).
 * @param {{extension:string, workspace:string, file:string, screenshot:string, expect?:string,
 *   minRows?:number, timeoutMs?:number, settings?:Record<string,unknown>}} o
 * @returns {Promise<{rows:string[], screenshot:string, timings:Record<string,number>}>}
 */
export async function browserCheck(o) {
  const t0 = Date.now();
  const timeoutMs = o.timeoutMs ?? 120_000;
  const minRows = o.minRows ?? 1;
  const deadline = t0 + timeoutMs;
  const left = () => Math.max(deadline - Date.now(), 1000);
  const screenshot = resolve(o.screenshot);
  mkdirSync(dirname(screenshot), { recursive: true });
  const timings = {};
  let server;
  let browser;
  try {
    server = await startCodeServer({ workspace: o.workspace, settings: o.settings });
    browser = await launchBrowser();
    const { page } = browser;
    await signIn(page, server);
    await page.goto(workbenchUrl(server, { workspace: o.workspace, extensionDevelopmentPath: o.extension }));
    await page.locator('.monaco-workbench').waitFor({ timeout: left() });
    // The explorer shows the folder once the remote connection and file service are up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: left() });
    timings.workbenchMs = Date.now() - t0;

    await quickOpen(page, o.file, left);
    timings.fileOpenMs = Date.now() - t0;

    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: left() });
    let rows = [];
    for (;;) {
      // innerText keeps the gaps between a row's parts ("todo found  probe  [Ln 3, Col 1]").
      rows = await page.locator(ROWS).evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
      const ok = rows.length >= minRows && (!o.expect || rows.some((r) => r.includes(o.expect)));
      if (ok) break;
      if (Date.now() > deadline) {
        await page.screenshot({ path: screenshot }).catch(() => {});
        throw new Error(`Problems panel shows ${rows.length} row(s) ${JSON.stringify(rows)} after ${timeoutMs} ms; wanted ${minRows}${o.expect ? ` including "${o.expect}"` : ''} (screenshot: ${screenshot})`);
      }
      await page.waitForTimeout(250);
    }
    timings.rowsMs = Date.now() - t0;
    // Let squiggles and the panel finish painting before the picture.
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshot });
    timings.totalMs = Date.now() - t0;
    return { rows, screenshot, timings };
  } catch (e) {
    if (browser) await browser.page.screenshot({ path: screenshot }).catch(() => {});
    throw e;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

/** Ctrl+P, type `name`, wait for a matching result, Enter, wait for its editor tab. */
export async function quickOpen(page, name, left) {
  const base = name.split('/').pop();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (e) {
      // Early keystrokes can land before the workbench takes focus: focus it and retry.
      if (attempt >= 5) throw new Error(`Quick Open did not appear: ${e.message}`, { cause: e });
      await page.locator('.monaco-workbench .part.editor').click({ timeout: 5000 }).catch(() => {});
    }
  }
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: left() });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${base}"]`).first().waitFor({ timeout: left() });
  await page.locator('.editor-instance .monaco-editor').first().waitFor({ timeout: left() });
}

async function main() {
  const { values: a } = parseArgs({
    options: {
      extension: { type: 'string' },
      workspace: { type: 'string' },
      file: { type: 'string' },
      screenshot: { type: 'string' },
      expect: { type: 'string' },
      'min-rows': { type: 'string', default: '1' },
      timeout: { type: 'string', default: '120000' },
    },
  });
  if (!a.extension || !a.workspace || !a.file || !a.screenshot) {
    console.error('usage: node test/host/browserCheck.mjs --extension <root> --workspace <folder> --file <name> --screenshot <png> [--expect <text>] [--min-rows 1] [--timeout 120000]');
    process.exit(2);
  }
  try {
    const r = await browserCheck({
      extension: resolve(a.extension),
      workspace: resolve(a.workspace),
      file: a.file,
      screenshot: a.screenshot,
      expect: a.expect,
      minRows: Number(a['min-rows']),
      timeoutMs: Number(a.timeout),
    });
    console.log(`[browser-check] Problems panel rows for ${a.file}:`);
    for (const row of r.rows) console.log(`  ${row}`);
    console.log(`[browser-check] screenshot ${r.screenshot}; workbench ${r.timings.workbenchMs} ms, file open ${r.timings.fileOpenMs} ms, rows ${r.timings.rowsMs} ms, total ${r.timings.totalMs} ms`);
  } catch (e) {
    console.error(`[browser-check] FAIL: ${e.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
