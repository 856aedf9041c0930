#!/usr/bin/env node
// Runs an extension's compiled mocha integration suites inside a real VS Code extension host,
// offline: code-server (VS Code 1.100.3) + Debian Chromium via playwright-core.
//
//   node test/host/runIntegration.mjs --extension <root> --workspace <folder> \
//     --tests <abs path to out/test/integration/index.js> [--out test-results/integration] \
//     [--timeout 180000] [--grep <pattern>] [--restricted] [--log-level info|debug|trace]
//
// --restricted keeps Workspace Trust on and never trusts the folder: the suites run in
// Restricted Mode (the "Restricted Mode" suite checks what it allows).
//
// Results come back through the JSON report that test/integration/runner.ts writes to
// $TOOLKIT_TEST_RESULTS (this environment variable is given to code-server, whose extension host
// inherits it). The workbench also calls window.codeAutomationExit(code) when the test run ends,
// which tells us the host is done. Exit status: 0 only if every test passed and at least one ran;
// 1 if tests failed; 2 if the run itself broke (setup error, timeout, no report).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { anonymousRedirect, startCodeServer } from './codeServer.mjs';
import { launchBrowser, signIn, workbenchUrl } from './browser.mjs';
import { activationTime, extensionHostErrors, extensionHostLogs } from './activation.mjs';
import { printSummary, verdict } from './summary.mjs';

export { activationTime } from './activation.mjs';

const log = (...a) => console.log('[integration]', ...a);

/**
 * Runs the suites; resolves with { exitCode, report, outDir, timings }. Never leaves processes.
 * @param {{extension:string, workspace:string, tests:string, out?:string, timeoutMs?:number,
 *   grep?:string, logLevel?:string, env?:Record<string,string>, restricted?:boolean}} o
 */
export async function runIntegration(o) {
  const t0 = Date.now();
  const extension = resolve(o.extension);
  const workspace = resolve(o.workspace);
  const tests = resolve(o.tests);
  const outDir = resolve(o.out ?? 'test-results/integration');
  const timeoutMs = o.timeoutMs ?? 180_000;
  const manifest = join(extension, 'package.json');
  if (!existsSync(manifest)) throw new Error(`no package.json in --extension ${extension}`);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) throw new Error(`--workspace ${workspace} is not a folder`);
  if (!existsSync(tests)) throw new Error(`--tests ${tests} does not exist (build the suites first)`);
  const { publisher, name } = JSON.parse(readFileSync(manifest, 'utf8'));
  const extensionId = `${publisher}.${name}`;

  // Fresh output folder for this run's artefacts (only the files we own).
  mkdirSync(outDir, { recursive: true });
  const resultsPath = join(outDir, 'results.json');
  for (const f of ['results.json', 'failure.png', 'browser-console.log', 'code-server.log', 'activation.json', 'logs']) {
    rmSync(join(outDir, f), { recursive: true, force: true });
  }
  const consoleLog = join(outDir, 'browser-console.log');
  writeFileSync(consoleLog, '');

  let server;
  let browser;
  let timer;
  const timings = {};
  let exitCode;
  let report;
  let problem;
  let firstFailureShot;
  try {
    // One budget for the whole run: each step gets what is left of --timeout.
    const left = () => Math.max(timeoutMs - (Date.now() - t0), 1000);
    server = await startCodeServer({
      workspace,
      // Restricted Mode: Workspace Trust on, the folder never trusted and never asked about.
      ...(o.restricted ? { workspaceTrust: true, settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } } : {}),
      startTimeoutMs: Math.min(60_000, left()),
      logLevel: o.logLevel ?? 'info',
      env: {
        TOOLKIT_TEST_RESULTS: resultsPath,
        ...(o.grep ? { TOOLKIT_TEST_GREP: o.grep } : {}),
        ...(o.env ?? {}),
      },
    });
    timings.codeServerReadyMs = Date.now() - t0;
    log(`code-server ${server.url} ready in ${timings.codeServerReadyMs} ms`);

    browser = await launchBrowser();
    const { page } = browser;
    // The workbench calls these when it runs under automation (see VS Code's
    // test/integration/browser); codeAutomationExit carries the test run's exit code.
    let onExit;
    const exited = new Promise((r) => (onExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    // The extension host's console output (mocha's spec reporter included) is forwarded here;
    // drop the CSS of VS Code's coloured log prefix.
    page.on('console', (m) => {
      const text = m.text();
      appendFileSync(consoleLog, `${((Date.now() - t0) / 1000).toFixed(2)} [${m.type()}] ${text.replace(/^%c\s*(\w+)\s+color: #\w+\s?/, '$1 ')}\n`);
      // Mocha's spec reporter announces a failure with "%d) %s": picture the workbench then,
      // before the suite's cleanup closes what the failing test had open.
      if (!firstFailureShot && /%d\) %s/.test(text)) {
        firstFailureShot = page.screenshot({ path: join(outDir, 'failure.png') }).catch(() => undefined);
      }
    });
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e}\n`));

    const url = workbenchUrl(server, { workspace, extensionDevelopmentPath: extension, extensionTestsPath: tests });
    timings.browserReadyMs = Date.now() - t0;
    // The host is protected: without the password the workbench is not served, only the login page.
    const anonymous = await anonymousRedirect(url);
    if (anonymous.status !== 302 || !/(^|\/)login/.test(anonymous.location ?? '')) {
      throw new Error(`code-server serves the workbench without a password (HTTP ${anonymous.status} ${anonymous.location ?? ''})`);
    }
    await signIn(page, server);
    await page.goto(url, { timeout: left() });
    timings.workbenchLoadedMs = Date.now() - t0;

    const timedOut = new Promise((r) => (timer = setTimeout(() => r('timeout'), left())));
    let settled = false; // stops the polling below once the race is decided
    const outcome = await Promise.race([
      exited.then((code) => ({ code })),
      waitForFile(resultsPath, () => settled || server.exited).then(async () => {
        // The report is written just before run() settles; give the workbench a moment to
        // report the exit code too, but do not depend on it.
        let grace;
        const code = await Promise.race([exited, new Promise((r) => (grace = setTimeout(r, 10_000)))]);
        clearTimeout(grace);
        return { code };
      }),
      timedOut.then(() => ({ timeout: true })),
      server.whenExited.then((e) => ({ serverDied: e })),
    ]);
    settled = true;
    timings.testsDoneMs = Date.now() - t0;

    report = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : undefined;
    if (outcome.timeout) problem = `timed out after ${timeoutMs} ms`;
    else if (outcome.serverDied) problem = `code-server exited (${outcome.serverDied.code ?? outcome.serverDied.sig}) during the run`;
    else if (!report) problem = `the extension host finished (exit code ${outcome.code}) without writing ${resultsPath}; see ${consoleLog}`;
    ({ exitCode, problem } = verdict({ report, problem, hostExitCode: outcome.code }));

    if (firstFailureShot) await firstFailureShot;
    else if (exitCode !== 0) {
      await page.screenshot({ path: join(outDir, 'failure.png') }).catch((e) => log(`no screenshot: ${e.message}`));
    }
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e);
    exitCode = 2;
    if (browser) await browser.page.screenshot({ path: join(outDir, 'failure.png') }).catch(() => {});
  } finally {
    clearTimeout(timer);
    await browser?.close();
    if (server) {
      await server.kill(); // flushes and closes the logs before we copy them
      server.copyLogs(join(outDir, 'logs'));
      writeFileSync(join(outDir, 'code-server.log'), server.output());
      await server.stop();
    }
  }
  timings.totalMs = Date.now() - t0;

  const activation = activationTime(extensionId, { report, logsDir: join(outDir, 'logs') });
  writeFileSync(join(outDir, 'activation.json'), JSON.stringify({ extensionId, ...activation }, null, 2));
  const hostErrors = extensionHostErrors(join(outDir, 'logs'));
  printSummary({ report, problem, activation, extensionId, outDir, timings, exitCode, hostErrors, extensionRoot: extension });
  return { exitCode, report, outDir, timings, activation };
}

/** Resolves when `file` exists; stops polling if `gone()` turns true. */
async function waitForFile(file, gone) {
  while (!existsSync(file)) {
    if (gone()) return new Promise(() => {});
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  let args;
  try {
    ({ values: args } = parseArgs({
      options: {
        extension: { type: 'string' },
        workspace: { type: 'string' },
        tests: { type: 'string' },
        out: { type: 'string', default: 'test-results/integration' },
        timeout: { type: 'string', default: '180000' },
        grep: { type: 'string' },
        restricted: { type: 'boolean', default: false },
        'log-level': { type: 'string', default: 'info' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(e.message);
    args = { help: true };
  }
  if (args.help || !args.extension || !args.workspace || !args.tests) {
    console.error('usage: node test/host/runIntegration.mjs --extension <root> --workspace <folder> --tests <.../out/test/integration/index.js> [--out test-results/integration] [--timeout 180000] [--grep <pattern>] [--restricted] [--log-level info|debug|trace]');
    process.exit(2);
  }
  try {
    const { exitCode } = await runIntegration({
      extension: args.extension,
      workspace: args.workspace,
      tests: args.tests,
      out: args.out,
      timeoutMs: Number(args.timeout),
      grep: args.grep,
      restricted: args.restricted,
      logLevel: args['log-level'],
    });
    process.exitCode = exitCode;
  } catch (e) {
    console.error(`[integration] ERROR: ${e.message}`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
export { extensionHostLogs };
