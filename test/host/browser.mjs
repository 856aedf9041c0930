// Debian's Chromium driven by playwright-core (never `playwright install`: it downloads), plus
// the workbench URL that loads an extension under development through the `payload` parameter.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { killTree, track, untrack } from './codeServer.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage', // small /dev/shm in containers
  '--disable-crash-reporter', // its crashpad handler re-parents to init, outside our tree
];

/**
 * Launches Chromium and opens one page. Launched as a browser *server* so that we know its
 * process id and can end its whole tree ourselves even if Playwright's close() hangs.
 * @returns {Promise<{browser: import('playwright-core').Browser, page: import('playwright-core').Page,
 *   pid: number|undefined, close: () => Promise<void>}>}
 */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run scripts/install-test-host.sh (Debian package 'chromium') or set CHROMIUM_PATH`);
  }
  // Signals are handled by codeServer.mjs, which ends the browser and code-server together.
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const pid = server.process()?.pid;
  if (pid) track(pid);
  let browser;
  try {
    browser = await chromium.connect(server.wsEndpoint());
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    let closed = false;
    return {
      browser,
      page,
      pid,
      async close() {
        if (closed) return;
        closed = true;
        let timer;
        const soft = Promise.allSettled([browser.close(), server.close()]);
        await Promise.race([soft, new Promise((r) => (timer = setTimeout(r, 5000)))]);
        clearTimeout(timer);
        if (pid) await killTree(pid, 1000);
        if (pid) untrack(pid);
      },
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.close().catch(() => {});
    if (pid) await killTree(pid, 1000);
    if (pid) untrack(pid);
    throw e;
  }
}

/**
 * Signs `page`'s browser context in to `server` with its password, as the login form would:
 * the session cookie then opens every workbench URL of that server.
 */
export async function signIn(page, server) {
  const response = await page.request.post(new URL('login', server.url).href, { form: { password: server.password }, maxRedirects: 0 });
  if (response.status() !== 302) throw new Error(`code-server refused the sign-in (HTTP ${response.status()})`);
}

/**
 * Workbench URL of `server` opening `workspace`, with the extension under development and
 * optionally a test entry point passed in the `payload` query parameter (the mechanism VS Code's
 * own browser integration tests use). Paths are absolute paths on the server's file system.
 */
export function workbenchUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const params = [];
  if (workspace) params.push(`folder=${encodeURIComponent(resolve(workspace)).replace(/%2F/g, '/')}`);
  if (payload.length) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}${params.length ? `?${params.join('&')}` : ''}`;
}
