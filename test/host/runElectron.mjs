#!/usr/bin/env node
// The same integration suites through @vscode/test-electron, for contributors with a desktop
// VS Code. It never downloads VS Code: VSCODE_EXECUTABLE must point at an installed one.
//
//   VSCODE_EXECUTABLE=/usr/share/code/code node test/host/runElectron.mjs \
//     --extension <root> --workspace <folder> --tests <.../out/test/integration/index.js> \
//     [--out test-results/integration-electron] [--grep <pattern>]
//
// (macOS: ".../Visual Studio Code.app/Contents/MacOS/Electron"; Windows: "...\\Code.exe";
// Linux without a display: prefix with `xvfb-run -a`.) Results, exit status and summary are
// those of runIntegration.mjs: the runner writes $TOOLKIT_TEST_RESULTS, we read it back.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import testElectron from '@vscode/test-electron';
import { activationTime, extensionHostErrors } from './activation.mjs';
import { printSummary, verdict } from './summary.mjs';

/** Runs the suites in the desktop VS Code at `vscodeExecutable`; resolves with { exitCode, report }. */
export async function runElectron(o) {
  const t0 = Date.now();
  const vscodeExecutable = o.vscodeExecutable ?? process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutable) {
    throw new Error(
      'VSCODE_EXECUTABLE is not set. Point it at a desktop VS Code (>= 1.100), e.g. /usr/share/code/code, ' +
        '"/Applications/Visual Studio Code.app/Contents/MacOS/Electron" or "C:\\Program Files\\Microsoft VS Code\\Code.exe". ' +
        'This launcher never downloads VS Code; without one, use test/host/runIntegration.mjs (code-server).',
    );
  }
  if (!existsSync(vscodeExecutable)) throw new Error(`VSCODE_EXECUTABLE ${vscodeExecutable} does not exist`);
  const extension = resolve(o.extension);
  const workspace = resolve(o.workspace);
  const tests = resolve(o.tests);
  const outDir = resolve(o.out ?? 'test-results/integration-electron');
  if (!existsSync(join(extension, 'package.json'))) throw new Error(`no package.json in --extension ${extension}`);
  if (!existsSync(workspace)) throw new Error(`--workspace ${workspace} does not exist`);
  if (!existsSync(tests)) throw new Error(`--tests ${tests} does not exist (build the suites first)`);
  const { publisher, name } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
  const extensionId = `${publisher}.${name}`;

  mkdirSync(outDir, { recursive: true });
  const resultsPath = join(outDir, 'results.json');
  for (const f of ['results.json', 'activation.json', 'logs']) rmSync(join(outDir, f), { recursive: true, force: true });
  // Throw-away profile (test-electron would otherwise use .vscode-test/ in the current folder).
  const tmp = mkdtempSync(join(tmpdir(), 'toolkit-electron-'));
  const userDataDir = join(tmp, 'user-data');
  let hostExitCode;
  let problem;
  try {
    hostExitCode = await testElectron.runTests({
      vscodeExecutablePath: vscodeExecutable, // given, so runTests skips its download step
      extensionDevelopmentPath: extension,
      extensionTestsPath: tests,
      extensionTestsEnv: { TOOLKIT_TEST_RESULTS: resultsPath, ...(o.grep ? { TOOLKIT_TEST_GREP: o.grep } : {}) },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out; built-ins and ours load
        '--disable-workspace-trust',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${join(tmp, 'extensions')}`,
      ],
    });
  } catch (e) {
    // TestRunFailedError: VS Code exited non-zero, i.e. run() rejected (failures) or it crashed.
    if (e instanceof testElectron.TestRunFailedError) hostExitCode = e.code ?? 1;
    else problem = e instanceof Error ? e.message : String(e);
  } finally {
    if (existsSync(join(userDataDir, 'logs'))) cpSync(join(userDataDir, 'logs'), join(outDir, 'logs'), { recursive: true });
    rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
  }
  const timings = { totalMs: Date.now() - t0 };
  const report = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : undefined;
  let exitCode;
  ({ exitCode, problem } = verdict({ report, problem, hostExitCode }));
  const activation = activationTime(extensionId, { report, logsDir: join(outDir, 'logs') });
  writeFileSync(join(outDir, 'activation.json'), JSON.stringify({ extensionId, ...activation }, null, 2));
  const hostErrors = extensionHostErrors(join(outDir, 'logs'));
  printSummary({ report, problem, activation, extensionId, outDir, timings, exitCode, hostErrors, extensionRoot: extension });
  return { exitCode, report, activation };
}

async function main() {
  const { values: a } = parseArgs({
    options: {
      extension: { type: 'string' },
      workspace: { type: 'string' },
      tests: { type: 'string' },
      out: { type: 'string', default: 'test-results/integration-electron' },
      grep: { type: 'string' },
    },
  });
  if (!a.extension || !a.workspace || !a.tests) {
    console.error('usage: VSCODE_EXECUTABLE=<path> node test/host/runElectron.mjs --extension <root> --workspace <folder> --tests <.../out/test/integration/index.js> [--out test-results/integration-electron] [--grep <pattern>]');
    process.exit(2);
  }
  try {
    process.exitCode = (await runElectron(a)).exitCode;
  } catch (e) {
    console.error(`[electron] ERROR: ${e.message}`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
